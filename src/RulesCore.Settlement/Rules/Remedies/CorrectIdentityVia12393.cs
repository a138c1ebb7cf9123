using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary><c>CORRECT_IDENTITY_VIA_12393</c>: have the registry's name and identity number corrected via 12393.</summary>
internal sealed class CorrectIdentityVia12393 : RemedyDefinition
{
    public override string Code => RemedyCodes.CorrectIdentityVia12393;

    public override LocalizedText After { get; } = new("拨打参保地医保热线12393核对修正个人信息。", "Call the insured region's 12393 hotline to have the registry corrected.");

    public override PlanActor Who => PlanActor.InsuredRegionOffice;

    public override LocalizedText Where { get; } = new("参保地医保服务热线 12393", "the insured region's 12393 hotline");

    public override IEnumerable<PlanAction> Actions(PlanContext plan)
    {
        if (plan.StillOpen)
        {
            yield return plan.Action(this, "person:identity", plan.Visit.Until, x => x with { Person = x.Person with { IdentityVerified = true } });
        }
    }
}
