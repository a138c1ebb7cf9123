using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Rules;

public class FilingGapRuleTests
{
    [Fact]
    public void UncoveredOutOfRegionVisit_HasAGap()
    {
        var d = CrossProvinceOutpatient().WithFilings().Evaluate();

        Assert.Contains(d.Trace, t => t.Rule == "filing.gap");
    }

    [Theory]
    [InlineData("covered")]
    [InlineData("local")]
    [InlineData("emergency")]
    public void CoveredLocalOrEmergencyVisit_HasNoGap(string story)
    {
        var c = story switch
        {
            "covered" => CrossProvinceOutpatient(),
            "local" => LocalOutpatient(),
            _ => CrossProvinceOutpatient().WithFilings().WithEncounter(e => e with { Setting = CareSetting.Emergency }),
        };

        Assert.DoesNotContain(c.Evaluate().Trace, t => t.Rule == "filing.gap");
    }

    [Fact]
    public void EveryGap_IsExplainedByExactlyOneFilingProblem()
    {
        var stories = new[]
        {
            CrossProvinceOutpatient().WithFilings(),
            CrossProvinceOutpatient().WithFiling(f => f with { ValidUntil = D("2024-12-31") }),
            CrossProvinceOutpatient().WithFiling(f => f with { ValidFrom = D("2026-01-01") }),
            CrossProvinceOutpatient().WithFiling(f => f with { Status = FilingStatus.Cancelled }),
            CrossProvinceOutpatient().WithFiling(f => f with { DestinationRegion = Hangzhou }),
        };
        var problems = new[] { FindingCodes.FilingMissing, FindingCodes.FilingExpired, FindingCodes.FilingNotYetValid, FindingCodes.FilingCancelled, FindingCodes.FilingWrongRegion };

        foreach (var c in stories)
        {
            Assert.Single(c.Evaluate().Codes(), problems.Contains);
        }
    }

    /// <summary>
    /// While still admitted, filing helps until discharge: the plan's step to file retroactively is due by the discharge
    /// day when it is known and open while it is not, and why-not (<c>filing.retroactive-ask</c>) names the same deadline.
    /// </summary>
    [Theory]
    [InlineData("2025-03-20", "until 2025-03-20")]
    [InlineData(null, "until discharge")]
    public void StillAdmitted_TheDeadlineIsTheDischarge(string? discharge, string deadline)
    {
        var c = CrossProvinceOutpatient().WithoutFiling().AsInpatient(discharge).Build();
        var options = new EvaluationOptions { Language = Languages.English, AsOf = D("2025-03-15") };

        var step = Assert.Single(Evaluator.Plan(c, options).Steps, s => s.Remedy == RemedyCodes.FileRetroactively);
        Assert.Equal(discharge is null ? null : D(discharge), step.Before);
        var rule = Assert.Single(Evaluator.Explain(c, "filing.retroactive-ask", options).Rules);
        var stop = Assert.Single(Assert.Single(rule.Candidates).Stops);
        Assert.Equal($"nothing to ask: the visit is not over, or the insured region's retroactive window is known ({deadline})", stop.Text);
    }
}
