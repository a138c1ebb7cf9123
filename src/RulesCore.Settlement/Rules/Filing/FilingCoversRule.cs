using NRules.Fluent.Dsl;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>An active filing for the treatment pooling region whose validity overlaps the visit covers it, with the reduction its kind carries.</summary>
[Name("filing.covers")]
[Priority(RulePriorities.Entitlement)]
internal sealed class FilingCoversRule : SettlementRule
{
    public override Cause Cause => Cause.Filing;

    public override LocalizedText Description { get; } = new(
        "指向就医统筹区、在就诊日（住院为入院至出院期间任一天）有效的备案覆盖本次异地就医。",
        "An active filing for the treatment pooling region, valid on the visit day (a stay: on any day from admission to discharge), covers an out-of-region visit.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Faq2023, "先备案，选统筹区，在备案的统筹区内已开通直接结算的定点机构就医", "file first, choose the pooling region, and be treated at a networked hospital there"),
        (Sources.Article000, "就医地精确到市即可", "the destination need only be precise to the city"));

    public override void Define()
    {
        TreatmentScope scope = null!;
        FilingTiming timing = null!;

        When()
            .Match(() => scope, Check((TreatmentScope s) => !s.IsLocal, ConditionWords.NotOutOfRegion))
            .Match(() => timing, Check((FilingTiming t) => t.Kind == FilingTimingKind.Covers, ConditionWords.Said));

        Derive(ctx => Coverage(scope, timing.Filing));
    }

    /// <summary>
    /// The coverage with the reduction its kind of filing carries under the insured region's policy: the national caps
    /// across provinces, the province's own parameters inside it.
    /// </summary>
    private static FilingCoverage Coverage(TreatmentScope scope, Filing filing)
    {
        var cross = scope.Scope == VisitScope.CrossProvince;
        var reduction = filing.IsLongTerm ? PolicyParameters.RateReductionLongTermPoints
            : filing.Reason is FilingReason.Referral or FilingReason.Emergency
                ? (cross ? PolicyParameters.RateReductionReferralEmergencyPoints : PolicyParameters.IntraProvinceRateReductionReferralEmergencyPoints)
            : cross ? PolicyParameters.RateReductionOtherTemporaryPoints : PolicyParameters.IntraProvinceRateReductionOtherTemporaryPoints;
        var policy = scope.Visit.InsuredPolicy;
        return new FilingCoverage(filing, policy.Get(reduction), policy[reduction]);
    }
}
