using NRules.Fluent.Dsl;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>The hospital has opened no cross-region settlement at all (small clinics, unconnected hospitals).</summary>
[Name("hospital.not-networked")]
internal sealed class HospitalNotNetworkedRule : SettlementRule
{
    public static readonly FindingDefinition NotNetworked = new(FindingCodes.HospitalNotNetworked, new("医院未联网", "hospital not networked"), Cause.Hospital, Severity.Blocking, Outcome.PayThenClaim,
        new("该医院未开通异地就医直接结算（未联网）。", "The hospital has not opened cross-region direct settlement (not networked)."),
        RemedyCodes.ChooseNetworkedHospital, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion);

    public override Cause Cause => Cause.Hospital;

    public override LocalizedText Description { get; } = new(
        "参保地以外就医，医院未开通任何异地结算服务。",
        "An out-of-region visit at a hospital with no cross-region service open.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Article000, "一些社区诊所和小型专科医院未接入全国医保联网系统", "some clinics and small hospitals are not connected to the national network"));

    public override void Define()
    {
        TreatmentScope scope = null!;
        Hospital hospital = null!;

        When()
            .Match(() => scope, Check((TreatmentScope s) => !s.IsLocal, ConditionWords.NotOutOfRegion))
            .Match(() => hospital, Check((Hospital h) => !h.CrossRegionServices.IsNetworked, new LocalizedText(
                "医院 {hospital} 已开通异地就医直接结算（{services}）", "hospital {hospital} has opened cross-region settlement ({services})")));

        Raise(ctx => Found(ctx, NotNetworked, On(hospital, scope)));
    }
}
