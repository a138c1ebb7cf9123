using RulesCore.Testing;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Rules;

/// <summary>
/// What the account rules decide where mutation testing found no test that would notice a change: the waiting period
/// with no known resume date says so in both languages.
/// </summary>
public class AccountMutationTests
{
    private static readonly SettlementEvaluator Evaluator = new();

    private static SettlementCase WaitingWithoutAResumeDate() => RulesCore.Testing.Cases.CrossProvinceOutpatient()
        .With(c => c with { Person = c.Person with { Contribution = new Contribution { Status = ContributionStatus.WaitingPeriod, BenefitsResumeOn = null } } })
        .Build();

    [Theory]
    [InlineData(Languages.Chinese, "重新参保后处于待遇等待期，就诊日尚未恢复待遇（恢复日：未知）。")]
    [InlineData(Languages.English, "After re-joining, benefits have not resumed on the visit date (they resume on unknown).")]
    public void AWaitingPeriodWithNoResumeDate_BlocksTheVisit_AndCallsTheDateUnknown(string language, string message)
    {
        var d = Evaluator.Evaluate(WaitingWithoutAResumeDate(), new EvaluationOptions { Language = language });

        var waiting = Assert.Single(d.Findings, f => f.Code == FindingCodes.WaitingPeriod);
        Assert.Equal(message, waiting.Message);
        Assert.Equal(Outcome.NotReimbursable, d.Outcome);
        Assert.Equal(new[] { "person", "encounter" }, waiting.Facts);
    }
}
