using RulesCore.Engine;
using RulesCore.Settlement.Policies;

namespace RulesCore.Settlement.Rules;

/// <summary>Some insured regions require the personal-account payment permission for direct settlement elsewhere.</summary>
internal sealed class PersonalAccountNotEnabledRule : SettlementRule
{
    public const string Id = "account.personal-account-not-enabled";

    public override Cause Cause => Cause.Account;

    public override string Basis => "sources/000: some regions require personal-account payment to be switched on";

    protected override RuleDefinition Define() => Create(Id)
        .Describe("An out-of-region visit where the insured region requires the personal-account permission, and it is off.")
        .Match<Visit>(v => !v.IsLocal && v.InsuredPolicy.Get(PolicyParameters.PersonalAccountPermissionRequired))
        .Match<InsuranceAccount>((v, a) => !a.PersonalAccountPaymentEnabled)
        .Then<Raised>((ctx, v, a) => ctx.Insert(Raise(
            FindingCodes.PersonalAccountNotEnabled, Id, On(FactReferences.Of(a), v), new[] { v.InsuredPolicy[PolicyParameters.PersonalAccountPermissionRequired] })));
}
