using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Decisions;

/// <summary>The answer for one case: the outcome, every finding, self-paid items, the rate reduction and the rule trace.</summary>
public sealed record SettlementDecision
{
    /// <summary>Gets the outcome: the worst cap among the findings, <see cref="Outcome.Direct"/> when none caps.</summary>
    public Outcome Outcome { get; init; }

    /// <summary>Gets the reimbursement-ratio reduction in percentage points (0 when none).</summary>
    public int RateReductionPoints { get; init; }

    /// <summary>Gets the findings, ordered by cause, code and facts.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = Array.Empty<Finding>();

    /// <summary>Gets the codes of items outside the catalogue (self-paid even when the visit settles directly).</summary>
    public IReadOnlyList<string> SelfPayItems { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Gets every rule firing with the facts it matched, in a canonical order: rules that derive facts first (by
    /// priority), then by rule id and matched facts. Empty when <see cref="EvaluationOptions.IncludeTrace"/> is off.
    /// </summary>
    public IReadOnlyList<TraceEntry> Trace { get; init; } = Array.Empty<TraceEntry>();

    /// <summary>Gets what produced the decision, for audit: the library version, the rules' fingerprint, the policy packs used.</summary>
    public DecisionProvenance? Provenance { get; init; }

    /// <summary>
    /// Gets the day the decision was judged at: <see cref="EvaluationOptions.AsOf"/>, else the case's
    /// <see cref="SettlementCase.AsOf"/>, else the visit day (for a stay, the admission day).
    /// </summary>
    public DateTime AsOf { get; init; }

    /// <summary>
    /// Gets whether the decision was judged before the visit (before admission for a stay): its outcome is then what
    /// would happen as things stand, and its remedies say what to do before going.
    /// </summary>
    public bool AskedBeforeVisit { get; init; }

    /// <summary>
    /// Gets the outcome in the requested language, as a cashier says it: "直接结算", "先全额垫付，再回参保地手工报销",
    /// "Settles directly; the ratio is lowered by up to 20 points".
    /// </summary>
    public string Verdict { get; init; } = string.Empty;

    /// <summary>
    /// Gets the verdict as the moment reads it, in the requested language: after the visit the <see cref="Verdict"/>;
    /// asked before it, what would happen as things stand ("如果按目前情况就医：先全额垫付，再回参保地手工报销"). Show this
    /// rather than wording <see cref="Outcome"/> anew.
    /// </summary>
    public string Headline { get; init; } = string.Empty;

    /// <summary>
    /// Gets, for a case with unknown facts, the outcomes its completions can have; <see langword="null"/> for a
    /// complete case. When the range is not determined, <see cref="Outcome"/> is its worst, <see cref="Findings"/>
    /// holds only what is certain, and <see cref="Verdict"/> and <see cref="Headline"/> name the range.
    /// </summary>
    public OutcomeRange? PossibleOutcomes { get; init; }

    /// <summary>
    /// Gets, for a case with unknown facts, one check per unknown fact that can change the outcome, most consequential
    /// first; empty for a complete case and for unknown facts that cannot matter.
    /// </summary>
    public IReadOnlyList<FactCheck> Checks { get; init; } = Array.Empty<FactCheck>();
}
