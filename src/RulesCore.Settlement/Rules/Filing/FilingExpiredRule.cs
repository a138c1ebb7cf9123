using NRules.Fluent.Dsl;

namespace RulesCore.Settlement.Rules;

/// <summary>A filing for the treatment region ended before the visit (e.g. a six-month temporary filing, 长沙 → 武汉).</summary>
// readme:rule:begin
[Name("filing.expired")]
[Description("An active filing for the treatment region ended before the visit date.")]
internal sealed class FilingExpiredRule : SettlementRule
{
    public static readonly FindingDefinition Expired = new(FindingCodes.FilingExpired, Cause.Filing, Severity.Blocking, Outcome.PayThenClaim,
        new("备案 {0} 的有效期已于 {1} 结束，就诊日不在有效期内。", "Filing {0} ended on {1}, before the visit."),
        RemedyCodes.RenewFiling, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion);

    public override Cause Cause => Cause.Filing;

    public override string Basis => "sources/000: temporary filings last about six months (十堰), an expired filing does not settle; 医保发〔2022〕22号";

    public override void Define()
    {
        FilingGap gap = null!;
        Filing filing = null!;

        When()
            .Match(() => gap)
            .Match(() => filing,
                f => f.Status == FilingStatus.Active,
                f => gap.Visit.IsForTreatmentRegion(f),
                f => gap.Visit.ValidityOf(f).EndsBefore(gap.Visit.Date));

        Raise(ctx => Found(ctx, Expired, On(filing, gap.Visit), new[] { gap.Visit.ValidityBasisOf(filing) },
            filing.Id, Wording.Date(gap.Visit.ValidityOf(filing).Until!.Value)));
    }
}
// readme:rule:end
