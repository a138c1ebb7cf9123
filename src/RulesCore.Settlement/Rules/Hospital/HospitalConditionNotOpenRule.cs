using NRules.Fluent.Dsl;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>A chronic visit settles directly only where the hospital has opened that condition.</summary>
[Name("hospital.condition-not-open")]
internal sealed class HospitalConditionNotOpenRule : SettlementRule
{
    public static readonly FindingDefinition NotOpen = new(FindingCodes.HospitalConditionNotOpen, new("医院未开通该病种的异地结算", "hospital does not settle the condition"), Cause.Hospital, Severity.Blocking, Outcome.PayThenClaim,
        new("该医院未开通{0}的门诊慢特病异地直接结算。",
            "The hospital has not opened cross-region chronic-condition settlement for {0}."),
        RemedyCodes.ChooseNetworkedHospital, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion);

    public override Cause Cause => Cause.Hospital;

    public override LocalizedText Description { get; } = new(
        "参保地以外的门诊慢特病就医，医院已联网但未开通该病种。",
        "An out-of-region chronic visit at a networked hospital that has not opened the condition.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Article2025Guangxi, "就诊机构须已开通所患病种的联网结算", "the hospital must have opened settlement for the patient's condition"),
        (Sources.Article2025Datong, "确认所选定点机构已开通特殊门诊直接结算", "confirm the chosen hospital has opened special outpatient settlement"));

    public override void Define()
    {
        TreatmentScope scope = null!;
        Hospital hospital = null!;

        When()
            .Match(() => scope, Check((TreatmentScope s) => !s.IsLocal, ConditionWords.NotOutOfRegion), Check((TreatmentScope s) => s.Visit.IsChronic, ConditionWords.NotChronic))
            .Match(() => hospital,
                Check((Hospital h) => h.CrossRegionServices.IsNetworked, ConditionWords.NothingOpened),
                Check((Hospital h) => !h.CrossRegionServices.ChronicConditions.Contains(scope.Visit.Encounter.Condition!), new LocalizedText(
                    "医院 {hospital} 已开通{condition}的门诊慢特病异地结算", "hospital {hospital} has opened cross-region settlement of chronic care for {condition}")));

        Raise(ctx => Found(ctx, NotOpen, On(hospital, scope), Wording.Condition(scope.Visit.Encounter.Condition!)));
    }
}
