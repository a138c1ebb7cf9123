using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary><c>USE_E_VOUCHER</c>: settle with the e-voucher (医保电子凭证).</summary>
internal sealed class UseEVoucher : RemedyDefinition
{
    public override string Code => RemedyCodes.UseEVoucher;

    public override LocalizedText After { get; } = new("在APP申领并激活医保电子凭证，用电子凭证结算。", "Apply for and activate the e-voucher (医保电子凭证) in the app and settle with it.");

    public override LocalizedText? Before { get; } = new("就医前在APP申领并激活医保电子凭证，就医时用电子凭证结算。", "Before the visit, apply for and activate the e-voucher (医保电子凭证) in the app, and settle with it at the visit.");

    public override LocalizedText Where { get; } = new("国家医保服务平台APP › 医保电子凭证（申领并激活）", "national medical insurance app › e-voucher (医保电子凭证): apply and activate");

    public override IEnumerable<PlanAction> Actions(PlanContext plan)
    {
        if (plan.StillOpen)
        {
            yield return plan.Action(this, "person:credential", plan.Visit.Until, x => x with { Person = x.Person with { EVoucherActivated = true } });
        }
    }
}
