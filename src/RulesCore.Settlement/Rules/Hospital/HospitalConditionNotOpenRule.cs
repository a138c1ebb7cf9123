using RulesCore.Engine;

namespace RulesCore.Settlement.Rules;

/// <summary>A chronic visit settles directly only where the hospital has opened that condition.</summary>
internal sealed class HospitalConditionNotOpenRule : SettlementRule
{
    public const string Id = "hospital.condition-not-open";

    public override Cause Cause => Cause.Hospital;

    public override string Basis => "sources/002, sources/003: the hospital must have opened settlement for the patient's condition";

    protected override RuleDefinition Define() => Create(Id)
        .Describe("An out-of-region chronic visit at a networked hospital that has not opened the condition.")
        .Match<Visit>(v => !v.IsLocal && v.IsChronic)
        .Match<Hospital>((v, h) => h.CrossRegionServices.IsNetworked && !h.CrossRegionServices.ChronicConditions.Contains(v.Encounter.Condition!))
        .Then<Raised>((ctx, v, h) => ctx.Insert(Raise(
            FindingCodes.HospitalConditionNotOpen, Id, On(FactReferences.Of(h), v), FindingCatalog.Condition(v.Encounter.Condition!))));
}
