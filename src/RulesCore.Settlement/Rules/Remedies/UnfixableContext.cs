using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>What a remedy needs to say why a problem cannot be fixed: the visit, the decision after the plan, the actions tried.</summary>
internal sealed record UnfixableContext(Visit Visit, SettlementDecision After, IReadOnlyList<PlanAction> Tried, bool HasDirectory)
{
    /// <summary>Months a re-joined person usually waits for benefits after paying arrears (from 2025; domain reference).</summary>
    public const int WaitingMonthsAfterArrears = 3;

    /// <summary>Gets the day benefits would resume if arrears were paid on the as-of day.</summary>
    public string ResumeDate => Wording.Date(Visit.AsOf.AddMonths(WaitingMonthsAfterArrears));
}
