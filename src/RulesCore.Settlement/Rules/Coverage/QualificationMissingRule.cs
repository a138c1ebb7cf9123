using NRules.Fluent.Dsl;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>A chronic visit needs a qualification for the condition, valid on the visit date (the rheumatoid-arthritis patient).</summary>
[Name("coverage.qualification-missing")]
internal sealed class QualificationMissingRule : SettlementRule
{
    public static readonly FindingDefinition Missing = new(FindingCodes.QualificationMissing, new("没有门慢特病资格认定", "no chronic-condition qualification"), Cause.Coverage, Severity.Blocking, Outcome.NotReimbursable,
        new("就诊日没有有效的{0}门诊慢特病资格认定，医院查不到待遇资格。",
            "There is no chronic-condition qualification for {0} valid on the visit date, so no benefit entitlement is found."),
        RemedyCodes.ObtainQualification);

    public override Cause Cause => Cause.Coverage;

    public override LocalizedText Description { get; } = new(
        "门诊慢特病就医，就诊日没有该病种有效的资格认定。",
        "A chronic outpatient visit with no qualification for its condition valid on the visit date.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Article000, "未在参保地办理慢特病资格认定，医院系统调不出报销资格", "without the insured region's qualification the hospital finds no entitlement"));

    public override void Define()
    {
        TreatmentScope scope = null!;

        // The visit's place rather than the visit: it is derived once every fact of the case is in, so the
        // qualifications are there when the rule first looks. (Matched on the visit, a qualified chronic visit would
        // raise a match that its qualification, arriving after it, withdraws at once.)
        When()
            .Match(() => scope, Check((TreatmentScope s) => s.Visit.IsChronic, ConditionWords.NotChronic))
            .Not<Qualification>(Check((Qualification q) => scope.Visit.IsQualifiedBy(q), ConditionWords.Qualifying));

        Raise(ctx => Found(ctx, Missing, On(scope.Visit), Wording.Condition(scope.Visit.Encounter.Condition!)));
    }
}
