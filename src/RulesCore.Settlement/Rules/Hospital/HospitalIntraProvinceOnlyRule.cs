using NRules.Fluent.Dsl;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>The hospital settles only for patients insured in its own province.</summary>
[Name("hospital.intra-province-only")]
internal sealed class HospitalIntraProvinceOnlyRule : SettlementRule
{
    public static readonly FindingDefinition IntraProvinceOnly = new(FindingCodes.HospitalIntraProvinceOnly, new("医院只为本省参保人结算", "hospital settles for its own province only"), Cause.Hospital, Severity.Blocking, Outcome.PayThenClaim,
        new("该医院的异地直接结算只对本省参保人开放。", "The hospital settles directly only for patients insured in its own province."),
        RemedyCodes.ChooseNetworkedHospital, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion);

    public override Cause Cause => Cause.Hospital;

    public override LocalizedText Description { get; } = new(
        "跨省就医，医院只为本省参保人开通了异地结算。",
        "A cross-province visit at a hospital networked only for same-province patients.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Article2025Guangxi, "区内和跨省联网结算分别开通", "intra-province and cross-province networks are opened separately"));

    public override void Define()
    {
        TreatmentScope scope = null!;
        Hospital hospital = null!;

        When()
            .Match(() => scope, Check((TreatmentScope s) => s.Scope == VisitScope.CrossProvince, ConditionWords.NotCrossProvince))
            .Match(() => hospital,
                Check((Hospital h) => h.CrossRegionServices.IsNetworked, ConditionWords.NothingOpened),
                Check((Hospital h) => h.CrossRegionServices.IntraProvinceOnly, new LocalizedText(
                    "医院 {hospital} 的异地结算也对外省参保人开放", "hospital {hospital} settles for patients insured in other provinces too")));

        Raise(ctx => Found(ctx, IntraProvinceOnly, On(hospital, scope)));
    }
}
