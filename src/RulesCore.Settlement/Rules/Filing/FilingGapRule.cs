using NRules.Fluent.Dsl;
using RulesCore.Settlement.Policies;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// An out-of-region visit with no covering filing, no exemption and no emergency basis has a filing gap, with the last
/// day a filing made now still helps; the filing problem rules explain it.
/// </summary>
[Name("filing.gap")]
[Description("An out-of-region visit that no filing, exemption or emergency rule covers.")]
[Priority(RulePriorities.Conclusion)]
internal sealed class FilingGapRule : SettlementRule
{
    public override Cause Cause => Cause.Filing;

    public override string Basis => "sources/002: cross-province visits always need a filing; sources/000: unfiled visits do not settle";

    public override void Define()
    {
        TreatmentScope scope = null!;

        When()
            .Match(() => scope, s => !s.IsLocal)
            .Not<FilingCoverage>()
            .Not<FilingExemption>()
            .Not<EmergencyDeemedFiled>();

        Derive(ctx => Gap(scope.Visit));
    }

    private static FilingGap Gap(Visit visit)
    {
        var beforeDischarge = StillAdmitted(visit);
        return new FilingGap(visit, Deadline(visit, beforeDischarge), beforeDischarge);
    }

    private static bool StillAdmitted(Visit v) =>
        v.IsStay
        && v.InsuredPolicy.Get(PolicyParameters.RetroactiveFilingBeforeDischarge)
        && (v.Encounter.DischargeDate is null || v.AsOf <= v.Encounter.DischargeDate.Value.Date);

    /// <summary>The last day filing now helps: the discharge (or open while discharge is unknown), else the insured region's window.</summary>
    private static DateTime? Deadline(Visit v, bool stillAdmitted)
    {
        if (stillAdmitted)
        {
            return v.Encounter.DischargeDate?.Date ?? DateTime.MaxValue.Date;
        }

        var months = v.InsuredPolicy.Get(PolicyParameters.RetroactiveFilingWindowMonths);
        if (months <= 0)
        {
            return null;
        }

        var end = (v.Encounter.DischargeDate ?? v.Encounter.Date).Date.AddMonths(months);
        return v.AsOf <= end ? end : null;
    }
}
