using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary><c>CHANGE_DESIGNATED_HOSPITAL</c>: designate this hospital for the condition, or go to one already designated (变更门慢特病定点医疗机构).</summary>
internal sealed class ChangeDesignatedHospital : RemedyDefinition
{
    public override string Code => RemedyCodes.ChangeDesignatedHospital;

    /// <summary>Another designated hospital helps this visit only before it.</summary>
    public override RemedyRole Role(RemedyMoment moment) => moment.AskedBefore ? RemedyRole.Fix : RemedyRole.NextTime;

    public override LocalizedText After { get; } = new("在国家医保服务平台APP或参保地经办机构变更该病种的门诊慢特病定点医疗机构，或到已选定的医院就医。", "Change your designated hospital for this condition in the app or at the insured region's office, or go to a hospital you selected.");

    public override LocalizedText? Before { get; } = new("就医前在国家医保服务平台APP或参保地经办机构变更该病种的门诊慢特病定点医疗机构，或改到已选定的医院就医。", "Before the visit, change your designated hospital for this condition in the app or at the insured region's office, or go to a hospital you selected instead.");

    public override LocalizedText Where { get; } = new("国家医保服务平台APP › 门诊慢特病定点医疗机构变更，或参保地医保经办窗口", "national medical insurance app › change of designated hospital for chronic care, or the insured region's office");

    public override IEnumerable<PlanAction> Actions(PlanContext plan)
    {
        if (plan.AskedBefore)
        {
            yield return plan.Action(this, "qualification:designated", plan.Visit.Date,
                x => x with
                {
                    Qualifications = x.Qualifications.Select(q => q.Condition == x.Encounter.Condition && q.DesignatedHospitals is { } d && !d.Contains(x.Hospital.Id)
                        ? q with { DesignatedHospitals = d.Append(x.Hospital.Id).ToArray() } : q).ToArray(),
                });
        }
    }

    public override LocalizedText? Impossible(UnfixableContext context) => context.Visit.AskedBefore ? null : ChooseNetworkedHospital.VisitOver;
}
