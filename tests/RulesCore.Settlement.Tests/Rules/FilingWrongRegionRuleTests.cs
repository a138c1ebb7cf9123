using static RulesCore.Settlement.Tests.Cases;

namespace RulesCore.Settlement.Tests.Rules;

public class FilingWrongRegionRuleTests
{
    [Fact]
    public void ActiveFilingForAnotherPoolingRegion_Fires()
    {
        var d = CrossProvinceOutpatient().WithFiling(f => f with { DestinationRegion = Hangzhou }).Evaluate();

        var f = d.Single(FindingCodes.FilingWrongRegion);
        Assert.Contains("330100", f.Message);
        Assert.Contains("420100", f.Message);
        Assert.Contains(f.Remedies, r => r.Code == RemedyCodes.RefileCorrectRegion);
    }

    [Fact]
    public void CancelledFilingForAnotherRegion_IsMissingNotWrongRegion()
    {
        var d = CrossProvinceOutpatient().WithFiling(f => f with { DestinationRegion = Hangzhou, Status = FilingStatus.Cancelled }).Evaluate();

        Assert.Equal(new[] { FindingCodes.FilingMissing }, d.Codes());
    }

    [Fact]
    public void FilingForTheInsuredRegionItself_IsNotAWrongRegion()
    {
        var d = CrossProvinceOutpatient().WithFiling(f => f with { DestinationRegion = Changsha }).Evaluate();

        Assert.Equal(new[] { FindingCodes.FilingMissing }, d.Codes());
    }

    [Fact]
    public void WrongRegionPlusAFilingForTheRightRegion_DoesNotFire()
    {
        var d = CrossProvinceOutpatient().AddFiling(Filing("F2", FilingReason.LongTermResident, Hangzhou, "2024-01-01")).Evaluate();

        Assert.Equal(Outcome.Direct, d.Outcome);
    }
}
