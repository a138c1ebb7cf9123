using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Rules;

public class FilingNotYetValidRuleTests
{
    [Fact]
    public void FilingStartingAfterTheVisit_Fires()
    {
        var d = CrossProvinceOutpatient().WithFiling(f => f with { ValidFrom = D("2025-03-11") }).Evaluate();

        var f = d.Single(FindingCodes.FilingNotYetValid);
        Assert.Equal(Outcome.PayThenClaim, d.Outcome);
        Assert.Contains("2025-03-11", f.Message);
        Assert.Equal(new[] { "filing:F1", "encounter" }, f.Facts);
    }

    [Fact]
    public void FilingStartingOnTheVisitDay_DoesNotFire()
    {
        var d = CrossProvinceOutpatient().WithFiling(f => f with { ValidFrom = D("2025-03-10") }).Evaluate();

        Assert.DoesNotContain(FindingCodes.FilingNotYetValid, d.Codes());
    }

    [Fact]
    public void CancelledFutureFiling_IsCancelledNotNotYetValid()
    {
        var d = CrossProvinceOutpatient().WithFiling(f => f with { ValidFrom = D("2025-04-01"), Status = FilingStatus.Cancelled }).Evaluate();

        Assert.Equal(new[] { FindingCodes.FilingCancelled, FindingCodes.FilingRetroactiveAsk }, d.Codes());
    }

    // A stay's wording, and when adjusting the start still helps.

    [Fact]
    public void AStay_FilingStartingAfterDischarge_SaysSo()
    {
        var f = CrossProvinceOutpatient().WithFiling(x => x with { ValidFrom = D("2025-03-21") }).AsInpatient("2025-03-20")
            .Evaluate(asOf: "2025-03-20").Single(FindingCodes.FilingNotYetValid);

        Assert.Equal("Filing F1 starts on 2025-03-21, after discharge on 2025-03-20.", f.Message);
        Assert.Equal(new[] { RemedyCodes.AdjustFilingStart, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion }, f.Remedies.Select(r => r.Code));
    }

    [Fact]
    public void AStayStillAdmitted_FilingStartingLater_SaysNotYet()
    {
        var f = CrossProvinceOutpatient().WithFiling(x => x with { ValidFrom = D("2025-03-13") }).AsInpatient()
            .Evaluate(asOf: "2025-03-12").Single(FindingCodes.FilingNotYetValid);

        Assert.Equal("Filing F1 starts on 2025-03-13; it has not covered any day of the stay so far (2025-03-12).", f.Message);
    }

    [Fact]
    public void AStayAskedOnTheAdmissionDay_FilingStartingLater_SaysAfterAdmission()
    {
        var f = CrossProvinceOutpatient().WithFiling(x => x with { ValidFrom = D("2025-03-11") }).AsInpatient()
            .Evaluate(asOf: "2025-03-10").Single(FindingCodes.FilingNotYetValid);

        Assert.Equal("Filing F1 starts on 2025-03-11, after admission on 2025-03-10.", f.Message);
    }

    [Fact]
    public void AnOutpatientVisit_AfterItWithTheWindowUnknown_TheInsuredRegionIsAsked()
    {
        var late = CrossProvinceOutpatient().WithFiling(x => x with { ValidFrom = D("2025-03-11") }).Evaluate(asOf: "2025-03-10").Single(FindingCodes.FilingNotYetValid);
        var early = CrossProvinceOutpatient().WithFiling(x => x with { ValidFrom = D("2025-03-11") }).Evaluate(asOf: "2025-03-09").Single(FindingCodes.FilingNotYetValid);

        Assert.Equal(new[] { RemedyCodes.AskAboutRetroactiveFiling, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion }, late.Remedies.Select(r => r.Code));
        Assert.Equal(new[] { RemedyCodes.AdjustFilingStart, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion }, early.Remedies.Select(r => r.Code));
        Assert.Equal("Filing F1 takes effect only on 2025-03-11, after the visit.", late.Message);
    }

    /// <summary>The person holds the filing: moving its start is the fix, not filing anew (which a gap with a deadline offers otherwise).</summary>
    [Fact]
    public void AnOutpatientVisit_WithinTheWindow_AdjustingTheStartStillHelps_NotFilingAnew()
    {
        var f = Decide(WithPack(Pack("430100", "retroactiveFilingWindowMonths", "6")),
            CrossProvinceOutpatient().WithFiling(x => x with { ValidFrom = D("2025-03-11") }), "2025-04-01").Single(FindingCodes.FilingNotYetValid);

        Assert.Equal(new[] { RemedyCodes.AdjustFilingStart, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion }, f.Remedies.Select(r => r.Code));
    }
}
