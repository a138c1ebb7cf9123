using RulesCore.Engine;

namespace RulesCore.Settlement.Rules;

/// <summary>The hospital settles only for patients insured in its own province.</summary>
internal sealed class HospitalIntraProvinceOnlyRule : SettlementRule
{
    public const string Id = "hospital.intra-province-only";

    public override Cause Cause => Cause.Hospital;

    public override string Basis => "sources/002: intra-province and cross-province networks are separate";

    protected override RuleDefinition Define() => Create(Id)
        .Describe("A cross-province visit at a hospital networked only for same-province patients.")
        .Match<Visit>(v => v.Scope == VisitScope.CrossProvince)
        .Match<Hospital>((v, h) => h.CrossRegionServices.IsNetworked && h.CrossRegionServices.IntraProvinceOnly)
        .Then<Raised>((ctx, v, h) => ctx.Insert(Raise(FindingCodes.HospitalIntraProvinceOnly, Id, On(FactReferences.Of(h), v))));
}
