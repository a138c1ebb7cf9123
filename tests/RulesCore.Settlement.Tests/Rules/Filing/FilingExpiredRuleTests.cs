using RulesCore.Settlement.Rules;
using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Rules;

public class FilingExpiredRuleTests
{
    private static CaseBuilder Expired() =>
        CrossProvinceOutpatient().WithFilings(Filing("F1", FilingReason.OtherTemporary, Wuhan, "2024-08-01", "2025-01-31"));

    [Fact]
    public void ExpiredFiling_Fires_CapsPayThenClaim()
    {
        var d = Expired().Evaluate();

        var f = d.Single(FindingCodes.FilingExpired);
        Assert.Equal(Outcome.PayThenClaim, d.Outcome);
        Assert.Equal(new[] { "filing:F1", "encounter" }, f.Facts);
        Assert.Equal("filing.expired", f.Rule);
        Assert.Equal(Cause.Filing, f.Cause);
        Assert.Equal(Severity.Blocking, f.Severity);
        Assert.Contains(f.Remedies, r => r.Code == RemedyCodes.RenewFiling);
        Assert.Contains("2025-01-31", f.Message);
    }

    [Fact]
    public void ValidFiling_DoesNotFire()
    {
        Assert.DoesNotContain(FindingCodes.FilingExpired, Expired().On("2025-01-31").Evaluate().Codes());
    }

    [Fact]
    public void ExpiredFilingPlusValidOne_DoesNotFire()
    {
        var d = Expired().AddFiling(Filing("F2", FilingReason.OtherTemporary, Wuhan, "2025-02-01", "2025-07-31")).Evaluate();

        Assert.DoesNotContain(FindingCodes.FilingExpired, d.Codes());
        Assert.Equal(Outcome.DirectReducedRate, d.Outcome);
    }

    [Fact]
    public void ExpiredFilingForAnotherRegion_IsNotExpiredButWrongRegion()
    {
        var d = CrossProvinceOutpatient().WithFilings(Filing("F1", FilingReason.OtherTemporary, Hangzhou, "2024-08-01", "2025-01-31")).Evaluate();

        Assert.DoesNotContain(FindingCodes.FilingExpired, d.Codes());
        Assert.Contains(FindingCodes.FilingWrongRegion, d.Codes());
    }

    [Fact]
    public void AtRuleLevel_ItFiresOnTheFilingAndTheVisit_WithOnlyTheRulesThatDeriveWhatItReads()
    {
        var evaluator = RuleTest.For(typeof(FilingExpiredRule));

        var d = evaluator.Evaluate(Expired());

        SettlementAssert.RuleFired(d, "filing.expired", "encounter", "filing:F1");
        SettlementAssert.HasExactlyFindings(d, FindingCodes.FilingExpired);
        Assert.Equal(new[] { "filing.expired", "filing.covers", "filing.emergency-basis", "filing.exempt-intra-province", "filing.gap", "filing.scope", "filing.timing" }.OrderBy(x => x, StringComparer.Ordinal),
            evaluator.Rules.Select(r => r.Id).OrderBy(x => x, StringComparer.Ordinal));
        SettlementAssert.RuleDidNotFire(evaluator.Evaluate(Expired().On("2025-01-31")), "filing.expired");
    }

    [Fact]
    public void Expired_MessageInBothLanguages()
    {
        Assert.Contains("备案 F1", Expired().Evaluate(Languages.Chinese).Single(FindingCodes.FilingExpired).Message);
        Assert.Contains("Filing F1", Expired().Evaluate(Languages.English).Single(FindingCodes.FilingExpired).Message);
    }

    // A stay's wording, and a filing ending on the admission day.

    [Fact]
    public void AStay_FilingEndedBeforeAdmission_SaysSo()
    {
        var f = CrossProvinceOutpatient().WithFiling(x => x with { ValidUntil = D("2025-03-09") }).AsInpatient("2025-03-20")
            .Evaluate(asOf: "2025-03-20").Single(FindingCodes.FilingExpired);

        Assert.Equal("Filing F1 ended on 2025-03-09, before admission on 2025-03-10.", f.Message);
    }

    [Fact]
    public void AStay_FilingEndingOnTheAdmissionDay_Covers()
    {
        var d = CrossProvinceOutpatient().WithFiling(x => x with { ValidUntil = D("2025-03-10") }).AsInpatient("2025-03-20").Evaluate(asOf: "2025-03-20");

        Assert.Equal(Outcome.Direct, d.Outcome);
        Assert.False(d.Has(FindingCodes.FilingExpired));
    }
}
