using NRules.Fluent.Dsl;
using NRules.RuleModel;
using RulesCore.Settlement.Policies;

namespace RulesCore.Settlement.Rules;

/// <summary>Filing now still helps: before discharge, or within the insured region's retroactive window.</summary>
[Name("filing.retroactive-available")]
[Description("A filing gap that a retroactive filing can still close, judged on the as-of date.")]
internal sealed class FilingRetroactiveRule : SettlementRule
{
    public static readonly FindingDefinition Available = new(FindingCodes.FilingRetroactiveAvailable, Cause.Filing, Severity.Info, null,
        new("现在补办备案仍可按规定直接结算（{0}）。", "Filing now, retroactively, still lets the visit settle ({0})."),
        RemedyCodes.FileRetroactively);

    public override Cause Cause => Cause.Filing;

    public override string Basis => "sources/000: 出院前补办; many regions accept retroactive filings within six months; 医保发〔2022〕22号";

    public override void Define()
    {
        FilingGap gap = null!;

        When()
            .Match(() => gap, g => Deadline(g.Visit) != null);

        Raise(ctx => Retroactive(ctx, gap.Visit));
    }

    private static Raised Retroactive(IContext ctx, Visit v)
    {
        var beforeDischarge = StillAdmitted(v);
        var text = beforeDischarge
            ? new Localized("出院前补办", "file before discharge")
            : new Localized("截至 " + Wording.Date(Deadline(v)!.Value), "until " + Wording.Date(Deadline(v)!.Value));
        var basis = beforeDischarge ? v.InsuredPolicy[PolicyParameters.RetroactiveFilingBeforeDischarge] : v.InsuredPolicy[PolicyParameters.RetroactiveFilingWindowMonths];
        return Found(ctx, Available, On(v), new[] { basis }, text);
    }

    private static bool StillAdmitted(Visit v) =>
        v.Encounter.Setting == CareSetting.Inpatient
        && v.InsuredPolicy.Get(PolicyParameters.RetroactiveFilingBeforeDischarge)
        && (v.Encounter.DischargeDate is null || v.AsOf <= v.Encounter.DischargeDate.Value.Date);

    /// <summary>The last day a retroactive filing helps, <see cref="DateTime.MaxValue"/> while still admitted, or null if too late.</summary>
    private static DateTime? Deadline(Visit v)
    {
        if (StillAdmitted(v))
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
