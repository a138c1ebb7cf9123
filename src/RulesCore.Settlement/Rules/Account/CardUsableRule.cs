using NRules.Fluent.Dsl;

namespace RulesCore.Settlement.Rules;

/// <summary>A valid social security card is a usable credential.</summary>
[Name("account.card-usable")]
[Description("A valid social security card can be used to settle.")]
[Priority(RulePriorities.Entitlement)]
internal sealed class CardUsableRule : SettlementRule
{
    public override Cause Cause => Cause.Account;

    public override string Basis => "sources/001: present the e-voucher or the social security card";

    public override void Define()
    {
        InsuranceAccount account = null!;

        When()
            .Match(() => account, a => a.Card == CardStatus.Valid);

        Derive(ctx => new UsableCredential("card"));
    }
}
