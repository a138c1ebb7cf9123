using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Policies;

/// <summary>One effective-dated value of a parameter in a pack, with its source.</summary>
public sealed class PolicyEntry
{
    internal PolicyEntry(PolicyParameter parameter, object? value, DateTime? effectiveFrom, DateTime? effectiveUntil, LocalizedText source, Confidence confidence)
    {
        Parameter = parameter;
        Value = value;
        EffectiveFrom = effectiveFrom;
        EffectiveUntil = effectiveUntil;
        Source = source;
        Confidence = confidence;
    }

    /// <summary>Gets the parameter.</summary>
    public PolicyParameter Parameter { get; }

    /// <summary>Gets the value (of <see cref="PolicyParameter.ValueType"/>; <see langword="null"/> where the parameter allows it, e.g. an unknown window).</summary>
    public object? Value { get; }

    /// <summary>Gets the first day in force, or <see langword="null"/> for always before.</summary>
    public DateTime? EffectiveFrom { get; }

    /// <summary>Gets the last day in force, or <see langword="null"/> for open-ended.</summary>
    public DateTime? EffectiveUntil { get; }

    /// <summary>Gets the source document.</summary>
    public LocalizedText Source { get; }

    /// <summary>Gets how well the value is supported.</summary>
    public Confidence Confidence { get; }

    /// <summary>Whether the entry is in force on a day.</summary>
    /// <param name="day">The day.</param>
    /// <returns><see langword="true"/> if in force.</returns>
    public bool IsInForce(DateTime day) =>
        (EffectiveFrom is null || EffectiveFrom.Value <= day.Date) && (EffectiveUntil is null || day.Date <= EffectiveUntil.Value);

    /// <summary>Formats the value as packs write it: "6", "true", "null".</summary>
    /// <returns>The value as text.</returns>
    public string FormatValue() => Parameter.Format(Value);

    /// <summary>The value in words, for a reader: "6 个月", "是", "否", "未知" / "6 months", "yes", "no", "unknown".</summary>
    /// <param name="language"><see cref="Languages.Chinese"/> or <see cref="Languages.English"/>.</param>
    /// <returns>The value in words.</returns>
    public string FormatValue(string language) => Parameter.Words(Value, language);
}
