using NRules.Fluent.Dsl;

namespace RulesCore.Settlement.Rules;

/// <summary>Where the visit happens: in the insured pooling region (本地), elsewhere in the province (省内异地), or in another province (跨省异地).</summary>
[Name("filing.scope")]
[Description("Where the visit happens relative to the insured pooling region: the same pooling region, elsewhere in the insured province, or another province.")]
[Priority(RulePriorities.Placement)]
internal sealed class VisitScopeRule : SettlementRule
{
    public override Cause Cause => Cause.Filing;

    public override string Basis => "sources/002: intra-province and cross-province visits follow different filing and settlement rules; pooling regions and provinces by GB/T 2260";

    public override void Define()
    {
        Visit visit = null!;

        When()
            .Match(() => visit);

        Derive(ctx => new TreatmentScope(visit, ScopeOf(visit.InsuredPooling, visit.TreatmentPooling)));
    }

    private static VisitScope ScopeOf(RegionCode insured, RegionCode treatment) =>
        insured == treatment ? VisitScope.Local
        : insured.IsSameProvince(treatment) ? VisitScope.IntraProvince
        : VisitScope.CrossProvince;
}
