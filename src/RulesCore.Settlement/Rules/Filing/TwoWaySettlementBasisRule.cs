using NRules.Fluent.Dsl;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// Where the insured region settles both ways (大同 2025), a long-term filer back home settles directly: one fact for the
/// visit, whatever the number of filings, that <c>filing.two-way-settlement</c> and <c>filing.home-needs-materials</c>
/// read.
/// </summary>
[Name("filing.two-way-basis")]
[Priority(RulePriorities.Fallback)]
internal sealed class TwoWaySettlementBasisRule : SettlementRule
{
    public override Cause Cause => Cause.Filing;

    public override LocalizedText Description { get; } = new(
        "参保地对长期异地备案人员实行双向结算，持有外地长期备案的参保人回参保地就医。",
        "The insured region settles both ways for long-term filers, and a person holding a long-term filing elsewhere is treated at home.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Article2025Datong, "2025年大同长期异地居住人员可在备案地和参保地双向直接结算", "Datong 2025: long-term residents settle directly both where they filed and at home"));

    public override void Define()
    {
        TreatmentScope scope = null!;

        When()
            .Match(() => scope,
                Check((TreatmentScope s) => s.IsLocal, ConditionWords.NotLocal),
                Check((TreatmentScope s) => s.Visit.InsuredPolicy.Get(PolicyParameters.TwoWaySettlementForLongTermFilings), new LocalizedText(
                    "参保地{insured}对长期异地备案人员回参保地就医不实行双向结算", "the insured region {insured} has no two-way settlement for long-term filings")))
            .Exists<LongTermFilingElsewhere>();

        Derive(ctx => new TwoWaySettlement(scope.Visit.InsuredPolicy[PolicyParameters.TwoWaySettlementForLongTermFilings]));
    }
}
