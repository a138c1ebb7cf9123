using RulesCore.Engine;

namespace RulesCore.Settlement.Rules;

/// <summary>Name or identity number not matching the registry blocks settlement.</summary>
internal sealed class IdentityMismatchRule : SettlementRule
{
    public const string Id = "account.identity-mismatch";

    public override Cause Cause => Cause.Account;

    public override string Basis => "sources/000: name or ID number not matching the registry; correct via 12393";

    protected override RuleDefinition Define() => Create(Id)
        .Describe("The identity does not match the insurance registry.")
        .Match<Visit>()
        .Match<InsuranceAccount>((v, a) => !a.IdentityVerified)
        .Then<Raised>((ctx, v, a) => ctx.Insert(Raise(FindingCodes.IdentityMismatch, Id, On(FactReferences.Of(a), v))));
}
