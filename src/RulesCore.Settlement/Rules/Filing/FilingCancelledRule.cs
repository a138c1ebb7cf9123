using NRules.Fluent.Dsl;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>The only filings for the treatment region were cancelled.</summary>
[Name("filing.cancelled")]
internal sealed class FilingCancelledRule : SettlementRule
{
    public static readonly FindingDefinition Cancelled = new(FindingCodes.FilingCancelled, new("备案已取消", "filing cancelled"), Cause.Filing, Severity.Blocking, Outcome.PayThenClaim,
        new("指向就医统筹区的备案 {0} 已取消。", "Filing {0} for the treatment region was cancelled."),
        RemedyCodes.FileBeforeVisit, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion);

    public override Cause Cause => Cause.Filing;

    public override LocalizedText Description { get; } = new(
        "指向就医统筹区的备案已取消，且没有仍有效的同地备案。",
        "A filing for the treatment region was cancelled, and no active filing for it remains.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Faq2023, "备案以“备案记录”中的状态为准，已取消的备案不再适用", "a filing counts as its record shows; a cancelled filing no longer applies"));

    public override void Define()
    {
        FilingGap gap = null!;
        Filing filing = null!;

        // No active filing for the treatment region is no timing of one (filing.timing derives one for each, out of
        // region, before this rule can fire): a Not that joins nothing, where a Not over filings joined each to the gap.
        When()
            .Match(() => gap)
            .Not<FilingTiming>()
            .Match(() => filing,
                Check((Filing f) => f.Status == FilingStatus.Cancelled, new LocalizedText("备案 {filing} 没有被取消", "filing {filing} was not cancelled")),
                Check((Filing f) => gap.Visit.IsForTreatmentRegion(f), ConditionWords.NotForTreatmentRegion));

        Raise(ctx => gap.Advise(Found(ctx, Cancelled, On(filing, gap.Visit), filing.Id)));
    }
}
