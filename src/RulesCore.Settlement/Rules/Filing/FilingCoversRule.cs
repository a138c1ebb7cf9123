using RulesCore.Engine;
using RulesCore.Settlement.Policies;

namespace RulesCore.Settlement.Rules;

/// <summary>An active filing that names the treatment pooling region and is valid on the visit date covers the visit.</summary>
internal sealed class FilingCoversRule : SettlementRule
{
    public const string Id = "filing.covers";

    public override Cause Cause => Cause.Filing;

    public override string Basis => "sources/001: file first, choose the destination pooling region; sources/000: the destination need only be precise to the city";

    protected override RuleDefinition Define() => Create(Id)
        .Describe("An active filing for the treatment pooling region, valid on the visit date, covers an out-of-region visit.")
        .Match<Visit>(v => !v.IsLocal)
        .Match<Filing>((v, f) => f.Status == FilingStatus.Active && v.IsForTreatmentRegion(f) && v.ValidityOf(f).Contains(v.Date))
        .Then<FilingCoverage>((ctx, v, f) =>
        {
            var reduction = f.IsLongTerm ? PolicyParameters.RateReductionLongTermPoints
                : f.Reason is FilingReason.Referral or FilingReason.Emergency ? PolicyParameters.RateReductionReferralEmergencyPoints
                : PolicyParameters.RateReductionOtherTemporaryPoints;
            ctx.Insert(new FilingCoverage(f, v.InsuredPolicy.Get(reduction), v.InsuredPolicy[reduction]));
        });
}
