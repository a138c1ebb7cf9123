using NRules.Fluent.Dsl;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// A qualified chronic condition outside the cross-province list must not be settled as a general outpatient visit
/// either: pay in full, claim at home (source 001).
/// </summary>
[Name("coverage.condition-billed-as-outpatient")]
internal sealed class ConditionBilledAsOutpatientRule : SettlementRule
{
    public override Cause Cause => Cause.Coverage;

    public override LocalizedText Description { get; } = new(
        "跨省普通门诊就医，所看病种是本人已认定资格、但不在当时跨省直接结算范围内的门慢特病。",
        "A cross-province general outpatient visit for a condition the person is qualified for, which is not on the cross-province list in force.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Faq2023, "不在跨省直接结算范围内的门慢特病不能按普通门诊结算，需先全额垫付，再回参保地手工报销", "a chronic condition outside the cross-province list is not settled as general outpatient care: pay in full, claim at the insured region"));

    public override void Define()
    {
        TreatmentScope scope = null!;

        When()
            .Match(() => scope,
                Check((TreatmentScope s) => s.Scope == VisitScope.CrossProvince, ConditionWords.NotCrossProvince),
                Check((TreatmentScope s) => s.Visit.Encounter.Setting == CareSetting.GeneralOutpatient, new LocalizedText("本次就诊是{setting}，不是普通门诊", "the visit is {setting}, not general outpatient care")),
                Check((TreatmentScope s) => s.Visit.Encounter.Condition != null, new LocalizedText("本次就诊没有注明病种", "the visit names no condition")),
                Check((TreatmentScope s) => !s.Visit.TreatmentPolicy.Get(PolicyParameters.CrossProvinceChronicConditions).Contains(s.Visit.Encounter.Condition!), ConditionWords.Listed))
            .Exists<Qualification>(Check((Qualification q) => scope.Visit.IsQualifiedBy(q), ConditionWords.NotQualifying));

        Raise(ctx => ConditionNotCrossProvinceRule.Of(ctx, scope));
    }
}
