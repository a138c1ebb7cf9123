using NRules.Fluent.Dsl;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>After re-joining, benefits resume only after the waiting period.</summary>
[Name("account.waiting-period")]
internal sealed class WaitingPeriodRule : SettlementRule
{
    public static readonly FindingDefinition Waiting = new(FindingCodes.WaitingPeriod, new("待遇等待期", "waiting period"), Cause.Account, Severity.Blocking, Outcome.NotReimbursable,
        new("重新参保后处于待遇等待期，就诊日尚未恢复待遇（恢复日：{0}）。",
            "After re-joining, benefits have not resumed on the visit date (they resume on {0})."),
        RemedyCodes.WaitForBenefits);

    public override Cause Cause => Cause.Account;

    public override LocalizedText Description { get; } = new(
        "断缴后重新参保，就诊日尚未恢复待遇。",
        "Re-joined after a lapse; benefits have not resumed on the visit date.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Guideline2024, "自2025年起，断缴后再参保设置不少于3个月的待遇等待期", "from 2025, re-joining after a lapse brings a waiting period of at least three months"));

    public override void Define()
    {
        Visit visit = null!;
        InsuranceAccount account = null!;

        When()
            .Match(() => visit)
            .Match(() => account,
                Check((InsuranceAccount a) => a.Contribution.Status == ContributionStatus.WaitingPeriod, new LocalizedText(
                    "参保缴费状态为{contribution}，不在待遇等待期", "contributions are {contribution}, not in a waiting period")),
                Check((InsuranceAccount a) => a.Contribution.BenefitsResumeOn == null || visit.Date < a.Contribution.BenefitsResumeOn.Value.Date, new LocalizedText(
                    "待遇已于 {resumeOn} 恢复，不晚于{visitDay}", "benefits resumed on {resumeOn}, by {visitDay}")));

        Raise(ctx => Found(ctx, Waiting, On(account, visit), ResumeDate(account.Contribution.BenefitsResumeOn)));
    }

    private static object ResumeDate(DateTime? resume) => resume is { } date ? Wording.Date(date) : new LocalizedText("未知", "unknown");
}
