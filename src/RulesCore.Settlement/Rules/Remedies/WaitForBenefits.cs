using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary><c>WAIT_FOR_BENEFITS</c>: benefits resume after the waiting period; visits before then are self-paid.</summary>
internal sealed class WaitForBenefits : RemedyDefinition
{
    public override string Code => RemedyCodes.WaitForBenefits;

    /// <summary>Waiting helps the visits after benefits resume, never this one.</summary>
    public override RemedyRole Role(RemedyMoment moment) => RemedyRole.NextTime;

    public override LocalizedText After { get; } = new("待遇恢复前的费用需自付；恢复后再就医可正常结算。", "Costs before benefits resume are self-paid; visits after that settle normally.");

    public override LocalizedText? Before { get; } = new("待遇恢复日之后再就医可正常结算；恢复前就医的费用需自付。", "Visits from the day benefits resume settle normally; costs before that are self-paid.");

    public override LocalizedText? Impossible(UnfixableContext context) => NotBackdated(context);

    /// <summary>Why a visit during a lapse or a waiting period cannot settle, whatever is paid now.</summary>
    public static LocalizedText NotBackdated(UnfixableContext context) => new(
        $"断缴或待遇等待期内就医的费用不能报销，补缴也不能追溯到本次就医；现在补缴，一般还需等待至少 {UnfixableContext.WaitingMonthsAfterArrears} 个月（约 {context.ResumeDate} 起）的就医才能结算。",
        $"Costs of a visit during a lapse or waiting period are not reimbursed, and paying arrears cannot reach back to this visit; paid now, visits from about {context.ResumeDate} (at least {UnfixableContext.WaitingMonthsAfterArrears} months' wait) settle.");
}
