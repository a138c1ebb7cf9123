using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary><c>ASK_ABOUT_RETROACTIVE_FILING</c>: ask the insured region whether the visit can still be filed (咨询能否补办备案).</summary>
internal sealed class AskAboutRetroactiveFiling : RemedyDefinition
{
    public override string Code => RemedyCodes.AskAboutRetroactiveFiling;

    /// <summary>Asking whether this visit can still be filed is the step that may still change it.</summary>
    public override RemedyRole Role(RemedyMoment moment) => RemedyRole.Fix;

    public override LocalizedText After { get; } = new("拨打参保地医保服务热线12393或到参保地医保经办窗口，询问本次就医能否补办备案、期限和所需材料。", "Call the insured region's 12393 hotline or ask at its office whether this visit can still be filed retroactively, by when, and with what.");
}
