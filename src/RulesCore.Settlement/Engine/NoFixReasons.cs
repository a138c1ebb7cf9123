using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Rules;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// Why a finding that caps the outcome stays: the finding's own reason (it lies in the policy itself), else — a
/// filing problem while the insured region's window is unknown — that, else the first of its remedies that says why it
/// cannot be carried out now, else whether any of its remedies was tried at all. A decision asks it for a finding with no
/// fix (nothing tried); a plan for a finding none of its steps removed.
/// </summary>
internal static class NoFixReasons
{
    private static readonly LocalizedText AskTheWindow = new(
        "就医已经结束，参保地能否补办备案、期限多长还不知道：请拨打参保地 12393 询问；能补办的话，补办后可按规定结算。",
        "The visit is over and whether the insured region accepts a retroactive filing is not known: call its 12393 hotline; if it does, file and the visit settles under the rules.");

    private static readonly LocalizedText NoStep = new(
        "没有可以改变事实、让这一问题消失的步骤；请按该问题下的建议处理。", "No step can change the facts so that this goes away; follow the finding's own advice.");

    private static readonly LocalizedText NoneWorked = new(
        "已尝试的步骤都不能让这一问题消失（例如已过补办期限）；请按该问题下的建议处理。", "None of the steps tried makes this go away (e.g. the window to file has closed); follow the finding's own advice.");

    /// <summary>The reason, in both languages.</summary>
    public static LocalizedText Why(FindingDefinition? definition, Finding finding, UnfixableContext context)
    {
        if (definition?.Unfixable is { } own)
        {
            return own;
        }

        if (finding.Cause == Cause.Filing && context.After.Findings.Any(f => f.Code == FindingCodes.FilingRetroactiveAsk))
        {
            return AskTheWindow;
        }

        foreach (var remedy in finding.Remedies)
        {
            if (RemedyDefinitions.Of(remedy.Code).Impossible(context) is { } reason)
            {
                return reason;
            }
        }

        return finding.Remedies.Any(r => context.Tried.Any(a => a.Remedy == r.Code)) ? NoneWorked : NoStep;
    }
}
