using NRules.Fluent.Dsl;
using RulesCore.Settlement.Policies;

namespace RulesCore.Settlement.Rules;

/// <summary>An active filing for the treatment pooling region whose validity overlaps the visit covers it, with the reduction its kind carries.</summary>
[Name("filing.covers")]
[Description("An active filing for the treatment pooling region, valid on the visit day (a stay: on any day from admission to discharge), covers an out-of-region visit.")]
[Priority(RulePriorities.Entitlement)]
internal sealed class FilingCoversRule : SettlementRule
{
    public override Cause Cause => Cause.Filing;

    public override string Basis => "sources/001: file first, choose the destination pooling region; sources/000: the destination need only be precise to the city";

    public override void Define()
    {
        TreatmentScope scope = null!;
        FilingTiming timing = null!;

        When()
            .Match(() => scope, s => !s.IsLocal)
            .Match(() => timing, t => t.Kind == FilingTimingKind.Covers);

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
