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

        Assert.Equal(new[] { FindingCodes.FilingMissing, FindingCodes.FilingRetroactiveAsk }, d.Codes());
    }

    [Fact]
    public void FilingForTheInsuredRegionItself_IsNotAWrongRegion()
    {
        var d = CrossProvinceOutpatient().WithFiling(f => f with { DestinationRegion = Changsha }).Evaluate();

        Assert.Equal(new[] { FindingCodes.FilingMissing, FindingCodes.FilingRetroactiveAsk }, d.Codes());
    }

    [Fact]
    public void WrongRegionPlusAFilingForTheRightRegion_DoesNotFire()
    {
        var d = CrossProvinceOutpatient().AddFiling(Filing("F2", FilingReason.LongTermResident, Hangzhou, "2024-01-01")).Evaluate();

        Assert.Equal(Outcome.Direct, d.Outcome);
    }

    [Fact]
    public void ProvinceLevelFiling_NotAccepted_IsTheWrongRegion_SaidPrecisely()
    {
        var c = CrossProvinceOutpatient().WithFiling(f => f with { DestinationRegion = RegionCode.Parse("420000") });

        var f = c.Evaluate().Single(FindingCodes.FilingWrongRegion);

        Assert.Equal("Filing F1 names only the province Hubei (420000); the insured region does not match it to the pooling region 420100 (Hubei) of this visit: file for the treatment city.", f.Message);
    }

    [Fact]
    public void ProvinceLevelFiling_WhereTheInsuredRegionAcceptsIt_CoversACrossProvinceVisit_NotAnIntraProvinceOne()
    {
        var accepting = WithPack(Pack("430100", "provinceLevelFilingAccepted", "true"));
        var cross = CrossProvinceOutpatient().WithFiling(f => f with { DestinationRegion = RegionCode.Parse("420000") });
        var intra = WithPack(Pack("420300", "provinceLevelFilingAccepted", "true"))
            .Evaluate(cross.InsuredIn(RegionCode.Parse("420300")), new EvaluationOptions { Language = Languages.English });

        Assert.Equal(Outcome.Direct, accepting.Evaluate(cross).Outcome);
        Assert.Contains(FindingCodes.FilingWrongRegion, intra.Codes());
    }
}
