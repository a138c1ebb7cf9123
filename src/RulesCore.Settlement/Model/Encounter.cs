namespace RulesCore.Settlement.Model;

/// <summary>The visit being settled.</summary>
public sealed record Encounter
{
    /// <summary>Gets the kind of care. Required.</summary>
    public required CareSetting Setting { get; init; }

    /// <summary>Gets the day of the visit, or of admission. Required.</summary>
    public required DateTime Date { get; init; }

    /// <summary>Gets the discharge day for inpatients; <see langword="null"/> while still admitted.</summary>
    public DateTime? DischargeDate { get; init; }

    /// <summary>Gets the condition treated; required for <see cref="CareSetting.ChronicOutpatient"/>.</summary>
    public string? Condition { get; init; }

    /// <summary>Gets the billed items.</summary>
    public IReadOnlyList<EncounterItem> Items { get; init; } = Array.Empty<EncounterItem>();
}
