using NRules.Fluent.Dsl;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// Chronic-condition settlement out of region is at the designated hospitals the patient selected for that condition
/// (本人选定; 选定的异地定点医疗机构). Where the selection is unknown, nothing is said.
/// </summary>
[Name("hospital.not-selected")]
internal sealed class HospitalNotSelectedRule : SettlementRule
{
    public static readonly FindingDefinition NotSelected = new(FindingCodes.HospitalNotSelected, new("不是选定的定点医院", "hospital not among those selected"), Cause.Hospital, Severity.Blocking, Outcome.PayThenClaim,
        new("该医院不在您为{0}选定的门诊慢特病定点医疗机构之中。", "This hospital is not among the hospitals you selected for {0}."),
        RemedyCodes.ChangeDesignatedHospital, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion);

    public override Cause Cause => Cause.Hospital;

    public override LocalizedText Description { get; } = new(
        "参保地以外的门诊慢特病就医，医院不在就诊日有效的该病种资格所选定的定点医疗机构之中（选定情况已知时）。",
        "An out-of-region chronic visit at a hospital that no qualification valid for the condition on the visit date designates, where the selection is known.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Faq2023, "门诊特殊病在本人选定的异地定点医院直接结算", "chronic conditions settle at the designated hospitals the patient selected"),
        (Sources.Article2025Datong, "在选定的异地定点医疗机构享受特殊门诊待遇", "special outpatient benefits at the selected designated hospitals elsewhere"));

    public override void Define()
    {
        TreatmentScope scope = null!;
        Hospital hospital = null!;

        When()
            .Match(() => scope, Check((TreatmentScope s) => !s.IsLocal, ConditionWords.NotOutOfRegion), Check((TreatmentScope s) => s.Visit.IsChronic, ConditionWords.NotChronic))
            .Exists<Qualification>(
                Check((Qualification q) => q.DesignatedHospitals != null, new LocalizedText("门慢特资格 {qualification} 没有登记定点医院", "the {qualification} qualification lists no designated hospitals")),
                Check((Qualification q) => scope.Visit.IsQualifiedBy(q), ConditionWords.NotQualifying))
            .Match(() => hospital)
            .Not<Qualification>(
                Check((Qualification q) => q.DesignatedHospitals == null || q.DesignatedHospitals.Contains(hospital.Id), new LocalizedText(
                    "门慢特资格 {qualification} 的定点医院包括医院 {hospital}（或没有登记定点医院）", "the {qualification} qualification designates hospital {hospital} (or lists none)")),
                Check((Qualification q) => scope.Visit.IsQualifiedBy(q), ConditionWords.Qualifying));

        Raise(ctx => Found(ctx, NotSelected, On(hospital, scope), Wording.Condition(scope.Visit.Encounter.Condition!)));
    }
}
