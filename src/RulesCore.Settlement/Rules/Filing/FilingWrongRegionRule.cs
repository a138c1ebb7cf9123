using RulesCore.Engine;

namespace RulesCore.Settlement.Rules;

/// <summary>An active filing names another pooling region (e.g. a neighbour of 杭州 instead of 杭州).</summary>
internal sealed class FilingWrongRegionRule : SettlementRule
{
    public const string Id = "filing.wrong-region";

    public override Cause Cause => Cause.Filing;

    public override string Basis => "sources/000: a filing for a neighbouring pooling region cannot be matched; cancel and re-file online";

    protected override RuleDefinition Define() => Create(Id)
        .Describe("No filing names the treatment region, but an active filing names another pooling region.")
        .Match<FilingGap>()
        .Not<Filing>((g, f) => g.Visit.IsForTreatmentRegion(f))
        .Match<Filing>((g, f) => f.Status == FilingStatus.Active && g.Visit.IsForAnotherRegion(f))
        .Then<Raised>((ctx, g, f) => ctx.Insert(Raise(
            FindingCodes.FilingWrongRegion, Id, On(FactReferences.Of(f), g.Visit),
            f.Id, f.DestinationRegion.PoolingRegion.ToString(), g.Visit.TreatmentPooling.ToString())));
}
