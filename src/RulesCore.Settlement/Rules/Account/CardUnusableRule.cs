using RulesCore.Engine;

namespace RulesCore.Settlement.Rules;

/// <summary>No usable credential: the card cannot be used and no e-voucher is activated.</summary>
internal sealed class CardUnusableRule : SettlementRule
{
    public const string Id = "account.card-unusable";

    public override Cause Cause => Cause.Account;

    public override string Basis => "sources/000: a damaged or demagnetised chip meant paying in full; replace it or use the e-voucher";

    protected override RuleDefinition Define() => Create(Id)
        .Describe("Neither the card nor an e-voucher can be used.")
        .Match<InsuranceAccount>()
        .Not<UsableCredential>()
        .Then<Raised>((ctx, a) => ctx.Insert(Raise(FindingCodes.CardUnusable, Id, On(FactReferences.Of(a)), FindingCatalog.Card(a.Card))));
}
