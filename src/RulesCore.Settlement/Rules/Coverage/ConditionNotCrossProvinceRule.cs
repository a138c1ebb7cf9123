using NRules.Fluent.Dsl;
using NRules.RuleModel;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>Cross-province chronic settlement covers only the national list in force on the visit date.</summary>
[Name("coverage.condition-not-cross-province")]
internal sealed class ConditionNotCrossProvinceRule : SettlementRule
{
    public static readonly FindingDefinition NotListed = new(FindingCodes.ConditionNotCrossProvince, new("病种不在跨省直接结算范围", "condition not settled across provinces"), Cause.Coverage, Severity.Blocking, Outcome.PayThenClaim,
        new("{0}不在就诊日有效的跨省直接结算门慢特病种范围内，不能按普通门诊结算，需先全额垫付，再回参保地手工报销。",
            "{0} is not on the cross-province chronic-condition list in force on the visit date; do not settle it as general outpatient care: pay, then claim at the insured region."),
        RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion)
    {
        Unfixable = new("该病种不在就医地跨省门诊慢特病直接结算的范围内，备案和换医院都改变不了；费用先垫付，回参保地报销。", "The condition is not on the treatment region's list for cross-province chronic settlement; no filing or hospital changes that: pay, then claim at the insured region."),
    };

    public override Cause Cause => Cause.Coverage;

    public override LocalizedText Description { get; } = new(
        "跨省门诊慢特病就医，病种不在当时跨省直接结算范围内。",
        "A cross-province chronic visit for a condition outside the cross-province list in force.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Faq2023, "5种门慢特病跨省直接结算，其他病种先全额垫付，再回参保地报销", "five conditions settle across provinces, others are paid in full and claimed at home"),
        (Sources.Article000, "全国已有10种门诊慢特病可跨省直接结算", "ten conditions settle across provinces"));

    public override void Define()
    {
        TreatmentScope scope = null!;

        When()
            .Match(() => scope,
                Check((TreatmentScope s) => s.Scope == VisitScope.CrossProvince, ConditionWords.NotCrossProvince),
                Check((TreatmentScope s) => s.Visit.IsChronic, ConditionWords.NotChronic),
                Check((TreatmentScope s) => !s.Visit.TreatmentPolicy.Get(PolicyParameters.CrossProvinceChronicConditions).Contains(s.Visit.Encounter.Condition!), ConditionWords.Listed));

        Raise(ctx => Of(ctx, scope));
    }

    /// <summary>The condition is not on the list in force: raised here for a chronic visit, and by <see cref="ConditionBilledAsOutpatientRule"/> for one billed as general outpatient care.</summary>
    internal static Raised Of(IContext context, TreatmentScope scope) =>
        Found(context, NotListed, On(scope), new[] { scope.Visit.TreatmentPolicy[PolicyParameters.CrossProvinceChronicConditions] }, Wording.Condition(scope.Visit.Encounter.Condition!));
}
