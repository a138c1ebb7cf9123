namespace RulesCore.Settlement.Decisions;

/// <summary>
/// The outcomes a partial case can have (<see cref="Model.SettlementCase.UnknownFacts"/>): every completion of its
/// unknown facts settles between <see cref="Best"/> and <see cref="Worst"/>, and each bound is the outcome of a
/// completion the evaluator ran.
/// </summary>
/// <param name="Best">The best outcome of any completion.</param>
/// <param name="Worst">The worst outcome of any completion.</param>
public sealed record OutcomeRange(Outcome Best, Outcome Worst)
{
    /// <summary>Gets whether the outcome is the same whatever the unknown facts are.</summary>
    public bool IsDetermined => Best == Worst;

    /// <summary>
    /// Gets whether every combination of the unknown facts' representative values was evaluated. When there were
    /// more than the search allows, the facts past the budget were tried at their best and worst values only, and the
    /// range is as wide as those reach.
    /// </summary>
    public bool Exhaustive { get; init; } = true;
}
