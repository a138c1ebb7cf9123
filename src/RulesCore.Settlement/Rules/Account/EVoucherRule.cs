using NRules.Fluent.Dsl;

namespace RulesCore.Settlement.Rules;

/// <summary>An activated e-voucher replaces an unusable card (the damaged chip).</summary>
[Name("account.e-voucher")]
[Description("The card cannot be used, but an activated e-voucher can.")]
[Priority(RulePriorities.Entitlement)]
internal sealed class EVoucherRule : SettlementRule
{
    public static readonly FindingDefinition UseEVoucher = new(FindingCodes.UseEVoucher, Cause.Account, Severity.Info, null,
        new("社保卡无法使用（{0}），请使用已激活的医保电子凭证结算。", "The card cannot be used ({0}); settle with the activated e-voucher."),
        RemedyCodes.UseEVoucher);

    public override Cause Cause => Cause.Account;

    public override string Basis => "sources/000: use the e-voucher instead of a damaged card; sources/001";

    public override void Define()
    {
        InsuranceAccount account = null!;

        When()
            .Match(() => account, a => a.Card != CardStatus.Valid, a => a.EVoucherActivated);

        Derive(ctx => new UsableCredential("eVoucher"));
        Raise(ctx => Found(ctx, UseEVoucher, On(account, "credential:eVoucher"), Wording.Card(account.Card)));
    }
}
