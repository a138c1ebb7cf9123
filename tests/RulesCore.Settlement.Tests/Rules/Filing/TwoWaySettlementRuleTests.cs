using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Rules;

public class TwoWaySettlementRuleTests
{
    public static readonly RegionCode Datong = RegionCode.Parse("140200");
    public static readonly RegionCode DatongDistrict = RegionCode.Parse("140213");
    public static readonly RegionCode Beijing = RegionCode.Parse("110000");

    public static CaseBuilder DatongResidentBackHome(FilingBasis basis, string date = "2025-05-06") => CrossProvinceOutpatient()
        .InsuredIn(Datong)
        .WithFilings(Filing("F1", FilingReason.LongTermResident, Beijing, "2024-06-01", basis: basis))
        .AtHospital(h => h with { Region = DatongDistrict })
        .On(date);

    [Fact]
    public void Datong2025_LongTermFilerAtHome_SettlesBothWays()
    {
        var d = DatongResidentBackHome(FilingBasis.Commitment).Evaluate();

        Assert.Equal(Outcome.Direct, d.Outcome);
        var f = d.Single(FindingCodes.TwoWaySettlement);
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Contains("two-way settlement for long-term residents: yes (city Datong (140200)", f.Basis);
    }

    [Fact]
    public void Datong_Before2025_NeedsMaterials()
    {
        var d = DatongResidentBackHome(FilingBasis.Commitment, "2024-12-31").Evaluate();

        Assert.Equal(new[] { FindingCodes.HomeSettlementNeedsMaterials }, d.Codes());
    }

    [Fact]
    public void TemporaryFiler_AtHome_NoTwoWayFinding()
    {
        var d = DatongResidentBackHome(FilingBasis.Commitment).WithFiling(f => f with { Reason = FilingReason.OtherTemporary, ValidUntil = D("2025-12-31") }).Evaluate();

        Assert.Empty(d.Findings);
    }

    [Fact]
    public void Datong_FilerTreatedAtTheDestination_NoTwoWayFinding()
    {
        var d = DatongResidentBackHome(FilingBasis.Materials).AtHospital(h => h with { Region = RegionCode.Parse("110105") }).Evaluate();

        Assert.Equal(Outcome.Direct, d.Outcome);
        Assert.DoesNotContain(FindingCodes.TwoWaySettlement, d.Codes());
    }

    [Fact]
    public void Datong_ResidentWorkerFilingWithAnEnd_StaysValidWhileInsured()
    {
        var d = CrossProvinceOutpatient().InsuredIn(Datong)
            .WithFilings(Filing("F1", FilingReason.ResidentWorker, Beijing, "2024-06-01", "2024-12-31"))
            .AtHospital(h => h with { Region = RegionCode.Parse("110105") })
            .On("2025-05-06")
            .Evaluate();

        Assert.Equal(Outcome.Direct, d.Outcome);
    }

    [Fact]
    public void ElsewhereResidentWorkerFilingWithAnEnd_Expires()
    {
        var d = CrossProvinceOutpatient()
            .WithFilings(Filing("F1", FilingReason.ResidentWorker, Wuhan, "2024-06-01", "2024-12-31"))
            .Evaluate();

        Assert.Contains(FindingCodes.FilingExpired, d.Codes());
    }
}
