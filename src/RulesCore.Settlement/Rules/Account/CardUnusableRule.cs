using NRules.Fluent.Dsl;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>No usable credential: the card cannot be used and no e-voucher is activated.</summary>
[Name("account.card-unusable")]
internal sealed class CardUnusableRule : SettlementRule
{
    public static readonly FindingDefinition Unusable = new(FindingCodes.CardUnusable, new("社保卡无法使用", "card unusable"), Cause.Account, Severity.Blocking, Outcome.PayThenClaim,
        new("社保卡无法使用（{0}），且未激活医保电子凭证。", "The social security card cannot be used ({0}) and no e-voucher is activated."),
        RemedyCodes.UseEVoucher, RemedyCodes.ReplaceCard, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion);

    public override Cause Cause => Cause.Account;

    public override LocalizedText Description { get; } = new(
        "社保卡不能使用，且没有已激活的医保电子凭证。",
        "Neither the card nor an e-voucher can be used.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Article000, "社保卡芯片损坏或消磁只能全额自费，需补换卡或改用医保电子凭证", "a damaged or demagnetised chip meant paying in full; replace the card or use the e-voucher"));

    public override void Define()
    {
        InsuranceAccount account = null!;

        // The card's own state first: a usable card derives a credential (account.card-usable), so the rule could not
        // fire anyway; saying so here keeps every visit with a usable card from raising a match that the credential
        // withdraws a moment later.
        When()
            .Match(() => account, Check((InsuranceAccount a) => a.Card != CardStatus.Valid, new LocalizedText("社保卡可以正常使用", "the card can be used")))
            .Not<UsableCredential>();

        Raise(ctx => Found(ctx, Unusable, On(account), Wording.Card(account.Card)));
    }
}
