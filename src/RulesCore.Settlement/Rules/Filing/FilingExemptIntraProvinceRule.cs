using RulesCore.Engine;
using RulesCore.Settlement.Policies;

namespace RulesCore.Settlement.Rules;

/// <summary>Provinces that waive filing for visits inside them (广西 2025, 江西 2023-04-01).</summary>
internal sealed class FilingExemptIntraProvinceRule : SettlementRule
{
    public const string Id = "filing.exempt-intra-province";

    public override Cause Cause => Cause.Filing;

    public override string Basis => "sources/002: 广西区内异地就医免备案 (2025); cross-province visits still need a filing";

    protected override RuleDefinition Define() => Create(Id)
        .Describe("A visit elsewhere in the insured province needs no filing where that province waives it.")
        .Match<Visit>(v => v.Scope == VisitScope.IntraProvince && v.InsuredPolicy.Get(PolicyParameters.IntraProvinceFilingExempt))
        .Then<FilingExemption, Raised>((ctx, v) =>
        {
            var basis = v.InsuredPolicy[PolicyParameters.IntraProvinceFilingExempt];
            var exemption = new FilingExemption(basis);
            ctx.Insert(exemption);
            ctx.Insert(Raise(FindingCodes.FilingExemptIntraProvince, Id, On(v, exemption), new[] { basis }, v.InsuredPooling.Province.ToString()));
        });
}
