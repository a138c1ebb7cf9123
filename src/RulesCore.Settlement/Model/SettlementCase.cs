namespace RulesCore.Settlement.Model;

/// <summary>
/// The facts of one cross-region medical visit (异地就医): the insured person's account, their filings (备案) and
/// qualifications (门慢特资格), the hospital, and the encounter. Immutable; validated by the evaluator before any rule
/// sees it.
/// </summary>
public sealed record SettlementCase
{
    /// <summary>Gets the day the question is asked (default: the encounter date); it decides retroactive-filing windows.</summary>
    public DateTime? AsOf { get; init; }

    /// <summary>Gets the insured person's insurance account (参保信息). Required.</summary>
    public required InsuranceAccount Person { get; init; }

    /// <summary>Gets the person's filings (备案), in any order.</summary>
    public IReadOnlyList<Filing> Filings { get; init; } = Array.Empty<Filing>();

    /// <summary>Gets the person's chronic or special outpatient qualifications (门慢特资格), in any order.</summary>
    public IReadOnlyList<Qualification> Qualifications { get; init; } = Array.Empty<Qualification>();

    /// <summary>Gets the hospital (定点医疗机构). Required.</summary>
    public required Hospital Hospital { get; init; }

    /// <summary>Gets the encounter being settled. Required.</summary>
    public required Encounter Encounter { get; init; }
}
