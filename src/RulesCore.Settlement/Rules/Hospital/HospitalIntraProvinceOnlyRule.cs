using NRules.Fluent.Dsl;

namespace RulesCore.Settlement.Rules;

/// <summary>The hospital settles only for patients insured in its own province.</summary>
[Name("hospital.intra-province-only")]
[Description("A cross-province visit at a hospital networked only for same-province patients.")]
internal sealed class HospitalIntraProvinceOnlyRule : SettlementRule
{
    public static readonly FindingDefinition IntraProvinceOnly = new(FindingCodes.HospitalIntraProvinceOnly, Cause.Hospital, Severity.Blocking, Outcome.PayThenClaim,
        new("该医院的异地直接结算只对本省参保人开放。", "The hospital settles directly only for patients insured in its own province."),
        RemedyCodes.ChooseNetworkedHospital, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion);

    public override Cause Cause => Cause.Hospital;

    public override string Basis => "sources/002: intra-province and cross-province networks are separate";

    public override void Define()
    {
        TreatmentScope scope = null!;
        Hospital hospital = null!;

        When()
            .Match(() => scope, s => s.Scope == VisitScope.CrossProvince)
            .Match(() => hospital, h => h.CrossRegionServices.IsNetworked, h => h.CrossRegionServices.IntraProvinceOnly);

        Raise(ctx => Found(ctx, IntraProvinceOnly, On(hospital, scope)));
    }
}
