using NRules.Fluent.Dsl;
using RulesCore.Settlement.Policies;

namespace RulesCore.Settlement.Rules;

/// <summary>Where the insured region settles both ways (大同 2025), long-term filers settle directly at home too.</summary>
[Name("filing.two-way-settlement")]
[Description("A local visit by a long-term filer, where the insured region settles both ways.")]
[Priority(RulePriorities.Fallback)]
internal sealed class TwoWaySettlementRule : SettlementRule
{
    public static readonly FindingDefinition TwoWay = new(FindingCodes.TwoWaySettlement, Cause.Filing, Severity.Info, null,
        new("参保地支持长期异地居住人员双向结算，持备案 {0} 回参保地就医可直接结算。",
            "The insured region settles both ways for long-term filers: with filing {0}, treatment at home settles directly."));

    public override Cause Cause => Cause.Filing;

    public override string Basis => "sources/003: 大同 2025 — long-term residents settle in both the filed and the insured region";

    public override void Define()
    {
        TreatmentScope scope = null!;
        LongTermFilingElsewhere elsewhere = null!;

        When()
            .Match(() => scope, s => s.IsLocal, s => s.Visit.InsuredPolicy.Get(PolicyParameters.TwoWaySettlementForLongTermFilings))
            .Match(() => elsewhere);

        Derive(ctx => new TwoWaySettlement(elsewhere.Filing));
        Raise(ctx => Found(ctx, TwoWay, On(elsewhere, scope), new[] { scope.Visit.InsuredPolicy[PolicyParameters.TwoWaySettlementForLongTermFilings] },
            elsewhere.Filing.Id));
    }
}
