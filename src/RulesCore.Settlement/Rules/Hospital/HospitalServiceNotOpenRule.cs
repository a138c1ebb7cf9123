using NRules.Fluent.Dsl;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>Networked, but not for this kind of care (e.g. inpatient only: the 平邑 employee in 上海).</summary>
[Name("hospital.service-not-open")]
internal sealed class HospitalServiceNotOpenRule : SettlementRule
{
    public static readonly FindingDefinition NotOpen = new(FindingCodes.HospitalServiceNotOpen, new("医院未开通此类就医的异地结算", "hospital does not settle this kind of visit"), Cause.Hospital, Severity.Blocking, Outcome.PayThenClaim,
        new("该医院已联网，但未开通{0}异地直接结算。", "The hospital is networked, but has not opened cross-region settlement for {0}."),
        RemedyCodes.ChooseNetworkedHospital, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion);

    public override Cause Cause => Cause.Hospital;

    public override LocalizedText Description { get; } = new(
        "参保地以外的住院、普通门诊或急诊，医院已联网但未开通该项服务。",
        "An out-of-region inpatient, general outpatient or emergency visit at a networked hospital that has not opened that service.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Article000, "上海某医院当时只开通了住院异地结算", "a Shanghai hospital had opened inpatient settlement only"),
        (Sources.Faq2023, "住院、普通门（急）诊和门诊特殊病分别开通直接结算", "inpatient, general outpatient (with emergency) and chronic-condition settlement are opened separately"));

    public override void Define()
    {
        TreatmentScope scope = null!;
        Hospital hospital = null!;

        When()
            .Match(() => scope,
                Check((TreatmentScope s) => !s.IsLocal, ConditionWords.NotOutOfRegion),
                Check((TreatmentScope s) => s.Visit.Encounter.Setting != CareSetting.ChronicOutpatient, new LocalizedText(
                    "本次就诊是门诊慢特病，医院是否开通看它开通的病种", "the visit is chronic outpatient care: what counts is the conditions the hospital opened")))
            .Match(() => hospital,
                Check((Hospital h) => h.CrossRegionServices.IsNetworked, ConditionWords.NothingOpened),
                Check((Hospital h) => !Opens(h.CrossRegionServices, scope.Visit.Encounter.Setting), new LocalizedText(
                    "医院 {hospital} 已开通{setting}的异地直接结算", "hospital {hospital} has opened cross-region settlement of {setting}")));

        Raise(ctx => Found(ctx, NotOpen, On(hospital, scope), Wording.Setting(scope.Visit.Encounter.Setting)));
    }

    /// <summary>Emergency care settles with outpatient care (普通门（急）诊); an emergency ending in admission is an inpatient stay.</summary>
    private static bool Opens(CrossRegionServices services, CareSetting setting) => setting switch
    {
        CareSetting.Inpatient => services.Inpatient,
        _ => services.GeneralOutpatient,
    };
}
