using RulesCore.Engine;

namespace RulesCore.Settlement.Rules;

/// <summary>Back home while filed elsewhere by commitment only: no direct settlement until materials are supplemented.</summary>
internal sealed class HomeSettlementNeedsMaterialsRule : SettlementRule
{
    public const string Id = "filing.home-needs-materials";

    public override Cause Cause => Cause.Filing;

    public override string Basis => "sources/001: at home, settlement continues where the filing was made with materials, or by commitment with materials supplemented";

    protected override RuleDefinition Define() => Create(Id)
        .Describe("A local visit while holding a long-term filing elsewhere made by commitment only, unless the region settles both ways.")
        .Match<Visit>(v => v.IsLocal)
        .Match<Filing>((v, f) => f.Basis == FilingBasis.Commitment && IsLongTermFilingElsewhere(v, f))
        .Not<TwoWaySettlement>((v, f, t) => t.Filing == f)
        .Then<Raised>((ctx, v, f) => ctx.Insert(Raise(FindingCodes.HomeSettlementNeedsMaterials, Id, On(FactReferences.Of(f), v), f.Id)));

    /// <summary>An active long-term filing, valid on the visit date, naming a region other than the insured one.</summary>
    internal static bool IsLongTermFilingElsewhere(Visit v, Filing f) =>
        f.Status == FilingStatus.Active && f.IsLongTerm
        && f.DestinationRegion.PoolingRegion != v.InsuredPooling
        && v.ValidityOf(f).Contains(v.Date);
}
