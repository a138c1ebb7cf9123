using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary><c>FILE_RETROACTIVELY</c>: file now, retroactively, while it still lets the visit settle (补办备案).</summary>
internal sealed class FileRetroactively : RemedyDefinition
{
    public override string Code => RemedyCodes.FileRetroactively;

    /// <summary>Offered only while a retroactive filing still reaches this visit.</summary>
    public override RemedyRole Role(RemedyMoment moment) => RemedyRole.Fix;

    public override LocalizedText After { get; } = new("立即补办异地就医备案，补办后可按规定结算。", "File now, retroactively; the visit then settles under the rules.");

    public override LocalizedText Where { get; } = new("国家医保服务平台APP › 异地备案（补办），或参保地医保经办窗口", "national medical insurance app › cross-region filing (异地备案) › retroactive (补办), or the insured region's office");

    public override IEnumerable<PlanAction> Actions(PlanContext plan)
    {
        if (plan.Gap is { Deadline: { } deadline })
        {
            yield return plan.FileAnew(this, deadline == DateTime.MaxValue.Date ? null : deadline, plan.Visit.Date, plan.Gap.BeforeDischarge ? FilingGap.FileBeforeDischarge : null);
        }
    }
}
