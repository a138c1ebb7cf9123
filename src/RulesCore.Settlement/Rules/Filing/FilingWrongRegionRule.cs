using NRules.Fluent.Dsl;

namespace RulesCore.Settlement.Rules;

/// <summary>An active filing names another pooling region (e.g. a neighbour of 杭州 instead of 杭州).</summary>
[Name("filing.wrong-region")]
[Description("No filing names the treatment region, but an active filing names another pooling region.")]
internal sealed class FilingWrongRegionRule : SettlementRule
{
    public static readonly FindingDefinition WrongRegion = new(FindingCodes.FilingWrongRegion, Cause.Filing, Severity.Blocking, Outcome.PayThenClaim,
        new("备案 {0} 选择的统筹区是 {1}，而就医医院在统筹区 {2}，系统无法匹配。",
            "Filing {0} names pooling region {1}, but the hospital is in pooling region {2}."),
        RemedyCodes.RefileCorrectRegion, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion);

    public override Cause Cause => Cause.Filing;

    public override string Basis => "sources/000: a filing for a neighbouring pooling region cannot be matched; cancel and re-file online";

    public override void Define()
    {
        FilingGap gap = null!;
        Filing filing = null!;

        When()
            .Match(() => gap)
            .Not<Filing>(other => gap.Visit.IsForTreatmentRegion(other))
            .Match(() => filing, f => f.Status == FilingStatus.Active, f => gap.Visit.IsForAnotherRegion(f));

        Raise(ctx => Found(ctx, WrongRegion, On(filing, gap.Visit),
            filing.Id, filing.DestinationRegion.PoolingRegion.ToString(), gap.Visit.TreatmentPooling.ToString()));
    }
}
