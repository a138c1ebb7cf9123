using RulesCore.Engine;
using RulesCore.Settlement.Policies;

namespace RulesCore.Settlement.Rules;

/// <summary>Cross-province chronic settlement covers only the national list in force on the visit date.</summary>
internal sealed class ConditionNotCrossProvinceRule : SettlementRule
{
    public const string Id = "coverage.condition-not-cross-province";

    public override Cause Cause => Cause.Coverage;

    public override string Basis => "sources/001: five conditions since 2023, others are paid in full and claimed at home; sources/000: ten by 2025";

    protected override RuleDefinition Define() => Create(Id)
        .Describe("A cross-province chronic visit for a condition outside the cross-province list in force.")
        .Match<Visit>(v => v.Scope == VisitScope.CrossProvince && v.IsChronic
            && !v.TreatmentPolicy.Get(PolicyParameters.CrossProvinceChronicConditions).Contains(v.Encounter.Condition!))
        .Then<Raised>((ctx, v) => ctx.Insert(Raise(
            FindingCodes.ConditionNotCrossProvince, Id, On(v), new[] { v.TreatmentPolicy[PolicyParameters.CrossProvinceChronicConditions] },
            FindingCatalog.Condition(v.Encounter.Condition!))));
}
