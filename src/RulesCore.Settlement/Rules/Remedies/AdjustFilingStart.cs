using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary><c>ADJUST_FILING_START</c>: have the filing start on the visit (admission) day or earlier (调整备案开始日期).</summary>
internal sealed class AdjustFilingStart : RemedyDefinition
{
    public override string Code => RemedyCodes.AdjustFilingStart;

    /// <summary>Offered only while moving the start still reaches this visit (before it, before discharge, within the window).</summary>
    public override RemedyRole Role(RemedyMoment moment) => RemedyRole.Fix;

    public override LocalizedText After { get; } = new("在国家医保服务平台APP或参保地经办机构把已办备案的开始日期调整到就诊日（住院为入院日）或更早。", "Have the insured region move the start of your filing to the visit day (for a stay, the admission day) or earlier, in the app or at its office.");

    public override PlanActor Who => PlanActor.InsuredRegionOffice;

    public override LocalizedText Where { get; } = new("参保地医保经办窗口，或国家医保服务平台APP › 备案记录", "the insured region's office, or the app's filing records (备案记录)");

    public override IEnumerable<PlanAction> Actions(PlanContext plan)
    {
        if (plan.Filing is { } filing)
        {
            var visit = plan.Visit;
            yield return plan.Action(this, "filing:" + filing.Id, plan.Gap?.Deadline is { } last && last != DateTime.MaxValue.Date ? last : null,
                x => PlanContext.Replace(x, filing.Id, f => f with { ValidFrom = visit.Date }));
        }
    }
}
