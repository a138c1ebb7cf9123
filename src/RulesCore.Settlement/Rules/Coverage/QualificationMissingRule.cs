using RulesCore.Engine;

namespace RulesCore.Settlement.Rules;

/// <summary>A chronic visit needs a qualification for the condition, valid on the visit date (the rheumatoid-arthritis patient).</summary>
internal sealed class QualificationMissingRule : SettlementRule
{
    public const string Id = "coverage.qualification-missing";

    public override Cause Cause => Cause.Coverage;

    public override string Basis => "sources/000: without the insured region's qualification the hospital finds no entitlement; sources/001";

    protected override RuleDefinition Define() => Create(Id)
        .Describe("A chronic outpatient visit with no qualification for its condition valid on the visit date.")
        .Match<Visit>(v => v.IsChronic)
        .Not<Qualification>((v, q) => q.Condition == v.Encounter.Condition && new DateRange(q.ValidFrom, q.ValidUntil).Contains(v.Date))
        .Then<Raised>((ctx, v) => ctx.Insert(Raise(FindingCodes.QualificationMissing, Id, On(v), FindingCatalog.Condition(v.Encounter.Condition!))));
}
