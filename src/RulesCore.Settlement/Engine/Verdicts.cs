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
