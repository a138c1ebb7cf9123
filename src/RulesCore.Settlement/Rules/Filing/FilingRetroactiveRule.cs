using NRules.Fluent.Dsl;
using NRules.RuleModel;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>Filing now still helps: before discharge, or within the insured region's retroactive window.</summary>
[Name("filing.retroactive-available")]
internal sealed class FilingRetroactiveRule : SettlementRule
{
    public static readonly FindingDefinition Available = new(FindingCodes.FilingRetroactiveAvailable, new("现在办理备案仍来得及", "filing now is still in time"), Cause.Filing, Severity.Info, null,
        new("现在补办备案仍可按规定直接结算（{0}）。", "Filing now, retroactively, still lets the visit settle ({0})."),
        RemedyCodes.FileRetroactively);

    /// <summary>Asked before the visit, nothing is retroactive yet: file before going.</summary>
    private static readonly LocalizedText BeforeVisit = new("就医前办理备案，本次就医即可按规定直接结算。", "File before the visit and it settles under the rules.");

    private static readonly LocalizedText BeforeStay = new("入院前办理备案，本次住院即可按规定直接结算（最迟可在出院前办理）。", "File before admission and the stay settles under the rules (before discharge at the latest).");

    private static readonly string[] FileFirst = { RemedyCodes.FileBeforeVisit };

    public override Cause Cause => Cause.Filing;

    public override LocalizedText Description { get; } = new(
        "存在备案缺口，但按查询日判断，现在办理备案仍能让本次就医结算。",
        "A filing gap that a retroactive filing can still close, judged on the as-of date.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Article000, "出院前补办；很多地区允许补办6个月内的备案", "file before discharge; many regions accept retroactive filings within six months"),
        (Sources.Notice2022, "出院结算前补办备案的，可直接结算", "a filing made before discharge lets the stay settle directly"));

    public override void Define()
    {
        FilingGap gap = null!;

        // Holding a filing that only starts too late, the advice is to adjust it (filing.not-yet-valid), not to file.
        When()
            .Match(() => gap, Check((FilingGap g) => g.Deadline != null, new LocalizedText(
                "补办备案已来不及，或参保地的补办期限未知",
                "it is too late to file retroactively, or the insured region's window is not known")))
            .Not<FilingTiming>(Check((FilingTiming t) => t.Kind == FilingTimingKind.StartsAfter, ConditionWords.Said));

        Raise(ctx => FileNow(ctx, gap));
    }

    /// <summary>Until when filing now helps; asked before the visit, to file before going.</summary>
    private static Raised FileNow(IContext context, FilingGap gap)
    {
        var v = gap.Visit;
        var before = v.AsOf < v.Date;
        var text = gap.BeforeDischarge
            ? new LocalizedText("出院前补办", "file before discharge")
            : new LocalizedText("截至 " + Wording.Date(gap.Deadline!.Value), "until " + Wording.Date(gap.Deadline!.Value));
        var basis = gap.BeforeDischarge ? v.InsuredPolicy[PolicyParameters.RetroactiveFilingBeforeDischarge] : v.InsuredPolicy[PolicyParameters.RetroactiveFilingWindowMonths];
        var raised = Found(context, Available, On(v), new[] { basis }, text);
        return before ? raised with { Message = v.IsStay ? BeforeStay : BeforeVisit, Remedies = FileFirst } : raised;
    }
}
