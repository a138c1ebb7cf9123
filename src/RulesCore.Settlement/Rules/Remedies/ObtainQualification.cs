using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary><c>OBTAIN_QUALIFICATION</c>: obtain the chronic-condition qualification at the insured region (门慢特资格认定).</summary>
internal sealed class ObtainQualification : RemedyDefinition
{
    public override string Code => RemedyCodes.ObtainQualification;

    /// <summary>A qualification is not backdated: it helps this visit only when obtained before it.</summary>
    public override RemedyRole Role(RemedyMoment moment) => moment.AskedBefore ? RemedyRole.Fix : RemedyRole.NextTime;

    public override LocalizedText After { get; } = new("在参保地完成门诊慢特病资格认定，并在APP“门慢特资格”中确认可查询；资格认定一般不能追溯到已发生的就诊。", "Obtain the chronic-condition qualification at the insured region and confirm it in the app's qualification screen (门慢特资格); a qualification is generally not backdated to visits already made.");

    public override LocalizedText? Before { get; } = new("就医前在参保地完成门诊慢特病资格认定，并在APP“门慢特资格”中确认可查询。", "Before the visit, obtain the chronic-condition qualification at the insured region, and confirm it in the app's qualification screen (门慢特资格).");

    public override PlanActor Who => PlanActor.InsuredRegionOffice;

    public override LocalizedText Where { get; } = new("参保地医保经办窗口（门诊慢特病资格认定）", "the insured region's office, chronic-condition qualification (门慢特资格认定)");

    public override IEnumerable<PlanAction> Actions(PlanContext plan)
    {
        if (plan.AskedBefore && plan.Case.Encounter.Condition is { } condition)
        {
            yield return plan.Action(this, "qualification:new", plan.Visit.Date,
                x => x with { Qualifications = x.Qualifications.Append(new Qualification { Condition = condition, ValidFrom = plan.Visit.AsOf }).ToArray() });
        }
    }

    public override LocalizedText? Impossible(UnfixableContext context) => context.Visit.AskedBefore ? null
        : new("门诊慢特病资格由参保地认定，不能追溯到已经发生的就诊；今后就医前先办理资格认定。", "A chronic-condition qualification is granted by the insured region and cannot be backdated to a visit already made; obtain it before the next one.");
}
