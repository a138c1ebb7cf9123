using NRules.Fluent.Dsl;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>Where the visit happens: in the insured pooling region (本地), elsewhere in the province (省内异地), or in another province (跨省异地).</summary>
[Name("filing.scope")]
[Priority(RulePriorities.Placement)]
internal sealed class VisitScopeRule : SettlementRule
{
    public override Cause Cause => Cause.Filing;

    public override LocalizedText Description { get; } = new(
        "判断本次就医与参保统筹区的关系：同一统筹区、省内异地或跨省。",
        "Where the visit happens relative to the insured pooling region: the same pooling region, elsewhere in the insured province, or another province.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Article2025Guangxi, "省内异地和跨省就医的备案、结算规定不同", "intra-province and cross-province visits follow different filing and settlement rules"),
        (Sources.DivisionCodes, "省份按行政区划代码，统筹区按统筹区表（政策参数 poolingLevel）", "provinces by division code, pooling regions by the pooling-region table (policy parameter poolingLevel)"));

    public override void Define()
    {
        Visit visit = null!;

        When()
            .Match(() => visit);

        Derive(ctx => new TreatmentScope(visit, ScopeOf(visit.InsuredPooling, visit.TreatmentPooling)));
    }

    /// <summary>Where a visit happens relative to the insured pooling region (the evaluator picks the situation's rule set by it too).</summary>
    internal static VisitScope ScopeOf(RegionCode insured, RegionCode treatment) =>
        insured == treatment ? VisitScope.Local
        : insured.IsSameProvince(treatment) ? VisitScope.IntraProvince
        : VisitScope.CrossProvince;
}
