using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Rules;

public class FilingCancelledRuleTests
{
    [Fact]
    public void OnlyFilingCancelled_Fires()
    {
        var d = CrossProvinceOutpatient().WithFiling(f => f with { Status = FilingStatus.Cancelled }).Evaluate();

        Assert.Equal(new[] { FindingCodes.FilingCancelled, FindingCodes.FilingRetroactiveAsk }, d.Codes());
        Assert.Equal(Outcome.PayThenClaim, d.Outcome);
    }

    [Fact]
    public void CancelledFilingWithAnActiveValidOne_DoesNotFire()
    {
        var d = CrossProvinceOutpatient()
            .AddFiling(Filing("F0", FilingReason.OtherTemporary, Wuhan, "2023-01-01", "2023-06-30", FilingStatus.Cancelled))
            .Evaluate();

        Assert.Equal(Outcome.Direct, d.Outcome);
    }

    [Fact]
    public void CancelledFilingWithAnActiveExpiredOne_ReportsOnlyTheExpiry()
    {
        var d = CrossProvinceOutpatient()
            .WithFilings(
                Filing("F0", FilingReason.OtherTemporary, Wuhan, "2025-01-01", "2025-06-30", FilingStatus.Cancelled),
                Filing("F1", FilingReason.OtherTemporary, Wuhan, "2024-01-01", "2024-06-30"))
            .Evaluate();

        Assert.Equal(new[] { FindingCodes.FilingExpired, FindingCodes.FilingRetroactiveAsk }, d.Codes());
    }
}
