using NRules.Fluent.Dsl;

namespace RulesCore.Settlement.Rules;

/// <summary>A filing for the treatment region starts after the visit.</summary>
[Name("filing.not-yet-valid")]
[Description("An active filing for the treatment region takes effect after the visit date.")]
internal sealed class FilingNotYetValidRule : SettlementRule
{
    public static readonly FindingDefinition NotYetValid = new(FindingCodes.FilingNotYetValid, Cause.Filing, Severity.Blocking, Outcome.PayThenClaim,
        new("备案 {0} 自 {1} 起才生效，晚于就诊日。", "Filing {0} takes effect only on {1}, after the visit."),
        RemedyCodes.FileBeforeVisit, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion);

    public override Cause Cause => Cause.Filing;

    public override string Basis => "sources/001: the filing's effective and end dates are as registered";

    public override void Define()
    {
        FilingGap gap = null!;
        Filing filing = null!;

        When()
            .Match(() => gap)
            .Match(() => filing,
                f => f.Status == FilingStatus.Active,
                f => gap.Visit.IsForTreatmentRegion(f),
                f => gap.Visit.ValidityOf(f).StartsAfter(gap.Visit.Date));

        Raise(ctx => Found(ctx, NotYetValid, On(filing, gap.Visit), filing.Id, Wording.Date(filing.ValidFrom)));
    }
}
