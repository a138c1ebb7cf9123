using RulesCore.Engine;

namespace RulesCore.Settlement.Rules;

/// <summary>The hospital has opened no cross-region settlement at all (small clinics, unconnected hospitals).</summary>
internal sealed class HospitalNotNetworkedRule : SettlementRule
{
    public const string Id = "hospital.not-networked";

    public override Cause Cause => Cause.Hospital;

    public override string Basis => "sources/000: some clinics and small hospitals are not connected to the national network";

    protected override RuleDefinition Define() => Create(Id)
        .Describe("An out-of-region visit at a hospital with no cross-region service open.")
        .Match<Visit>(v => !v.IsLocal)
        .Match<Hospital>((v, h) => !h.CrossRegionServices.IsNetworked)
        .Then<Raised>((ctx, v, h) => ctx.Insert(Raise(FindingCodes.HospitalNotNetworked, Id, On(FactReferences.Of(h), v))));
}
