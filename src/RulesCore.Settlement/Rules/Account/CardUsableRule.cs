using RulesCore.Engine;

namespace RulesCore.Settlement.Rules;

/// <summary>A valid social security card is a usable credential.</summary>
internal sealed class CardUsableRule : SettlementRule
{
    public const string Id = "account.card-usable";

    public override Cause Cause => Cause.Account;

    public override string Basis => "sources/001: present the e-voucher or the social security card";

    protected override RuleDefinition Define() => Create(Id)
        .Describe("A valid social security card can be used to settle.")
        .Match<InsuranceAccount>(a => a.Card == CardStatus.Valid)
        .Then<UsableCredential>((ctx, a) => ctx.Insert(UsableCredential.Card));
}
