using RulesCore.Engine;

namespace RulesCore.Settlement.Rules;

/// <summary>An activated e-voucher replaces an unusable card (the damaged chip).</summary>
internal sealed class EVoucherRule : SettlementRule
{
    public const string Id = "account.e-voucher";

    public override Cause Cause => Cause.Account;

    public override string Basis => "sources/000: use the e-voucher instead of a damaged card; sources/001";

    protected override RuleDefinition Define() => Create(Id)
        .Describe("The card cannot be used, but an activated e-voucher can.")
        .Match<InsuranceAccount>(a => a.Card != CardStatus.Valid && a.EVoucherActivated)
        .Then<UsableCredential, Raised>((ctx, a) =>
        {
            var credential = UsableCredential.EVoucher;
            ctx.Insert(credential);
            ctx.Insert(Raise(FindingCodes.UseEVoucher, Id, On(FactReferences.Of(a), credential), FindingCatalog.Card(a.Card)));
        });
}
