using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Rules;

public class EmergencyDeemedFiledRuleTests
{
    private static CaseBuilder UnfiledEmergency() =>
        CrossProvinceOutpatient().WithFilings().WithEncounter(e => e with { Setting = CareSetting.Emergency });

    [Fact]
    public void UnfiledEmergency_CountsAsFiled_WithTheEmergencyReduction()
    {
        var d = UnfiledEmergency().Evaluate();

        Assert.Equal(new[] { FindingCodes.EmergencyDeemedFiled, FindingCodes.TemporaryRateReduction }, d.Codes());
        Assert.Equal(Outcome.DirectReducedRate, d.Outcome);
        Assert.Equal(10, d.RateReductionPoints);
    }

    [Theory]
    [InlineData(FilingReason.OtherTemporary)]
    [InlineData(FilingReason.Referral)]
    public void EmergencyWithATemporaryFiling_KeepsTheEmergencyReduction(FilingReason reason)
    {
        var filed = UnfiledEmergency().WithFilings(Filing("F1", reason, Wuhan, "2025-03-01", "2025-06-30")).Evaluate();

        Assert.Equal(Outcome.DirectReducedRate, filed.Outcome);
        Assert.Equal(10, filed.RateReductionPoints);
        Assert.DoesNotContain(FindingCodes.EmergencyDeemedFiled, filed.Codes());
        Assert.True(filed.RateReductionPoints <= UnfiledEmergency().Evaluate().RateReductionPoints);
    }

    [Fact]
    public void EmergencyWithAValidFiling_IsNotDeemedFiled()
    {
        var d = CrossProvinceOutpatient().WithEncounter(e => e with { Setting = CareSetting.Emergency }).Evaluate();

        Assert.Equal(Outcome.Direct, d.Outcome);
        Assert.DoesNotContain(FindingCodes.EmergencyDeemedFiled, d.Codes());
    }

    [Fact]
    public void EmergencyWithAnExpiredFiling_IsDeemedFiled()
    {
        var d = UnfiledEmergency().WithFilings(Filing("F1", FilingReason.OtherTemporary, Wuhan, "2024-01-01", "2024-06-30")).Evaluate();

        Assert.Contains(FindingCodes.EmergencyDeemedFiled, d.Codes());
        Assert.DoesNotContain(FindingCodes.FilingExpired, d.Codes());
    }

    [Fact]
    public void LocalEmergency_NeedsNoFilingAndIsNotDeemed()
    {
        var d = LocalOutpatient().WithEncounter(e => e with { Setting = CareSetting.Emergency }).Evaluate();

        Assert.Equal(Outcome.Direct, d.Outcome);
        Assert.Empty(d.Findings);
    }

    [Fact]
    public void RegionWithoutTheRule_TreatsEmergencyAsUnfiled()
    {
        var evaluator = WithPack(Pack("430000", "emergencyDeemedFiled", "false"));

        var d = evaluator.Evaluate(UnfiledEmergency());

        Assert.Contains(FindingCodes.FilingMissing, d.Codes());
    }
}
