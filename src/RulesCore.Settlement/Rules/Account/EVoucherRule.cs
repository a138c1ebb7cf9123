using NRules.Fluent.Dsl;
using NRules.RuleModel;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>An activated e-voucher replaces an unusable card (the damaged chip).</summary>
[Name("account.e-voucher")]
[Priority(RulePriorities.Entitlement)]
internal sealed class EVoucherRule : SettlementRule
{
    public static readonly FindingDefinition UseEVoucher = new(FindingCodes.UseEVoucher, new("改用医保电子凭证", "use the e-voucher"), Cause.Account, Severity.Info, null,
        new("社保卡无法使用（{0}），请使用已激活的医保电子凭证结算。", "The card cannot be used ({0}); settle with the activated e-voucher."),
        RemedyCodes.UseEVoucher);

    /// <summary>The person has already activated the e-voucher: use it, not apply for it.</summary>
    private static readonly IReadOnlyDictionary<string, LocalizedText> UseIt = new Dictionary<string, LocalizedText>(StringComparer.Ordinal)
    {
        [RemedyCodes.UseEVoucher] = new("结算时出示已激活的医保电子凭证（在APP中打开）。", "Settle with your activated e-voucher: open it in the app at the desk."),
    };

    public override Cause Cause => Cause.Account;

    public override LocalizedText Description { get; } = new(
        "社保卡不能使用，但可用已激活的医保电子凭证结算。",
        "The card cannot be used, but an activated e-voucher can.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Article000, "社保卡损坏时可直接使用医保电子凭证", "use the e-voucher instead of a damaged card"),
        (Sources.Faq2023, "持医保电子凭证或社会保障卡结算", "settle with the e-voucher or the social security card"));

    public override void Define()
    {
        InsuranceAccount account = null!;

        When()
            .Match(() => account,
                Check((InsuranceAccount a) => a.Card != CardStatus.Valid, new LocalizedText("社保卡可以正常使用，不需要电子凭证", "the card works; no e-voucher is needed")),
                Check((InsuranceAccount a) => a.EVoucherActivated, new LocalizedText("医保电子凭证尚未激活", "the e-voucher is not activated")));

        Derive(ctx => new UsableCredential("eVoucher"));
        Raise(ctx => ActivatedVoucher(ctx, account));
    }

    private static Raised ActivatedVoucher(IContext context, InsuranceAccount account) =>
        Found(context, UseEVoucher, On(account, "credential:eVoucher"), Wording.Card(account.Card)) with { RemedyTexts = UseIt };
}
