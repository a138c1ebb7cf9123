using NRules.Fluent.Dsl;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>Back home while filed elsewhere by commitment only: no direct settlement until materials are supplemented.</summary>
[Name("filing.home-needs-materials")]
internal sealed class HomeSettlementNeedsMaterialsRule : SettlementRule
{
    public static readonly FindingDefinition NeedsMaterials = new(FindingCodes.HomeSettlementNeedsMaterials, new("回参保地就医需补齐备案材料", "filing materials missing for treatment at home"), Cause.Filing, Severity.Blocking, Outcome.PayThenClaim,
        new("持有以个人承诺方式办理、尚未补齐材料的长期异地备案 {0}，回参保地就医不能直接结算。",
            "Long-term filing {0} was made by commitment without materials, so treatment back in the insured region does not settle directly."),
        RemedyCodes.SupplementFilingMaterials, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion);

    public override Cause Cause => Cause.Filing;

    public override LocalizedText Description { get; } = new(
        "持以个人承诺方式办理、尚未补齐材料的长期异地备案回参保地就医，且参保地未实行双向结算。",
        "A local visit while holding a long-term filing elsewhere made by commitment only, unless the region settles both ways.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Faq2023, "以承诺方式备案的，补齐材料后回参保地就医才能继续直接结算", "filed by commitment, settlement at home continues once the materials are supplemented"));

    public override void Define()
    {
        TreatmentScope scope = null!;
        LongTermFilingElsewhere elsewhere = null!;

        When()
            // Two-way settlement is one fact for the visit (filing.two-way-basis), asked before any filing: the work grows
            // with the filings, where a Not joined on each filing weighed every filing against every other (a million
            // conditions for 1,000 filings; NRules 1.0.4 has no hash joins).
            .Match(() => scope, Check((TreatmentScope s) => s.IsLocal, ConditionWords.NotLocal))
            .Not<TwoWaySettlement>()
            .Match(() => elsewhere, Check((LongTermFilingElsewhere e) => e.Filing.Basis == FilingBasis.Commitment, new LocalizedText(
                "备案 {filing} 不是仅凭承诺办理（{basis}）", "filing {filing} was not made by commitment alone ({basis})")));

        Raise(ctx => Found(ctx, NeedsMaterials, On(elsewhere, scope), elsewhere.Filing.Id));
    }
}
