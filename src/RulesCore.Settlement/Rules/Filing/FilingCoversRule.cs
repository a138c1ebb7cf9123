using NRules.Fluent.Dsl;
using RulesCore.Settlement.Policies;

namespace RulesCore.Settlement.Rules;

/// <summary>An active filing that names the treatment pooling region and is valid on the visit date covers the visit.</summary>
[Name("filing.covers")]
[Description("An active filing for the treatment pooling region, valid on the visit date, covers an out-of-region visit.")]
[Priority(RulePriorities.Entitlement)]
internal sealed class FilingCoversRule : SettlementRule
{
    public override Cause Cause => Cause.Filing;

    public override string Basis => "sources/001: file first, choose the destination pooling region; sources/000: the destination need only be precise to the city";

    public override void Define()
    {
        TreatmentScope scope = null!;
        Filing filing = null!;

        When()
            .Match(() => scope, s => !s.IsLocal)
            .Match(() => filing,
                f => f.Status == FilingStatus.Active,
                f => scope.Visit.IsForTreatmentRegion(f),
                f => scope.Visit.ValidityOf(f).Contains(scope.Visit.Date));

        Derive(ctx => Coverage(scope.Visit, filing));
    }

    /// <summary>The coverage with the reduction its kind of filing carries under the insured region's policy.</summary>
    private static FilingCoverage Coverage(Visit visit, Filing filing)
    {
        var reduction = filing.IsLongTerm ? PolicyParameters.RateReductionLongTermPoints
            : filing.Reason is FilingReason.Referral or FilingReason.Emergency ? PolicyParameters.RateReductionReferralEmergencyPoints
            : PolicyParameters.RateReductionOtherTemporaryPoints;
        return new FilingCoverage(filing, visit.InsuredPolicy.Get(reduction), visit.InsuredPolicy[reduction]);
    }
}
