using NRules.Fluent.Dsl;
using RulesCore.Settlement.Policies;

namespace RulesCore.Settlement.Rules;

/// <summary>Provinces that waive filing for visits inside them (广西 2025, 江西 2023-04-01).</summary>
[Name("filing.exempt-intra-province")]
[Description("A visit elsewhere in the insured province needs no filing where that province waives it.")]
[Priority(RulePriorities.Entitlement)]
internal sealed class FilingExemptIntraProvinceRule : SettlementRule
{
    public static readonly FindingDefinition Exempt = new(FindingCodes.FilingExemptIntraProvince, Cause.Filing, Severity.Info, null,
        new("参保地{0}实行{1}异地就医免备案，本次就医无需备案。",
            "The insured province, {0}, waives filing for visits {1}; no filing is needed."));

    public override Cause Cause => Cause.Filing;

    public override string Basis => "sources/002: 广西区内异地就医免备案 (2025); cross-province visits still need a filing";

    public override void Define()
    {
        TreatmentScope scope = null!;

        When()
            .Match(() => scope,
                s => s.Scope == VisitScope.IntraProvince,
                s => s.Visit.InsuredPolicy.Get(PolicyParameters.IntraProvinceFilingExempt));

        Derive(ctx => new FilingExemption(scope.Visit.InsuredPolicy[PolicyParameters.IntraProvinceFilingExempt]));
        Raise(ctx => Found(ctx, Exempt, On(scope, FilingExemption.ReferenceName), new[] { scope.Visit.InsuredPolicy[PolicyParameters.IntraProvinceFilingExempt] },
            Wording.Region(scope.Visit.InsuredPooling.Province), RegionNames.Inside(scope.Visit.InsuredPooling)));
    }
}
