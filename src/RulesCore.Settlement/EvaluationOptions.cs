using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement;

/// <summary>Per-call options.</summary>
public sealed record EvaluationOptions
{
    /// <summary>
    /// Gets the language of messages and remedies: <c>zh-CN</c> or <c>en</c>; <see langword="null"/> (the default) for the
    /// evaluator's default language (<see cref="SettlementOptions.DefaultLanguage"/>, itself <c>zh-CN</c> unless set).
    /// </summary>
    public string? Language { get; init; }

    /// <summary>
    /// Gets the day the question is asked, overriding the case's <see cref="SettlementCase.AsOf"/>; it decides whether a
    /// retroactive filing can still help. Default: the case's, else the encounter date.
    /// </summary>
    public DateTime? AsOf { get; init; }

    /// <summary>Gets how many cases <see cref="ISettlementEvaluator.EvaluateMany"/> and <see cref="ISettlementEvaluator.EvaluateStream"/> evaluate at once (default: all cores).</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>
    /// Gets whether the decision carries the trace (<see cref="SettlementDecision.Trace"/>): every rule firing with the
    /// facts it matched. On by default, as the audit trail; when off, no trace is recorded at all and the trace is empty.
    /// </summary>
    public bool IncludeTrace { get; init; } = true;
}
