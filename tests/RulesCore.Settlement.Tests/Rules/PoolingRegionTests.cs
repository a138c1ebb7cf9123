using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Rules;

/// <summary>What counts as one pooling region comes from the pooling-region table, not from the shape of a code.</summary>
public class PoolingRegionTests
{
    private static readonly RegionCode Xiantao = RegionCode.Parse("429004");
    private static readonly RegionCode Tianmen = RegionCode.Parse("429006");

    [Fact]
    public void CountyLevelCitiesUnderTheProvince_AreEachAPoolingRegion_SoXiantaoToTianmenNeedsAFiling()
    {
        var c = CrossProvinceOutpatient().InsuredIn(Xiantao).AtHospital(h => h with { Region = Tianmen }).WithFilings();

        var d = c.Evaluate(Languages.Chinese);

        Assert.Equal(Outcome.PayThenClaim, d.Outcome);
        Assert.Contains("天门市（429006）", d.Single(FindingCodes.FilingMissing).Message);
        Assert.Equal(Outcome.Direct, c.WithFilings(Filing("F1", FilingReason.LongTermResident, Tianmen, "2024-01-01")).Evaluate().Outcome);
    }

    [Fact]
    public void DistrictsOfAMunicipality_AreOnePoolingRegion()
    {
        var c = CrossProvinceOutpatient().InsuredIn(RegionCode.Parse("110105")).AtHospital(h => h with { Region = RegionCode.Parse("110108") }).WithFilings();

        Assert.Equal(Outcome.Direct, c.Evaluate().Outcome);
    }

    [Fact]
    public void AFilingForADistrict_CoversItsCity()
    {
        var d = CrossProvinceOutpatient().WithFiling(f => f with { DestinationRegion = WuhanDistrict }).Evaluate();

        Assert.Equal(CrossProvinceOutpatient().Evaluate().Outcome, d.Outcome);
        Assert.Contains(d.Trace, t => t.Rule == "filing.covers");
    }

    [Fact]
    public void WrongRegion_NamesBothRegionsByName()
    {
        var d = CrossProvinceOutpatient().WithFiling(f => f with { DestinationRegion = Xihu }).Evaluate(Languages.Chinese);

        Assert.Equal("备案 F1 选择的统筹区是杭州市（330100），而就医医院在武汉市（420100），系统无法匹配。", d.Single(FindingCodes.FilingWrongRegion).Message);
    }
}
