using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Rules;

public class FilingCoversRuleTests
{
    [Fact]
    public void FilingToTheCity_CoversAHospitalInItsDistrict()
    {
        var d = CrossProvinceOutpatient().Evaluate();

        Assert.Equal(Outcome.Direct, d.Outcome);
        Assert.Contains(d.Trace, t => t.Rule == "filing.covers" && t.Facts.SequenceEqual(new[] { "encounter", "filing:F1" }));
    }

    [Fact]
    public void FilingToAnotherDistrictOfTheSameCity_CoversThePoolingRegion()
    {
        var d = CrossProvinceOutpatient().WithFiling(f => f with { DestinationRegion = RegionCode.Parse("420102") }).Evaluate();

        Assert.Equal(Outcome.Direct, d.Outcome);
    }

    [Fact]
    public void FilingToTheProvince_DoesNotCoverACityPoolingRegion()
    {
        var d = CrossProvinceOutpatient().WithFiling(f => f with { DestinationRegion = RegionCode.Parse("420000") }).Evaluate();

        Assert.Contains(FindingCodes.FilingWrongRegion, d.Codes());
    }

    [Fact]
    public void LastValidDay_Covers_FirstDayAfter_DoesNot()
    {
        var c = CrossProvinceOutpatient().WithFiling(f => f with { ValidUntil = D("2025-03-10") });

        Assert.Equal(Outcome.Direct, c.Evaluate().Outcome);
        Assert.Contains(FindingCodes.FilingExpired, c.On("2025-03-11").Evaluate().Codes());
    }

    [Fact]
    public void FirstValidDay_Covers()
    {
        var d = CrossProvinceOutpatient().WithFiling(f => f with { ValidFrom = D("2025-03-10") }).Evaluate();

        Assert.Equal(Outcome.Direct, d.Outcome);
    }

    [Fact]
    public void TemporaryFilingWithoutEnd_LastsTheDefaultSixMonths()
    {
        var c = CrossProvinceOutpatient().WithFilings(Filing("F1", FilingReason.Referral, Wuhan, "2024-09-11"));

        Assert.DoesNotContain(FindingCodes.FilingExpired, c.On("2025-03-10").Evaluate().Codes());
        var expired = c.On("2025-03-11").Evaluate().Single(FindingCodes.FilingExpired);
        Assert.Contains("2025-03-10", expired.Message);
        Assert.Contains("default validity of a temporary filing: 6 months", expired.Basis);
    }

    [Fact]
    public void LongTermFilingWithoutEnd_IsOpenEnded()
    {
        var d = CrossProvinceOutpatient().On("2040-01-01").Evaluate();

        Assert.Equal(Outcome.Direct, d.Outcome);
    }

    [Fact]
    public void CancelledFiling_DoesNotCover()
    {
        var d = CrossProvinceOutpatient().WithFiling(f => f with { Status = FilingStatus.Cancelled }).Evaluate();

        Assert.DoesNotContain(d.Trace, t => t.Rule == "filing.covers");
    }
}
