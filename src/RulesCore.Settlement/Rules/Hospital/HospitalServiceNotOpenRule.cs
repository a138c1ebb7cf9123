using NRules.Fluent.Dsl;

namespace RulesCore.Settlement.Rules;

/// <summary>Networked, but not for this kind of care (e.g. inpatient only: the 平邑 employee in 上海).</summary>
[Name("hospital.service-not-open")]
[Description("An out-of-region inpatient, general outpatient or emergency visit at a networked hospital that has not opened that service.")]
internal sealed class HospitalServiceNotOpenRule : SettlementRule
{
    public static readonly FindingDefinition NotOpen = new(FindingCodes.HospitalServiceNotOpen, Cause.Hospital, Severity.Blocking, Outcome.PayThenClaim,
        new("该医院已联网，但未开通{0}异地直接结算。", "The hospital is networked, but has not opened cross-region settlement for {0}."),
        RemedyCodes.ChooseNetworkedHospital, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion);

    public override Cause Cause => Cause.Hospital;

    public override string Basis => "sources/000: a 上海 hospital had opened inpatient settlement only; sources/001: inpatient, general outpatient and chronic conditions are opened separately, emergency care with outpatient care (普通门（急）诊)";

    public override void Define()
    {
        TreatmentScope scope = null!;
        Hospital hospital = null!;

        When()
            .Match(() => scope, s => !s.IsLocal, s => s.Visit.Encounter.Setting != CareSetting.ChronicOutpatient)
            .Match(() => hospital,
                h => h.CrossRegionServices.IsNetworked,
                h => !Opens(h.CrossRegionServices, scope.Visit.Encounter.Setting));

        Raise(ctx => Found(ctx, NotOpen, On(hospital, scope), Wording.Setting(scope.Visit.Encounter.Setting)));
    }

    /// <summary>Emergency care settles with outpatient care (普通门（急）诊); an emergency ending in admission is an inpatient stay.</summary>
    private static bool Opens(CrossRegionServices services, CareSetting setting) => setting switch
    {
        CareSetting.Inpatient => services.Inpatient,
        _ => services.GeneralOutpatient,
    };
}
