using RulesCore.Engine;

namespace RulesCore.Settlement.Rules;

/// <summary>Lapsed contributions stop benefits (the 平邑 insured person with a three-month lapse).</summary>
internal sealed class ContributionLapsedRule : SettlementRule
{
    public const string Id = "account.contribution-lapsed";

    public override Cause Cause => Cause.Account;

    public override string Basis => "sources/000: a three-month lapse meant paying in full despite a successful filing";

    protected override RuleDefinition Define() => Create(Id)
        .Describe("Contributions have lapsed.")
        .Match<Visit>()
        .Match<InsuranceAccount>((v, a) => a.Contribution.Status == ContributionStatus.Lapsed)
        .Then<Raised>((ctx, v, a) => ctx.Insert(Raise(FindingCodes.ContributionLapsed, Id, On(FactReferences.Of(a), v))));
}
