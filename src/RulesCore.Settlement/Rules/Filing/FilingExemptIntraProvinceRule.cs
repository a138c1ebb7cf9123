using NRules.Fluent.Dsl;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>Provinces that waive filing for visits inside them (广西 2025, 江西 2023-04-01).</summary>
[Name("filing.exempt-intra-province")]
[Priority(RulePriorities.Entitlement)]
internal sealed class FilingExemptIntraProvinceRule : SettlementRule
{
    public static readonly FindingDefinition Exempt = new(FindingCodes.FilingExemptIntraProvince, new("省内免备案", "no filing needed in the province"), Cause.Filing, Severity.Info, null,
        new("参保地{0}实行{1}异地就医免备案，本次就医无需备案。",
            "The insured province, {0}, waives filing for visits {1}; no filing is needed."));

    public override Cause Cause => Cause.Filing;

    public override LocalizedText Description { get; } = new(
        "参保省份实行省内（区内）异地就医免备案时，在省内异地就医无需备案。",
        "A visit elsewhere in the insured province needs no filing where that province waives it.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Article2025Guangxi, "广西2025年区内异地就医免备案，跨省就医仍需备案", "no filing is needed inside Guangxi in 2025; cross-province visits still need one"));

    public override void Define()
    {
        TreatmentScope scope = null!;

        When()
            .Match(() => scope,
                Check((TreatmentScope s) => s.Scope == VisitScope.IntraProvince, new LocalizedText("本次是{scope}，不是省内异地就医", "this is {scope}, not a visit elsewhere in the insured province")),
                Check((TreatmentScope s) => s.Visit.InsuredPolicy.Get(PolicyParameters.IntraProvinceFilingExempt), new LocalizedText(
                    "参保省没有规定省内异地就医免备案", "the insured province does not waive filing for visits inside it")));

        Derive(ctx => new FilingExemption(scope.Visit.InsuredPolicy[PolicyParameters.IntraProvinceFilingExempt]));
        Raise(ctx => Found(ctx, Exempt, On(scope, FilingExemption.ReferenceName), new[] { scope.Visit.InsuredPolicy[PolicyParameters.IntraProvinceFilingExempt] },
            Wording.Region(scope.Visit.InsuredPooling.Province), RegionNames.Inside(scope.Visit.InsuredPooling)));
    }
}
