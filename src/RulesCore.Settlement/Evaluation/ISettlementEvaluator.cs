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
    IReadOnlyList<InputError> Validate(SettlementCase @case);
}
