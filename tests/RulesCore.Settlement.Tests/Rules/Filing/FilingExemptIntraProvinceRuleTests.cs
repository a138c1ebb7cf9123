using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Rules;

public class FilingExemptIntraProvinceRuleTests
{
    private static readonly RegionCode Hechi = RegionCode.Parse("451200");
    private static readonly RegionCode NanningDistrict = RegionCode.Parse("450102");

    private static CaseBuilder HechiPatientInNanning() => CrossProvinceOutpatient()
        .InsuredIn(Hechi).WithFilings().AtHospital(h => h with { Region = NanningDistrict });

    [Fact]
    public void Guangxi2025_IntraProvinceWithoutFiling_SettlesDirectly()
    {
        var d = HechiPatientInNanning().Evaluate();

        Assert.Equal(Outcome.Direct, d.Outcome);
        var f = d.Single(FindingCodes.FilingExemptIntraProvince);
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Contains("450000", f.Message);
        Assert.Contains("no filing needed inside the province: yes (province Guangxi (450000)", f.Basis);
    }

    [Fact]
    public void Guangxi_BeforeThePolicyDate_NeedsAFiling()
    {
        var d = HechiPatientInNanning().On("2024-12-31").Evaluate();

        Assert.Contains(FindingCodes.FilingMissing, d.Codes());
        Assert.DoesNotContain(FindingCodes.FilingExemptIntraProvince, d.Codes());
    }

    [Fact]
    public void Guangxi_CrossProvince_StillNeedsAFiling()
    {
        var d = CrossProvinceOutpatient().InsuredIn(Hechi).WithFilings().Evaluate();

        Assert.Contains(FindingCodes.FilingMissing, d.Codes());
        Assert.DoesNotContain(FindingCodes.FilingExemptIntraProvince, d.Codes());
    }

    [Fact]
    public void PersonInsuredElsewhere_TreatedInGuangxi_GetsNoExemption()
    {
        var d = CrossProvinceOutpatient().WithFilings().AtHospital(h => h with { Region = NanningDistrict }).Evaluate();

        Assert.Contains(FindingCodes.FilingMissing, d.Codes());
    }

    [Fact]
    public void Jiangxi_FromApril2023_IsExempt()
    {
        var c = CrossProvinceOutpatient().InsuredIn(RegionCode.Parse("360100")).WithFilings().AtHospital(h => h with { Region = RegionCode.Parse("360702") });

        Assert.Equal(Outcome.Direct, c.On("2023-04-01").Evaluate().Outcome);
        Assert.Contains(FindingCodes.FilingMissing, c.On("2023-03-31").Evaluate().Codes());
    }

    [Fact]
    public void Exemption_SuppressesTheTemporaryReduction()
    {
        var d = HechiPatientInNanning().WithFilings(Filing("F1", FilingReason.OtherTemporary, RegionCode.Parse("450100"), "2025-01-01")).Evaluate();

        Assert.Equal(Outcome.Direct, d.Outcome);
        Assert.Equal(0, d.RateReductionPoints);
    }
}
