using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Rules;

public class FilingNotYetValidRuleTests
{
    [Fact]
    public void FilingStartingAfterTheVisit_Fires()
    {
        var d = CrossProvinceOutpatient().WithFiling(f => f with { ValidFrom = D("2025-03-11") }).Evaluate();

        var f = d.Single(FindingCodes.FilingNotYetValid);
        Assert.Equal(Outcome.PayThenClaim, d.Outcome);
        Assert.Contains("2025-03-11", f.Message);
        Assert.Equal(new[] { "filing:F1", "encounter" }, f.Facts);
    }

    [Fact]
    public void FilingStartingOnTheVisitDay_DoesNotFire()
    {
        var d = CrossProvinceOutpatient().WithFiling(f => f with { ValidFrom = D("2025-03-10") }).Evaluate();

        Assert.DoesNotContain(FindingCodes.FilingNotYetValid, d.Codes());
    }

    [Fact]
    public void CancelledFutureFiling_IsCancelledNotNotYetValid()
    {
        var d = CrossProvinceOutpatient().WithFiling(f => f with { ValidFrom = D("2025-04-01"), Status = FilingStatus.Cancelled }).Evaluate();

        Assert.Equal(new[] { FindingCodes.FilingCancelled, FindingCodes.FilingRetroactiveAsk }, d.Codes());
    }
}
