using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary><c>FILE_BEFORE_VISIT</c>: file before the visit (就医前备案); after it, before the next one.</summary>
internal sealed class FileBeforeVisit : RemedyDefinition
{
    public override string Code => RemedyCodes.FileBeforeVisit;

    /// <summary>Filing first fixes the visit only before it; after it, it is for the next one.</summary>
    public override RemedyRole Role(RemedyMoment moment) => moment.AskedBefore ? RemedyRole.Fix : RemedyRole.NextTime;

    public override LocalizedText After { get; } = new("今后到外地就医，先通过国家医保服务平台APP或参保地经办窗口办理异地就医备案再去。", "For future visits elsewhere, file first, in the national medical insurance app or at the insured region's office.");

    public override LocalizedText? Before { get; } = new("就医前通过国家医保服务平台APP或参保地经办窗口办理异地就医备案。", "File before the visit, in the national medical insurance app or at the insured region's office.");

    public override LocalizedText Where => Places.AppFiling;

    public override IEnumerable<PlanAction> Actions(PlanContext plan)
    {
        if (plan.AskedBefore)
        {
            yield return plan.FileAnew(this, plan.Visit.Date, plan.Visit.AsOf);
        }
    }
}
