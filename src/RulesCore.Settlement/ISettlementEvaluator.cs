using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Errors;

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
    /// <param name="cancellationToken">Stops the work: checked between units of work (before and between the rules' firings; one case is one unit); <see cref="OperationCanceledException"/> is thrown.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="InvalidCaseException">The case is invalid; every problem is listed.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> names an unsupported language.</exception>
    /// <exception cref="Rules.RuleFailedException">A rule threw or the rules kept firing (a bug in a rule, named): no decision is made.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    SettlementDecision Evaluate(SettlementCase @case, EvaluationOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Evaluates many cases, in parallel; results are in input order, one per case, invalid cases included.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="options">Language, as-of date and parallelism; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the work: checked between units of work (before and between the rules' firings; between cases); <see cref="OperationCanceledException"/> is thrown.</param>
    /// <returns>A decision or the validation errors for each case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> is <see langword="null"/>.</exception>
    /// <exception cref="Rules.RuleFailedException">A rule threw or the rules kept firing (a bug in a rule, named): no decision is made.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    IReadOnlyList<EvaluationResult> EvaluateMany(IEnumerable<SettlementCase> cases, EvaluationOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Evaluates a stream of cases lazily: results come out in input order as the caller enumerates them, while up to
    /// <see cref="EvaluationOptions.MaxDegreeOfParallelism"/> cases (default: all cores) are evaluated at once ahead
    /// of the caller, of at most four times as many read ahead; memory stays bounded whatever the input's length (a
    /// day's cases read line by line). Each enumeration evaluates again.
    /// </summary>
    /// <param name="cases">The cases, enumerated once, on the caller's thread.</param>
    /// <param name="options">Language, as-of date and parallelism; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the evaluation, between cases and between the rules' firings; enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>A decision or the validation errors for each case, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> is <see langword="null"/>.</exception>
    /// <exception cref="Rules.RuleFailedException">A rule threw or the rules kept firing (a bug in a rule, named): no decision is made.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    IEnumerable<EvaluationResult> EvaluateStream(IEnumerable<SettlementCase> cases, EvaluationOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Why a rule did not fire, or why a finding was not raised: evaluates the case once more with NRules' condition
    /// events attached (normal evaluations attach nothing) and explains, for each rule asked about, each candidate fact
    /// of its first pattern, the deepest pattern it reached and the condition that stopped it — in the words the rule
    /// declares with each condition — following missing derived facts to the rules that would have produced them.
    /// </summary>
    /// <param name="case">The case.</param>
    /// <param name="ruleIdOrFindingCode">A rule id (<c>filing.covers</c>) or a finding code (<c>FILING_EXPIRED</c>: every rule that can raise it).</param>
    /// <param name="options">Language and as-of date; <see langword="null"/> for the defaults. The decision it carries always has its trace.</param>
    /// <param name="cancellationToken">Stops the work: checked between units of work (before and between the rules' firings; each candidate fact and each pattern of the walk); <see cref="OperationCanceledException"/> is thrown.</param>
    /// <returns>The case's decision and the explanation of each rule.</returns>
    /// <exception cref="InvalidCaseException">The case is invalid; every problem is listed.</exception>
    /// <exception cref="ArgumentException">No rule has this id and none raises this finding code, or <paramref name="options"/> names an unsupported language.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="Rules.RuleFailedException">A rule's action threw or the rules kept firing (a condition that throws is explained as not evaluated).</exception>
    WhyNot Explain(SettlementCase @case, string ruleIdOrFindingCode, EvaluationOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// What to do so that the visit settles as well as it can: every set of at most <see cref="SettlementPlan.MaxSteps"/>
    /// actions that the decision's remedies propose (renew or re-file, file retroactively, obtain the qualification,
    /// use the e-voucher, choose a hospital from <see cref="SettlementOptions.HospitalDirectory"/>, …) is tried on the
    /// case's facts, smallest first, each judged by this evaluator; the plan is the smallest set that reaches the best
    /// outcome, in the order to do it, each step with who, where, its deadline and the verified decision after it.
    /// </summary>
    /// <param name="case">The case.</param>
    /// <param name="options">Language and as-of date; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Stops the work: checked between units of work (before and between the rules' firings; each candidate set of actions and each hospital judged); <see cref="OperationCanceledException"/> is thrown.</param>
    /// <returns>The current decision, the best reachable outcome, the steps, and the problems no step fixes.</returns>
    /// <exception cref="InvalidCaseException">The case is invalid; every problem is listed.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> names an unsupported language.</exception>
    /// <exception cref="Rules.RuleFailedException">A rule threw or the rules kept firing (a bug in a rule, named): no decision is made.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    SettlementPlan Plan(SettlementCase @case, EvaluationOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Validates a case without evaluating it.</summary>
    /// <param name="case">The case.</param>
    /// <returns>Every problem; empty when the case is valid.</returns>
    IReadOnlyList<InputError> Validate(SettlementCase @case);
}
