using NRules.Fluent.Dsl;

namespace RulesCore.Settlement.Rules;

/// <summary>The only filings for the treatment region were cancelled.</summary>
[Name("filing.cancelled")]
[Description("A filing for the treatment region was cancelled, and no active filing for it remains.")]
internal sealed class FilingCancelledRule : SettlementRule
{
    public static readonly FindingDefinition Cancelled = new(FindingCodes.FilingCancelled, Cause.Filing, Severity.Blocking, Outcome.PayThenClaim,
        new("指向就医统筹区的备案 {0} 已取消。", "Filing {0} for the treatment region was cancelled."),
        RemedyCodes.FileBeforeVisit, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion);

    public override Cause Cause => Cause.Filing;

    public override string Basis => "sources/001: a cancelled filing no longer applies";

    public override void Define()
    {
        FilingGap gap = null!;
        Filing filing = null!;

        When()
            .Match(() => gap)
            .Not<Filing>(other => other.Status == FilingStatus.Active, other => gap.Visit.IsForTreatmentRegion(other))
            .Match(() => filing, f => f.Status == FilingStatus.Cancelled, f => gap.Visit.IsForTreatmentRegion(f));

        Raise(ctx => Found(ctx, Cancelled, On(filing, gap.Visit), filing.Id));
    }
}
