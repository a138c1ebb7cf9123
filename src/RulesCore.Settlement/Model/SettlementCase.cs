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

    /// <summary>
    /// Gets the facts the caller does not know, as case paths (<see cref="FactPaths"/>; e.g. <c>filings</c>,
    /// <c>person.card</c>, <c>encounter.items[2].inCatalog</c>). Default: none — the case is complete and decides as
    /// it always has. A listed member is left out: a reference member <see langword="null"/>, a value member its
    /// default (<see langword="false"/>, <c>default</c> of an enum), a list empty; any other value is an
    /// <see cref="Errors.InputErrorCodes.UnknownFactGiven"/> error naming it. A member neither given nor listed keeps
    /// its meaning (a required member is <see cref="Errors.InputErrorCodes.Required"/>; an empty list means none). The
    /// decision then brackets every completion of the unknown facts (<see cref="Decisions.SettlementDecision.PossibleOutcomes"/>)
    /// and says what to check (<see cref="Decisions.SettlementDecision.Checks"/>).
    /// </summary>
    public IReadOnlyList<string> UnknownFacts { get; init; } = Array.Empty<string>();
}
