using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary><c>PAY_ARREARS</c>: pay the contribution arrears (补缴); benefits resume after a waiting period.</summary>
internal sealed class PayArrears : RemedyDefinition
{
    public override string Code => RemedyCodes.PayArrears;

    /// <summary>Paying now helps this visit only before it and when the waiting period that follows ends by the visit day.</summary>
    public override RemedyRole Role(RemedyMoment moment) => moment.AskedBefore && moment.WaitEndsByVisit ? RemedyRole.Fix : RemedyRole.NextTime;

    public override LocalizedText After { get; } = new("补缴欠费可恢复参保；2025年起断缴后再参保，一般还有至少3个月的待遇等待期，断缴期间就医的费用仍需自付。", "Paying the arrears restores coverage; from 2025 a waiting period of at least three months usually follows a lapse, and visits during the lapse stay self-paid.");

    public override LocalizedText Where { get; } = new("参保地医保经办窗口或税务缴费渠道", "the insured region's office, or the tax bureau's payment channels");

    /// <summary>Paid now, the lapse becomes a waiting period from today (which fixes nothing for this visit unless it ends first).</summary>
    public override IEnumerable<PlanAction> Actions(PlanContext plan)
    {
        var resume = plan.Visit.AsOf.AddMonths(UnfixableContext.WaitingMonthsAfterArrears);
        yield return plan.Action(this, "person:contribution", null,
            x => x with { Person = x.Person with { Contribution = new Contribution { Status = ContributionStatus.WaitingPeriod, BenefitsResumeOn = resume } } });
    }

    public override LocalizedText? Impossible(UnfixableContext context) =>
        !context.Visit.AskedBefore ? WaitForBenefits.NotBackdated(context)
        : new($"补缴后一般还有至少 {UnfixableContext.WaitingMonthsAfterArrears} 个月的待遇等待期（约 {context.ResumeDate} 起），赶不上本次就医。", $"After paying arrears a waiting period of at least {UnfixableContext.WaitingMonthsAfterArrears} months usually follows (until about {context.ResumeDate}), too late for this visit.");
}
