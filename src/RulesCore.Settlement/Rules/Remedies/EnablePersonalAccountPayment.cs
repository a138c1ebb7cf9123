using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary><c>ENABLE_PERSONAL_ACCOUNT_PAYMENT</c>: enable personal-account payment (开通个人账户支付权限).</summary>
internal sealed class EnablePersonalAccountPayment : RemedyDefinition
{
    public override string Code => RemedyCodes.EnablePersonalAccountPayment;

    public override LocalizedText After { get; } = new("在医保服务平台开启个人账户支付权限。", "Enable personal-account payment in the insurance service platform.");

    public override LocalizedText? Before { get; } = new("就医前在医保服务平台开启个人账户支付权限。", "Before the visit, enable personal-account payment in the insurance service platform.");

    public override LocalizedText Where { get; } = new("医保服务平台 › 个人账户支付权限", "the insurance service platform › personal-account payment");

    public override IEnumerable<PlanAction> Actions(PlanContext plan)
    {
        if (plan.StillOpen)
        {
            yield return plan.Action(this, "person:personal-account", plan.Visit.Until, x => x with { Person = x.Person with { PersonalAccountPaymentEnabled = true } });
        }
    }
}
