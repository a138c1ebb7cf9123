using NRules.Fluent.Dsl;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// After the visit, with no valid filing, where the insured region's window for retroactive filings is not known: many
/// regions accept one within six months, so neither promise nor deny it — tell the person to ask.
/// </summary>
[Name("filing.retroactive-ask")]
internal sealed class FilingRetroactiveAskRule : SettlementRule
{
    public static readonly FindingDefinition Ask = new(FindingCodes.FilingRetroactiveAsk, new("能否补办备案需问参保地", "ask whether a retroactive filing is possible"), Cause.Filing, Severity.Warning, null,
        new("就医后能否补办备案、期限多长，由参保地{0}规定，此处未收录其规定：很多地区允许在就医（住院为出院）后6个月内补办，补办后可按规定报销，请向参保地确认。",
            "Whether this visit can still be filed retroactively, and until when, is for the insured region, {0}, to decide, and its rule is not recorded here: many regions accept a filing within six months after the visit (a stay: after discharge), after which it is reimbursed under the rules; ask the insured region."),
        RemedyCodes.AskAboutRetroactiveFiling);

    public override Cause Cause => Cause.Filing;

    public override LocalizedText Description { get; } = new(
        "就医之后没有有效备案，且参保地补办备案的期限未知：提醒向参保地询问能否补办。",
        "After the visit, with no valid filing, where the insured region's window for retroactive filings is unknown: ask the insured region.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Article000, "很多地区允许补办6个月内的备案，补办后依然能按规定报销；期限由各地规定", "many regions accept retroactive filings within six months, after which the visit is reimbursed under the rules; each region sets its window"));

    public override void Define()
    {
        FilingGap gap = null!;

        // Also when the only filing starts after the visit: moving its start back is as much the insured region's to allow
        // as filing anew, so the same question is asked.
        When()
            .Match(() => gap, Check((FilingGap g) => g.WindowUnknown, new LocalizedText(
                "不需要询问：就医尚未结束，或参保地的补办备案期限已知（截止 {deadline}）",
                "nothing to ask: the visit is not over, or the insured region's retroactive window is known (until {deadline})")));

        Raise(ctx => Found(ctx, Ask, On(gap.Visit), new[] { gap.Visit.InsuredPolicy[PolicyParameters.RetroactiveFilingWindowMonths] }, Wording.Region(gap.Visit.InsuredPooling)));
    }
}
