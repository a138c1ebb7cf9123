using NRules.Fluent.Dsl;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>A valid social security card is a usable credential.</summary>
[Name("account.card-usable")]
[Priority(RulePriorities.Entitlement)]
internal sealed class CardUsableRule : SettlementRule
{
    public override Cause Cause => Cause.Account;

    public override LocalizedText Description { get; } = new(
        "社保卡状态正常，可用于结算。",
        "A valid social security card can be used to settle.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Faq2023, "持医保电子凭证或社会保障卡就医结算", "settle with the e-voucher or the social security card"));

    public override void Define()
    {
        InsuranceAccount account = null!;

        When()
            .Match(() => account, Check((InsuranceAccount a) => a.Card == CardStatus.Valid, new LocalizedText("社保卡不能使用（{card}）", "the card cannot be used ({card})")));

        Derive(ctx => new UsableCredential("card"));
    }
}
