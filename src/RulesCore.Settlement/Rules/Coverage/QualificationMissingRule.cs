using NRules.Fluent.Dsl;

namespace RulesCore.Settlement.Rules;

/// <summary>A chronic visit needs a qualification for the condition, valid on the visit date (the rheumatoid-arthritis patient).</summary>
[Name("coverage.qualification-missing")]
[Description("A chronic outpatient visit with no qualification for its condition valid on the visit date.")]
internal sealed class QualificationMissingRule : SettlementRule
{
    public static readonly FindingDefinition Missing = new(FindingCodes.QualificationMissing, Cause.Coverage, Severity.Blocking, Outcome.NotReimbursable,
        new("就诊日没有有效的“{0}”门诊慢特病资格认定，医院查不到待遇资格。",
            "There is no chronic-condition qualification for {0} valid on the visit date, so no benefit entitlement is found."),
        RemedyCodes.ObtainQualification);

    public override Cause Cause => Cause.Coverage;

    public override string Basis => "sources/000: without the insured region's qualification the hospital finds no entitlement; sources/001";

    public override void Define()
    {
        Visit visit = null!;

        When()
            .Match(() => visit, v => v.IsChronic)
            .Not<Qualification>(q => visit.IsQualifiedBy(q));

        Raise(ctx => Found(ctx, Missing, On(visit), Wording.Condition(visit.Encounter.Condition!)));
    }
}
