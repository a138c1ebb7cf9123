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

        // Holding a filing that only starts too late, the advice is to adjust it (filing.not-yet-valid), not to file.
        When()
            .Match(() => gap, g => g.Deadline != null)
            .Not<FilingTiming>(t => t.Kind == FilingTimingKind.StartsAfter);

        Raise(ctx => Retroactive(ctx, gap));
    }

    private static Raised Retroactive(IContext ctx, FilingGap gap)
    {
        var v = gap.Visit;
        var text = gap.BeforeDischarge
            ? new Localized("出院前补办", "file before discharge")
            : new Localized("截至 " + Wording.Date(gap.Deadline!.Value), "until " + Wording.Date(gap.Deadline!.Value));
        var basis = gap.BeforeDischarge ? v.InsuredPolicy[PolicyParameters.RetroactiveFilingBeforeDischarge] : v.InsuredPolicy[PolicyParameters.RetroactiveFilingWindowMonths];
        return Found(ctx, Available, On(v), new[] { basis }, text);
    }
}
