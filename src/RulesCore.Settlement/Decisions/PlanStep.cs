using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Decisions;

/// <summary>One step of a plan: what to do, who does it and where, by when, and what the visit's decision is once it and every step before it are done.</summary>
public sealed record PlanStep
{
    /// <summary>Gets the remedy code the step carries out, e.g. <c>RENEW_FILING</c>.</summary>
    public string Remedy { get; init; } = string.Empty;

    /// <summary>Gets what to do, in the requested language.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>Gets who does it.</summary>
    public PlanActor Who { get; init; }

    /// <summary>Gets where: the app screen or the office, in the requested language.</summary>
    public string Where { get; init; } = string.Empty;

    /// <summary>Gets the last day it still helps this visit (it must be done on or before it), or <see langword="null"/> when no day is known (e.g. before a discharge whose day is not known).</summary>
    public DateTime? Before { get; init; }

    /// <summary>Gets the hospital the step chooses, for a step that changes hospital.</summary>
    public string? Hospital { get; init; }

    /// <summary>Gets the case as it will be once this step and every step before it are done (e.g. the renewed filing) — what <see cref="DecisionAfter"/> judged.</summary>
    public SettlementCase? CaseAfter { get; init; }

    /// <summary>Gets the decision once this step and every step before it are done (verified by the evaluator).</summary>
    public SettlementDecision DecisionAfter { get; init; } = new();
}
