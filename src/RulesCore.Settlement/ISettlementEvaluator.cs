using RulesCore.Settlement.Policies;

namespace RulesCore.Settlement;

/// <summary>
/// Decides whether a cross-region visit settles directly, why not, and what to do. Implementations are thread-safe:
/// create one (or resolve it from DI) and share it.
/// </summary>
public interface ISettlementEvaluator
{
    /// <summary>Gets every rule: id, cause, description and policy basis.</summary>
    IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>Gets the policy packs in use.</summary>
    PolicyCatalog Policies { get; }

    /// <summary>Evaluates one case.</summary>
    /// <param name="case">The case.</param>
    /// <param name="options">Language and as-of date; <see langword="null"/> for the defaults.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="InvalidCaseException">The case is invalid; every problem is listed.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> names an unsupported language.</exception>
    SettlementDecision Evaluate(SettlementCase @case, EvaluationOptions? options = null);

    /// <summary>Evaluates many cases, in parallel; results are in input order, one per case, invalid cases included.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="options">Language, as-of date and parallelism; <see langword="null"/> for the defaults.</param>
    /// <returns>A decision or the validation errors for each case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> is <see langword="null"/>.</exception>
    IReadOnlyList<EvaluationResult> EvaluateMany(IEnumerable<SettlementCase> cases, EvaluationOptions? options = null);

    /// <summary>Validates a case without evaluating it.</summary>
    /// <param name="case">The case.</param>
    /// <returns>Every problem; empty when the case is valid.</returns>
    IReadOnlyList<CaseError> Validate(SettlementCase @case);
}

/// <summary>Per-call options.</summary>
public sealed record EvaluationOptions
{
    /// <summary>Gets the language of messages and remedies: <c>zh-CN</c> (default) or <c>en</c>.</summary>
    public string Language { get; init; } = Languages.Chinese;

    /// <summary>
    /// Gets the day the question is asked, overriding the case's <see cref="SettlementCase.AsOf"/>; it decides whether a
    /// retroactive filing can still help. Default: the case's, else the encounter date.
    /// </summary>
    public DateTime? AsOf { get; init; }

    /// <summary>Gets how many cases <see cref="ISettlementEvaluator.EvaluateMany"/> evaluates at once (default: all cores).</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>
    /// Gets whether the decision carries the trace (<see cref="SettlementDecision.Trace"/>): every rule firing with the
    /// facts it matched. On by default, as the audit trail; when off, no trace is recorded at all and the trace is empty.
    /// </summary>
    public bool IncludeTrace { get; init; } = true;
}

/// <summary>The result for one case of a batch: a decision, or the validation errors.</summary>
public sealed record EvaluationResult
{
    /// <summary>Gets the decision, or <see langword="null"/> when the case is invalid.</summary>
    public SettlementDecision? Decision { get; init; }

    /// <summary>Gets the validation errors; empty when the case is valid.</summary>
    public IReadOnlyList<CaseError> Errors { get; init; } = Array.Empty<CaseError>();

    /// <summary>Gets whether the case was valid (and <see cref="Decision"/> is set).</summary>
    public bool IsValid => Decision is not null;
}

/// <summary>What a rule decides and on what basis.</summary>
/// <param name="Id">The stable rule id, e.g. <c>filing.expired</c>.</param>
/// <param name="Cause">The failure cause it belongs to.</param>
/// <param name="Description">What it decides.</param>
/// <param name="Basis">The sources and policy documents it rests on.</param>
/// <param name="Priority">
/// Its NRules priority: rules that derive facts other rules read rank higher and fire first; rules that only raise
/// findings have 0.
/// </param>
/// <param name="Findings">The finding codes it can raise.</param>
/// <param name="Assembly">The assembly that declares it: <c>RulesCore.Settlement</c> for the shipped rules, the integrator's otherwise.</param>
/// <param name="AppliesIn">The regions it is limited to (<see cref="Rules.AppliesInAttribute"/>); empty: everywhere.</param>
/// <param name="InForceFrom">The first day it is in force, judged on the encounter date; <see langword="null"/>: always.</param>
/// <param name="InForceUntil">The last day it is in force; <see langword="null"/>: open-ended.</param>
public sealed record RuleInfo(string Id, Cause Cause, LocalizedText Description, LocalizedText Basis, int Priority, IReadOnlyList<string> Findings, string Assembly,
    IReadOnlyList<Rules.AppliesInAttribute> AppliesIn, DateTime? InForceFrom, DateTime? InForceUntil)
{
    /// <summary>Whether the rule is in scope and in force for a visit (it fires only then, when its conditions hold).</summary>
    /// <param name="case">The case.</param>
    /// <returns><see langword="true"/> if the visit's regions and encounter date are within the rule's scope and dates.</returns>
    public bool AppliesTo(SettlementCase @case)
    {
        if (@case is null)
        {
            throw new ArgumentNullException(nameof(@case));
        }

        return Scope is null || Scope.Covers(@case.Person.InsuredRegion, @case.Hospital.Region, @case.Encounter.Date.Date);
    }

    internal Rules.RuleScope? Scope { get; init; }
}
