using NRules.Fluent.Dsl;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>Lapsed contributions stop benefits (the 平邑 insured person with a three-month lapse).</summary>
[Name("account.contribution-lapsed")]
internal sealed class ContributionLapsedRule : SettlementRule
{
    public static readonly FindingDefinition Lapsed = new(FindingCodes.ContributionLapsed, new("医保断缴", "contributions lapsed"), Cause.Account, Severity.Blocking, Outcome.NotReimbursable,
        new("医保断缴，暂停享受待遇。", "Contributions have lapsed; benefits are suspended."),
        RemedyCodes.PayArrears);

    public override Cause Cause => Cause.Account;

    public override LocalizedText Description { get; } = new(
        "医保已断缴。",
        "Contributions have lapsed.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Article000, "断缴3个月的参保人即使备案成功，门诊费用也只能全额自费", "a three-month lapse meant paying in full despite a successful filing"));

    public override void Define()
    {
        Visit visit = null!;
        InsuranceAccount account = null!;

        When()
            .Match(() => visit)
            .Match(() => account, Check((InsuranceAccount a) => a.Contribution.Status == ContributionStatus.Lapsed, new LocalizedText(
                "参保缴费状态为{contribution}，没有断缴", "contributions are {contribution}, not lapsed")));

        Raise(ctx => Found(ctx, Lapsed, On(account, visit)));
    }
}
