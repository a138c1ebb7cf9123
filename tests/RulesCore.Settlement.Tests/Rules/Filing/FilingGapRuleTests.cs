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
}
