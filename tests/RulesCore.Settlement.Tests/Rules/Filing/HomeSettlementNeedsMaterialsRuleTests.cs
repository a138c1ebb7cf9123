using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Rules;

public class HomeSettlementNeedsMaterialsRuleTests
{
    private static CaseBuilder ChangshaResidentBackHome(FilingBasis basis) => LocalOutpatient()
        .WithFilings(Filing("F1", FilingReason.LongTermResident, Wuhan, "2024-01-01", basis: basis));

    [Fact]
    public void CommitmentOnly_AtHome_Fires()
    {
        var d = ChangshaResidentBackHome(FilingBasis.Commitment).Evaluate();

        var f = d.Single(FindingCodes.HomeSettlementNeedsMaterials);
        Assert.Equal(Outcome.PayThenClaim, d.Outcome);
        Assert.Equal(new[] { "filing:F1", "encounter" }, f.Facts);
        Assert.Contains(f.Remedies, r => r.Code == RemedyCodes.SupplementFilingMaterials);
    }

    [Theory]
    [InlineData(FilingBasis.Materials)]
    [InlineData(FilingBasis.CommitmentSupplemented)]
    public void WithMaterials_AtHome_DoesNotFire(FilingBasis basis)
    {
        Assert.Equal(Outcome.Direct, ChangshaResidentBackHome(basis).Evaluate().Outcome);
    }

    [Fact]
    public void CancelledOrExpiredFiling_DoesNotFire()
    {
        var cancelled = ChangshaResidentBackHome(FilingBasis.Commitment).WithFiling(f => f with { Status = FilingStatus.Cancelled });
        var ended = ChangshaResidentBackHome(FilingBasis.Commitment).WithFiling(f => f with { ValidUntil = D("2024-12-31") });

        Assert.Empty(cancelled.Evaluate().Findings);
        Assert.Empty(ended.Evaluate().Findings);
    }

    [Fact]
    public void CommitmentOnly_AtTheDestination_DoesNotFire()
    {
        var d = CrossProvinceOutpatient().WithFiling(f => f with { Basis = FilingBasis.Commitment }).Evaluate();

        Assert.Equal(Outcome.Direct, d.Outcome);
    }
}
