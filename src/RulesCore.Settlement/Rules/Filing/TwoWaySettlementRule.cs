using RulesCore.Engine;
using RulesCore.Settlement.Policies;

namespace RulesCore.Settlement.Rules;

/// <summary>Where the insured region settles both ways (大同 2025), long-term filers settle directly at home too.</summary>
internal sealed class TwoWaySettlementRule : SettlementRule
{
    public const string Id = "filing.two-way-settlement";

    public override Cause Cause => Cause.Filing;

    public override string Basis => "sources/003: 大同 2025 — long-term residents settle in both the filed and the insured region";

    protected override RuleDefinition Define() => Create(Id)
        .Describe("A local visit by a long-term filer, where the insured region settles both ways.")
        .Match<Visit>(v => v.IsLocal && v.InsuredPolicy.Get(PolicyParameters.TwoWaySettlementForLongTermFilings))
        .Match<Filing>((v, f) => HomeSettlementNeedsMaterialsRule.IsLongTermFilingElsewhere(v, f))
        .Then<TwoWaySettlement, Raised>((ctx, v, f) =>
        {
            var twoWay = new TwoWaySettlement(f);
            ctx.Insert(twoWay);
            ctx.Insert(Raise(FindingCodes.TwoWaySettlement, Id, On(twoWay, v), new[] { v.InsuredPolicy[PolicyParameters.TwoWaySettlementForLongTermFilings] }, f.Id));
        });
}
