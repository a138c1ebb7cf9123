using NRules.Fluent.Dsl;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>Where the insured region settles both ways (大同 2025, <c>filing.two-way-basis</c>), each long-term filing elsewhere settles directly at home too.</summary>
[Name("filing.two-way-settlement")]
internal sealed class TwoWaySettlementRule : SettlementRule
{
    public static readonly FindingDefinition TwoWay = new(FindingCodes.TwoWaySettlement, new("双向结算", "two-way settlement"), Cause.Filing, Severity.Info, null,
        new("参保地支持长期异地居住人员双向结算，持备案 {0} 回参保地就医可直接结算。",
            "The insured region settles both ways for long-term filers: with filing {0}, treatment at home settles directly."));

    public override Cause Cause => Cause.Filing;

    public override LocalizedText Description { get; } = new(
        "参保地实行双向结算时，长期异地备案人员回参保地就医。",
        "A local visit by a long-term filer, where the insured region settles both ways.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Article2025Datong, "2025年大同长期异地居住人员可在备案地和参保地双向直接结算", "Datong 2025: long-term residents settle directly both where they filed and at home"));

    public override void Define()
    {
        TreatmentScope scope = null!;
        LongTermFilingElsewhere elsewhere = null!;

        When()
            .Match(() => scope, Check((TreatmentScope s) => s.IsLocal, ConditionWords.NotLocal))
            .Exists<TwoWaySettlement>()
            .Match(() => elsewhere);

        Raise(ctx => Found(ctx, TwoWay, On(elsewhere, scope), new[] { scope.Visit.InsuredPolicy[PolicyParameters.TwoWaySettlementForLongTermFilings] }, elsewhere.Filing.Id));
    }
}
