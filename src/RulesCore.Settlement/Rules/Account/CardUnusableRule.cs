using NRules.Fluent.Dsl;

namespace RulesCore.Settlement.Rules;

/// <summary>No usable credential: the card cannot be used and no e-voucher is activated.</summary>
[Name("account.card-unusable")]
[Description("Neither the card nor an e-voucher can be used.")]
internal sealed class CardUnusableRule : SettlementRule
{
    public static readonly FindingDefinition Unusable = new(FindingCodes.CardUnusable, Cause.Account, Severity.Blocking, Outcome.PayThenClaim,
        new("社保卡无法使用（{0}），且未激活医保电子凭证。", "The social security card cannot be used ({0}) and no e-voucher is activated."),
        RemedyCodes.UseEVoucher, RemedyCodes.ReplaceCard, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion);

    public override Cause Cause => Cause.Account;

    public override string Basis => "sources/000: a damaged or demagnetised chip meant paying in full; replace it or use the e-voucher";

    public override void Define()
    {
        InsuranceAccount account = null!;

        When()
            .Match(() => account)
            .Not<UsableCredential>();

        Raise(ctx => Found(ctx, Unusable, On(account), Wording.Card(account.Card)));
    }
}
