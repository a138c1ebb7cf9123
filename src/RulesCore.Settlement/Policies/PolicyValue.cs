using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Policies;

/// <summary>A parameter's value as resolved for a region and day: the entry that won, and the pack it came from.</summary>
public sealed class PolicyValue
{
    internal PolicyValue(PolicyEntry entry, PolicyPack pack)
    {
        Entry = entry;
        Pack = pack;
    }

    /// <summary>Gets the parameter.</summary>
    public PolicyParameter Parameter => Entry.Parameter;

    /// <summary>Gets the value.</summary>
    public object? Value => Entry.Value;

    /// <summary>Gets the entry that won.</summary>
    public PolicyEntry Entry { get; }

    /// <summary>Gets the pack the entry came from.</summary>
    public PolicyPack Pack { get; }

    /// <summary>Gets the level the value came from.</summary>
    public PolicyLevel Level => Pack.Level;

    /// <summary>Describes the value and where it came from in English, e.g. "default validity of a temporary filing: 6 months (city Shiyan (420300): …)".</summary>
    /// <returns>The description (built once; the value is immutable).</returns>
    public override string ToString() => Describe(Languages.English);

    /// <summary>
    /// The value as a finding's basis cites it, in a language, by the parameter's title and the value in words:
    /// "pooling level: city (national: …)" / "统筹层次：地市级统筹（全国：…）".
    /// </summary>
    /// <param name="language"><see cref="Languages.Chinese"/> or <see cref="Languages.English"/>.</param>
    /// <returns>The citation.</returns>
    public string Describe(string language)
    {
        var english = language == Languages.English;
        var cache = english ? _english : _chinese;
        if (cache is not null)
        {
            return cache;
        }

        var level = Level switch
        {
            PolicyLevel.National => english ? "national" : "全国",
            PolicyLevel.Province => english ? "province" : "省级",
            _ => english ? "city" : "市级",
        };
        var where = Pack.Region is { } r ? " " + r.Describe(language) : string.Empty;
        var text = english
            ? $"{Parameter.Title.English}: {Entry.FormatValue(language)} ({level}{where}: {Entry.Source.English})"
            : $"{Parameter.Title.Chinese}：{Entry.FormatValue(language)}（{level}{where}：{Entry.Source.Chinese}）";
        return english ? _english = text : _chinese = text;
    }

    private string? _english;
    private string? _chinese;
}
