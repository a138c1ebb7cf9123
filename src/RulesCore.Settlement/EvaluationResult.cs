using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement;

/// <summary>The result for one case of a batch: a decision, or the validation errors.</summary>
public sealed record EvaluationResult
{
    /// <summary>Gets the decision, or <see langword="null"/> when the case is invalid.</summary>
    public SettlementDecision? Decision { get; init; }

    /// <summary>Gets the validation errors; empty when the case is valid.</summary>
    public IReadOnlyList<InputError> Errors { get; init; } = Array.Empty<InputError>();

    /// <summary>Gets whether the case was valid (and <see cref="Decision"/> is set).</summary>
    public bool IsValid => Decision is not null;
}
