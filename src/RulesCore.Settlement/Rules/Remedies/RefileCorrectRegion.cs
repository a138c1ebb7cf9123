using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary><c>REFILE_CORRECT_REGION</c>: cancel the filing and file again for the treatment city (取消后重新备案).</summary>
internal sealed class RefileCorrectRegion : RemedyDefinition
{
    public override string Code => RemedyCodes.RefileCorrectRegion;

    public override LocalizedText After { get; } = new("在APP上取消原备案，按就医地（精确到市）重新备案，多数地区当天审核通过。", "Cancel the filing in the app and file again for the treatment city; most regions approve the same day.");

    public override LocalizedText? Before { get; } = new("就医前在APP上取消原备案，按就医地（精确到市）重新备案，多数地区当天审核通过。", "Before the visit, cancel the filing in the app and file again for the treatment city; most regions approve the same day.");

    public override LocalizedText Where { get; } = new("国家医保服务平台APP › 备案记录：取消原备案，再按就医地重新备案", "national medical insurance app › filing records (备案记录): cancel, then file again for the treatment city");

    public override IEnumerable<PlanAction> Actions(PlanContext plan)
    {
        if (plan.Filing is { } filing && plan.StillOpen && ChangeableFrom(filing, plan) is { } day && day <= plan.Visit.Until)
        {
            var treatment = plan.TreatmentPooling;
            yield return plan.Action(this, "filing:" + filing.Id, plan.Visit.Until,
                x => PlanContext.Replace(x, filing.Id, f => f with { DestinationRegion = treatment, ValidFrom = day, ValidUntil = null, Status = FilingStatus.Active }));
        }
    }

    /// <summary>Offered with no action to try (the lock holds past the visit): the filing cannot be moved in time.</summary>
    public override LocalizedText? Impossible(UnfixableContext context) => context.Visit.AsOf <= context.Visit.Until && context.Tried.All(a => a.Remedy != Code)
        ? new("这份长期备案还在变更限制期内，在本次就医结束前不能改为就医地。", "This long-term filing is still within its change lock and cannot be moved to the treatment region before the visit ends.")
        : null;

    /// <summary>The first day a filing can be changed under the insured region's change lock on long-term filings (today when there is none).</summary>
    private static DateTime? ChangeableFrom(Filing filing, PlanContext plan)
    {
        var visit = plan.Visit;
        if (!filing.IsLongTerm)
        {
            return visit.AsOf;
        }

        var months = plan.Policies.Resolve(plan.Case.Person.InsuredRegion, visit.Date).Get(PolicyParameters.LongTermFilingChangeLockMonths);
        var changeable = months is int m ? filing.ValidFrom.Date.AddMonths(m) : visit.AsOf;
        return changeable > visit.AsOf ? changeable : visit.AsOf;
    }
}
