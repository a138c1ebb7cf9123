using RulesCore.Engine;

namespace RulesCore.Settlement.Rules;

/// <summary>After re-joining, benefits resume only after the waiting period.</summary>
internal sealed class WaitingPeriodRule : SettlementRule
{
    public const string Id = "account.waiting-period";

    public override Cause Cause => Cause.Account;

    public override string Basis => "国办发〔2024〕38号: from 2025, re-joining after a lapse brings a waiting period of at least three months";

    protected override RuleDefinition Define() => Create(Id)
        .Describe("Re-joined after a lapse; benefits have not resumed on the visit date.")
        .Match<Visit>()
        .Match<InsuranceAccount>((v, a) => a.Contribution.Status == ContributionStatus.WaitingPeriod
            && (a.Contribution.BenefitsResumeOn is not { } resume || v.Date < resume.Date))
        .Then<Raised>((ctx, v, a) => ctx.Insert(Raise(
            FindingCodes.WaitingPeriod, Id, On(FactReferences.Of(a), v),
            a.Contribution.BenefitsResumeOn is { } resume ? FindingCatalog.Date(resume) : new Localized("未知", "unknown"))));
}
