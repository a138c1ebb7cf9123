using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using static RulesCore.Settlement.Tests.Rules.TwoWaySettlementRuleTests;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Rules;

public class TwoWaySettlementBasisRuleTests
{
    private static CaseBuilder WithLongTermFilings(CaseBuilder c) => c.WithFilings(
        Filing("F1", FilingReason.LongTermResident, Beijing, "2024-06-01", basis: FilingBasis.Commitment),
        Filing("F2", FilingReason.ResidentWorker, Beijing, "2024-06-01", basis: FilingBasis.Commitment),
        Filing("F3", FilingReason.LongTermResident, Wuhan, "2024-06-01", basis: FilingBasis.Materials));

    [Fact]
    public void Datong2025_AtHome_OneBasisForTheVisit_WhateverTheNumberOfLongTermFilings()
    {
        var d = WithLongTermFilings(DatongResidentBackHome(FilingBasis.Commitment)).Evaluate();

        var basis = Assert.Single(d.Trace, t => t.Rule == "filing.two-way-basis");
        Assert.Equal(new[] { "encounter" }, basis.Facts);
        Assert.Equal(new[] { "filing:F1", "filing:F2", "filing:F3" }, d.Findings.Where(f => f.Code == FindingCodes.TwoWaySettlement).Select(f => f.Facts[0]));
        Assert.DoesNotContain(FindingCodes.HomeSettlementNeedsMaterials, d.Codes());
        Assert.Equal(Outcome.Direct, d.Outcome);
    }

    [Fact]
    public void Datong2024_NoBasis_EachCommitmentFilingNeedsMaterials()
    {
        var d = WithLongTermFilings(DatongResidentBackHome(FilingBasis.Commitment, "2024-12-31")).Evaluate();

        Assert.DoesNotContain(d.Trace, t => t.Rule == "filing.two-way-basis");
        Assert.Equal(new[] { "filing:F1", "filing:F2" }, d.Findings.Where(f => f.Code == FindingCodes.HomeSettlementNeedsMaterials).Select(f => f.Facts[0]));
        Assert.DoesNotContain(FindingCodes.TwoWaySettlement, d.Codes());
    }

    [Fact]
    public void Datong2025_AtHome_WithoutALongTermFilingElsewhere_NoBasis()
    {
        var temporary = DatongResidentBackHome(FilingBasis.Commitment).WithFiling(f => f with { Reason = FilingReason.OtherTemporary, ValidUntil = D("2025-12-31") }).Evaluate();
        var none = DatongResidentBackHome(FilingBasis.Commitment).WithoutFiling().Evaluate();

        Assert.DoesNotContain(temporary.Trace, t => t.Rule == "filing.two-way-basis");
        Assert.DoesNotContain(none.Trace, t => t.Rule == "filing.two-way-basis");
    }

    [Fact]
    public void Datong2025_TreatedAtTheDestination_NoBasis()
    {
        var d = DatongResidentBackHome(FilingBasis.Commitment).AtHospital(h => h with { Region = RegionCode.Parse("110105") }).Evaluate();

        Assert.DoesNotContain(d.Trace, t => t.Rule == "filing.two-way-basis");
    }
}
