namespace RulesCore.Settlement.Rules;

/// <summary>
/// The moment a remedy is offered at, as far as its role depends on it: asked before the visit; the visit still open
/// (asked on or before its last day: the visit day, or before discharge); and whether the waiting period that follows
/// paying arrears now would end by the visit.
/// </summary>
internal readonly record struct RemedyMoment(bool AskedBefore, bool StillOpen, bool WaitEndsByVisit)
{
    /// <summary>The moment of a visit as asked on its as-of day.</summary>
    public static RemedyMoment Of(Visit visit) =>
        new(visit.AskedBefore, visit.AsOf <= visit.Until, visit.AsOf.AddMonths(UnfixableContext.WaitingMonthsAfterArrears) <= visit.Date);

    /// <summary>A small number for the moment (0–7), to keep wordings per moment.</summary>
    public int Index => (AskedBefore ? 4 : 0) + (StillOpen ? 2 : 0) + (WaitEndsByVisit ? 1 : 0);
}
