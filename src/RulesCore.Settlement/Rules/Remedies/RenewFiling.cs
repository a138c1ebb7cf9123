using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary><c>RENEW_FILING</c>: renew the filing that lapsed (续办备案).</summary>
internal sealed class RenewFiling : RemedyDefinition
{
    public override string Code => RemedyCodes.RenewFiling;

    public override LocalizedText After { get; } = new("在国家医保服务平台APP“备案记录”中查看有效期，续办备案。", "Check the validity in the national medical insurance app's filing records (备案记录) and renew the filing.");

    public override LocalizedText? Before { get; } = new("就医前在国家医保服务平台APP“备案记录”中查看有效期，续办备案。", "Before the visit, check the validity in the national medical insurance app's filing records (备案记录) and renew the filing.");

    public override LocalizedText Where => Places.AppFiling;

    public override IEnumerable<PlanAction> Actions(PlanContext plan)
    {
        if (plan.Filing is { } filing && plan.StillOpen)
        {
            var visit = plan.Visit;
            yield return plan.Action(this, "filing:" + filing.Id, visit.Until,
                x => PlanContext.Replace(x, filing.Id, f => f with { ValidFrom = visit.AsOf, ValidUntil = null, Status = FilingStatus.Active }));
        }
    }
}
