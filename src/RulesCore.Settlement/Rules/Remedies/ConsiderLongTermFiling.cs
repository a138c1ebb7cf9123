using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary><c>CONSIDER_LONG_TERM_FILING</c>: living or working there long-term, a long-term filing carries no reduction.</summary>
internal sealed class ConsiderLongTermFiling : RemedyDefinition
{
    public override string Code => RemedyCodes.ConsiderLongTermFiling;

    /// <summary>A long-term filing changes this visit's ratio only when made before it.</summary>
    public override RemedyRole Role(RemedyMoment moment) => moment.AskedBefore ? RemedyRole.Fix : RemedyRole.NextTime;

    public override LocalizedText After { get; } = new("如长期在当地居住或工作，可办理长期异地备案（无比例降低）。", "If you live or work there long-term, a long-term filing carries no reduction.");

    public override LocalizedText? Impossible(UnfixableContext context) => new(
        $"临时外出就医按规定降低报销比例（{context.After.RateReductionPoints} 个百分点），备案不能改变。", $"A temporary visitor's ratio is reduced by policy ({context.After.RateReductionPoints} points); no filing step changes that.");
}
