using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// The verdict in a reader's words — what a cashier says at the desk — and the headline that fits the moment it was
/// asked: after the visit the verdict itself, before it what would happen as things stand.
/// </summary>
internal static class Verdicts
{
    private static readonly LocalizedText Direct = new("直接结算", "Settles directly at the desk");
    private static readonly LocalizedText Reduced = new("直接结算，报销比例降低不超过 {0} 个百分点", "Settles directly; the ratio is lowered by up to {0} points");
    private static readonly LocalizedText PayThenClaim = new("先全额垫付，再回参保地手工报销", "Pay in full, then claim at the insured region");
    private static readonly LocalizedText NotReimbursable = new("不予报销", "Not reimbursed");
    private static readonly LocalizedText AsThingsStand = new("如果按目前情况就医：", "If you went as things stand: ");

    /// <summary>The outcome in words, e.g. "先全额垫付，再回参保地手工报销".</summary>
    public static string Verdict(Outcome outcome, int rateReductionPoints, string language) => outcome switch
    {
        Outcome.Direct => Direct.In(language),
        Outcome.DirectReducedRate => string.Format(System.Globalization.CultureInfo.InvariantCulture, Reduced.In(language), rateReductionPoints),
        Outcome.PayThenClaim => PayThenClaim.In(language),
        _ => NotReimbursable.In(language),
    };

    /// <summary>The verdict as the moment reads it: before the visit, "如果按目前情况就医：…".</summary>
    private static readonly LocalizedText BestDirect = new("可直接结算", "settles directly");
    private static readonly LocalizedText BestReduced = new("可直接结算（报销比例降低不超过 {0} 个百分点）", "settles directly with the ratio lowered by up to {0} points");
    private static readonly LocalizedText BestPayThenClaim = new("需先全额垫付，再回参保地手工报销", "pay in full, then claim at the insured region");
    private static readonly LocalizedText BestNotReimbursable = new("不予报销", "not reimbursed");
    private static readonly LocalizedText Range = new("最好{0}，最坏{1}", "At best {0}; at worst {1}");
    private static readonly LocalizedText ToCheck = new("待核实：", "To be checked: ");

    /// <summary>The verdict for a range of outcomes: "最好可直接结算，最坏需先全额垫付，再回参保地手工报销".</summary>
    public static string Verdict(Outcome best, int bestPoints, Outcome worst, int worstPoints, string language) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Range.In(language), Bound(best, bestPoints, language), Bound(worst, worstPoints, language));

    private static string Bound(Outcome outcome, int points, string language) => outcome switch
    {
        Outcome.Direct => BestDirect.In(language),
        Outcome.DirectReducedRate => string.Format(System.Globalization.CultureInfo.InvariantCulture, BestReduced.In(language), points),
        Outcome.PayThenClaim => BestPayThenClaim.In(language),
        _ => BestNotReimbursable.In(language),
    };

    /// <summary>The headline of a range: "待核实：最好…，最坏…" / "To be checked: at best …; at worst …".</summary>
    public static string RangeHeadline(string verdict, string language) =>
        language == Languages.English
            ? ToCheck.English + char.ToLowerInvariant(verdict[0]) + verdict.Substring(1)
            : ToCheck.Chinese + verdict;

    public static string Headline(string verdict, bool askedBeforeVisit, string language)
    {
        if (!askedBeforeVisit)
        {
            return verdict;
        }

        return language == Languages.English
            ? AsThingsStand.English + char.ToLowerInvariant(verdict[0]) + verdict.Substring(1)
            : AsThingsStand.Chinese + verdict;
    }
}
