using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary><c>REPLACE_CARD</c>: replace the social security card (补换社保卡).</summary>
internal sealed class ReplaceCard : RemedyDefinition
{
    public override string Code => RemedyCodes.ReplaceCard;

    public override LocalizedText After { get; } = new("到参保地或就医地社保服务网点补换社保卡。", "Replace the social security card at a service point in the insured or treatment region.");

    public override LocalizedText? Before { get; } = new("就医前到参保地或就医地社保服务网点补换社保卡。", "Before the visit, replace the social security card at a service point in the insured or treatment region.");

    public override PlanActor Who => PlanActor.HospitalDesk;

    public override LocalizedText Where { get; } = new("参保地或就医地社保服务网点", "a social-security service point in the insured or treatment region");

    /// <summary>A new card and the e-voucher are two ways to one credential: one excludes the other.</summary>
    public override IEnumerable<PlanAction> Actions(PlanContext plan)
    {
        if (plan.StillOpen)
        {
            yield return plan.Action(this, "person:credential:card", plan.Visit.Until, x => x with { Person = x.Person with { Card = CardStatus.Valid } }) with { Group = "person:credential" };
        }
    }
}
