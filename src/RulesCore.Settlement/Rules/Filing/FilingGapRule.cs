using NRules.Fluent.Dsl;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// An out-of-region visit with no covering filing, no exemption and no emergency basis has a filing gap, with the last
/// day a filing made now still helps; the filing problem rules explain it.
/// </summary>
[Name("filing.gap")]
[Priority(RulePriorities.Conclusion)]
internal sealed class FilingGapRule : SettlementRule
{
    public override Cause Cause => Cause.Filing;

    public override LocalizedText Description { get; } = new(
        "参保地以外的就医，没有备案、免备案政策或急诊规定覆盖。",
        "An out-of-region visit that no filing, exemption or emergency rule covers.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Article2025Guangxi, "跨省异地就医必须备案", "cross-province visits need a filing"),
        (Sources.Article000, "未备案不能直接结算", "unfiled visits do not settle directly"));

    public override void Define()
    {
        TreatmentScope scope = null!;

        When()
            .Match(() => scope, Check((TreatmentScope s) => !s.IsLocal, ConditionWords.NotOutOfRegion))
            .Not<IFilingBasis>()
            .Not<FilingExemption>();

        Derive(ctx => Gap(scope.Visit));
    }

    private static FilingGap Gap(Visit visit)
    {
        var beforeDischarge = StillAdmitted(visit);
        var unknown = !beforeDischarge && visit.AsOf >= visit.Until && visit.InsuredPolicy.Get(PolicyParameters.RetroactiveFilingWindowMonths) is null;
        return new FilingGap(visit, Deadline(visit, beforeDischarge), beforeDischarge, unknown);
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

        var months = v.InsuredPolicy.Get(PolicyParameters.RetroactiveFilingWindowMonths) ?? 0;
        if (months <= 0)
        {
            return null;
        }

        var end = (v.Encounter.DischargeDate ?? v.Encounter.Date).Date.AddMonths(months);
        return v.AsOf <= end ? end : null;
    }
}
