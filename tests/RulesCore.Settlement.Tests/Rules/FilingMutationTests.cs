using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Rules;

/// <summary>
/// What the filing rules decide at the exact edges where mutation testing found no test that would notice a change:
/// the day a window closes, the day a change lock ends, which reduction a kind of filing carries inside a province,
/// which of two equal bases decides, and how a stay's dates are worded.
/// </summary>
public class FilingMutationTests
{
    /// <summary>An evaluator with one extra pack for <paramref name="region"/> setting several parameters (stated).</summary>
    private static SettlementEvaluator WithParameters(string region, params (string Name, string Value)[] parameters)
    {
        var entries = string.Join(",\n", parameters.Select(p =>
            $$"""    "{{p.Name}}": [ { "value": {{p.Value}}, "effectiveFrom": null, "effectiveUntil": null, "source": "test", "confidence": "stated" } ]"""));
        return WithPack($$"""
            { "schemaVersion": 1, "region": "{{region}}", "name": "test",
              "parameters": {
            {{entries}}
              } }
            """);
    }

    private static SettlementDecision Evaluate(SettlementEvaluator evaluator, CaseBuilder c, string? asOf = null) =>
        evaluator.Evaluate(c.Build(), new EvaluationOptions { Language = Languages.English, AsOf = asOf is null ? null : D(asOf) });

    /// <summary>Insured in 十堰 (420300), treated in 武汉: a visit elsewhere in the province.</summary>
    private static readonly SettlementEvaluator IntraReductions = WithParameters("420300",
        ("intraProvinceRateReductionReferralEmergencyPoints", "3"),
        ("intraProvinceRateReductionOtherTemporaryPoints", "7"),
        ("rateReductionReferralEmergencyPoints", "11"),
        ("rateReductionOtherTemporaryPoints", "13"));

    // ---- FilingCoversRule: the reduction a kind of filing carries inside the province ----

    [Theory]
    [InlineData(FilingReason.Referral, 3)]
    [InlineData(FilingReason.Emergency, 3)]
    [InlineData(FilingReason.OtherTemporary, 7)]
    public void IntraProvinceTemporaryFiling_CarriesTheProvincesOwnReduction(FilingReason reason, int points)
    {
        var d = Evaluate(IntraReductions, IntraProvinceOutpatient().WithFiling(f => f with { Reason = reason, ValidUntil = D("2025-06-30") }));

        var f = d.Single(FindingCodes.TemporaryRateReduction);
        Assert.Equal(points, d.RateReductionPoints);
        Assert.Equal(Outcome.DirectReducedRate, d.Outcome);
        Assert.Equal(new[] { "filing:F1", "encounter" }, f.Facts);
        Assert.Equal($"As {(reason == FilingReason.OtherTemporary ? "another temporary visitor" : reason == FilingReason.Referral ? "a referral" : "an emergency patient")}, the insured region lowers the reimbursement ratio by {points} percentage points.", f.Message);
    }

    [Fact]
    public void IntraProvinceLongTermFiling_CarriesNoReduction()
    {
        var d = Evaluate(IntraReductions, IntraProvinceOutpatient());

        Assert.Equal(Outcome.Direct, d.Outcome);
        Assert.Equal(0, d.RateReductionPoints);
        Assert.False(d.Has(FindingCodes.TemporaryRateReduction));
    }

    // ---- EmergencyBasisRule: the emergency reduction inside the province and across ----

    [Fact]
    public void IntraProvinceEmergency_WithoutFiling_CarriesTheProvincesEmergencyReduction()
    {
        var d = Evaluate(IntraReductions, IntraProvinceOutpatient().WithoutFiling().AsEmergency());

        Assert.Equal(3, d.RateReductionPoints);
        Assert.True(d.Has(FindingCodes.EmergencyDeemedFiled));
        Assert.Equal(new[] { "policy:emergencyDeemedFiled", "encounter" }, d.Single(FindingCodes.TemporaryRateReduction).Facts);
    }

    [Fact]
    public void CrossProvinceEmergency_WithoutFiling_CarriesTheNationalEmergencyReduction()
    {
        var d = CrossProvinceOutpatient().WithoutFiling().AsEmergency().Evaluate();

        Assert.Equal(10, d.RateReductionPoints);
        Assert.Equal(Outcome.DirectReducedRate, d.Outcome);
    }

    // ---- ReductionEntitlementRule: the smallest reduction, ties by reference ----

    [Fact]
    public void EqualReductions_TheFirstReferenceDecides_WhicheverComesFirst()
    {
        var f1 = Filing("F1", FilingReason.OtherTemporary, Wuhan, "2025-01-01", "2025-06-30");
        var f2 = Filing("F2", FilingReason.OtherTemporary, Wuhan, "2025-01-01", "2025-06-30");

        var forward = CrossProvinceOutpatient().WithFilings(f1, f2).Evaluate();
        var backward = CrossProvinceOutpatient().WithFilings(f2, f1).Evaluate();

        Assert.Equal(new[] { "filing:F1", "encounter" }, forward.Single(FindingCodes.TemporaryRateReduction).Facts);
        Assert.Equal(new[] { "filing:F1", "encounter" }, backward.Single(FindingCodes.TemporaryRateReduction).Facts);
        Assert.Equal(20, backward.RateReductionPoints);
    }

    [Fact]
    public void ASmallerReductionWithALaterReference_Decides_WhicheverComesFirst()
    {
        // F1 (20 points) sorts before F2 (10 points): the reference breaks ties only.
        var f1 = Filing("F1", FilingReason.OtherTemporary, Wuhan, "2025-01-01", "2025-06-30");
        var f2 = Filing("F2", FilingReason.Referral, Wuhan, "2025-01-01", "2025-06-30");

        foreach (var d in new[] { CrossProvinceOutpatient().WithFilings(f1, f2).Evaluate(), CrossProvinceOutpatient().WithFilings(f2, f1).Evaluate() })
        {
            Assert.Equal(10, d.RateReductionPoints);
            Assert.Equal(new[] { "filing:F2", "encounter" }, d.Single(FindingCodes.TemporaryRateReduction).Facts);
        }
    }

    [Fact]
    public void EmergencyWithAReferralFiling_EqualReductions_TheFilingDecides()
    {
        // "filing:F1" sorts before "policy:emergencyDeemedFiled"; both carry 10 points.
        var d = CrossProvinceOutpatient().WithFiling(f => f with { Reason = FilingReason.Referral, ValidUntil = D("2025-06-30") }).AsEmergency().Evaluate();

        Assert.Equal(10, d.RateReductionPoints);
        Assert.Equal(new[] { "filing:F1", "encounter" }, d.Single(FindingCodes.TemporaryRateReduction).Facts);
    }

    [Fact]
    public void EmergencyWithAnOtherTemporaryFiling_TheEmergencyBasisIsSmaller()
    {
        var d = CrossProvinceOutpatient().WithFiling(f => f with { Reason = FilingReason.OtherTemporary, ValidUntil = D("2025-06-30") }).AsEmergency().Evaluate();

        Assert.Equal(10, d.RateReductionPoints);
        Assert.Equal(new[] { "policy:emergencyDeemedFiled", "encounter" }, d.Single(FindingCodes.TemporaryRateReduction).Facts);
        Assert.False(d.Has(FindingCodes.EmergencyDeemedFiled));
    }

    // ---- FilingGapRule: the window's edges ----

    [Fact]
    public void AZeroMonthWindow_OnTheVisitDay_OffersNoRetroactiveFiling_AndDoesNotAsk()
    {
        var d = Evaluate(WithPack(Pack("430100", "retroactiveFilingWindowMonths", "0")), CrossProvinceOutpatient().WithoutFiling());

        Assert.Equal(new[] { FindingCodes.FilingMissing }, d.Codes());
    }

    [Fact]
    public void AStaysWindow_RunsFromDischarge_NotAdmission()
    {
        var evaluator = WithPack(Pack("430100", "retroactiveFilingWindowMonths", "1"));
        var c = CrossProvinceOutpatient().WithoutFiling().AsInpatient("2025-03-20");

        var last = Evaluate(evaluator, c, "2025-04-20");
        var late = Evaluate(evaluator, c, "2025-04-21");

        Assert.Equal("Filing now, retroactively, still lets the visit settle (until 2025-04-20).", last.Single(FindingCodes.FilingRetroactiveAvailable).Message);
        Assert.Equal(new[] { FindingCodes.FilingMissing }, late.Codes());
    }

    [Fact]
    public void AskedOnTheVisitDay_AfterAnOutpatientVisit_TheUnknownWindowIsAsked()
    {
        var d = CrossProvinceOutpatient().WithoutFiling().Evaluate(asOf: "2025-03-10");

        Assert.Equal(new[] { FindingCodes.FilingMissing, FindingCodes.FilingRetroactiveAsk }, d.Codes());
    }

    [Fact]
    public void StillAdmitted_WhereFilingBeforeDischargeIsNotAllowed_TheWindowDecides()
    {
        var evaluator = WithParameters("430100", ("retroactiveFilingBeforeDischarge", "false"), ("retroactiveFilingWindowMonths", "0"));

        var d = Evaluate(evaluator, CrossProvinceOutpatient().WithoutFiling().AsInpatient(), "2025-03-12");

        Assert.Equal(new[] { FindingCodes.FilingMissing }, d.Codes());
    }

    // ---- FilingRetroactiveRule: asked before or on the visit day ----

    [Fact]
    public void AskedOnTheVisitDay_ItIsRetroactive_NotFileFirst()
    {
        var evaluator = WithPack(Pack("430100", "retroactiveFilingWindowMonths", "6"));

        var on = Evaluate(evaluator, CrossProvinceOutpatient().WithoutFiling(), "2025-03-10").Single(FindingCodes.FilingRetroactiveAvailable);
        var before = Evaluate(evaluator, CrossProvinceOutpatient().WithoutFiling(), "2025-03-09").Single(FindingCodes.FilingRetroactiveAvailable);

        Assert.Equal("Filing now, retroactively, still lets the visit settle (until 2025-09-10).", on.Message);
        Assert.Equal(new[] { RemedyCodes.FileRetroactively }, on.Remedies.Select(r => r.Code));
        Assert.Contains("retroactiveFilingWindowMonths = 6", on.Basis, StringComparison.Ordinal);
        Assert.DoesNotContain("retroactiveFilingBeforeDischarge", on.Basis, StringComparison.Ordinal);
        Assert.Equal("File before the visit and it settles under the rules.", before.Message);
        Assert.Equal(new[] { RemedyCodes.FileBeforeVisit }, before.Remedies.Select(r => r.Code));
    }

    [Fact]
    public void AWindowsLastDay_IsWrittenInChineseToo()
    {
        var d = WithPack(Pack("430100", "retroactiveFilingWindowMonths", "6"))
            .Evaluate(CrossProvinceOutpatient().WithoutFiling().Build(), new EvaluationOptions { Language = Languages.Chinese, AsOf = D("2025-04-01") });

        Assert.Equal("现在补办备案仍可按规定直接结算（截至 2025-09-10）。", d.Single(FindingCodes.FilingRetroactiveAvailable).Message);
    }

    [Fact]
    public void AskedBeforeAdmission_FileBeforeTheStay()
    {
        var f = CrossProvinceOutpatient().WithoutFiling().AsInpatient().Evaluate(asOf: "2025-03-09").Single(FindingCodes.FilingRetroactiveAvailable);

        Assert.Equal("File before admission and the stay settles under the rules (before discharge at the latest).", f.Message);
        Assert.Equal(new[] { RemedyCodes.FileBeforeVisit }, f.Remedies.Select(r => r.Code));
        Assert.Contains("retroactiveFilingBeforeDischarge", f.Basis, StringComparison.Ordinal);
    }

    // ---- FilingNotYetValidRule: a stay's wording and when adjusting still helps ----

    [Fact]
    public void AStay_FilingStartingAfterDischarge_SaysSo()
    {
        var f = CrossProvinceOutpatient().WithFiling(x => x with { ValidFrom = D("2025-03-21") }).AsInpatient("2025-03-20")
            .Evaluate(asOf: "2025-03-20").Single(FindingCodes.FilingNotYetValid);

        Assert.Equal("Filing F1 starts on 2025-03-21, after discharge on 2025-03-20.", f.Message);
        Assert.Contains(f.Remedies, r => r.Code == RemedyCodes.AdjustFilingStart);
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
    public void AnOutpatientVisit_AfterItWithNoWindow_OnlyAClaimIsLeft()
    {
        var late = CrossProvinceOutpatient().WithFiling(x => x with { ValidFrom = D("2025-03-11") }).Evaluate(asOf: "2025-03-10").Single(FindingCodes.FilingNotYetValid);
        var early = CrossProvinceOutpatient().WithFiling(x => x with { ValidFrom = D("2025-03-11") }).Evaluate(asOf: "2025-03-09").Single(FindingCodes.FilingNotYetValid);

        Assert.Equal(new[] { RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion }, late.Remedies.Select(r => r.Code));
        Assert.Equal(new[] { RemedyCodes.AdjustFilingStart, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion }, early.Remedies.Select(r => r.Code));
        Assert.Equal("Filing F1 takes effect only on 2025-03-11, after the visit.", late.Message);
    }

    [Fact]
    public void AnOutpatientVisit_WithinTheWindow_AdjustingTheStartStillHelps()
    {
        var f = Evaluate(WithPack(Pack("430100", "retroactiveFilingWindowMonths", "6")),
            CrossProvinceOutpatient().WithFiling(x => x with { ValidFrom = D("2025-03-11") }), "2025-04-01").Single(FindingCodes.FilingNotYetValid);

        Assert.Contains(f.Remedies, r => r.Code == RemedyCodes.AdjustFilingStart);
    }

    // ---- FilingWrongRegionRule: the change lock's last day, a province filing elsewhere ----

    [Fact]
    public void LongTermFiling_OnTheDayTheChangeLockEnds_CanBeChangedNow()
    {
        var c = CrossProvinceOutpatient().InsuredIn(RegionCode.Parse("451200")).WithFilings(Filing("F1", FilingReason.LongTermResident, Hangzhou, "2024-09-10"));

        var onTheDay = c.Evaluate().Single(FindingCodes.FilingWrongRegion);
        var dayBefore = CrossProvinceOutpatient().InsuredIn(RegionCode.Parse("451200")).WithFilings(Filing("F1", FilingReason.LongTermResident, Hangzhou, "2024-09-11"))
            .Evaluate().Single(FindingCodes.FilingWrongRegion);

        Assert.Equal("Cancel the filing in the app and file again for the treatment city; most regions approve the same day.",
            onTheDay.Remedies.Single(r => r.Code == RemedyCodes.RefileCorrectRegion).Text);
        Assert.DoesNotContain("longTermFilingChangeLockMonths", onTheDay.Basis, StringComparison.Ordinal);
        Assert.StartsWith("This long-term filing started on 2024-09-11 and can be changed or cancelled only after 6 months, from 2025-03-11",
            dayBefore.Remedies.Single(r => r.Code == RemedyCodes.RefileCorrectRegion).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AProvinceFilingForAnotherProvince_IsAPlainWrongRegion()
    {
        var f = CrossProvinceOutpatient().WithFiling(x => x with { DestinationRegion = RegionCode.Parse("330000") }).Evaluate().Single(FindingCodes.FilingWrongRegion);

        Assert.StartsWith("Filing F1 names the pooling region ", f.Message, StringComparison.Ordinal);
        Assert.EndsWith("but the hospital is in 420100 (Hubei).", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATemporaryFilingElsewhere_CarriesNoChangeLock()
    {
        var f = CrossProvinceOutpatient().InsuredIn(RegionCode.Parse("451200"))
            .WithFilings(Filing("F1", FilingReason.OtherTemporary, Hangzhou, "2025-03-01", "2025-08-31")).Evaluate().Single(FindingCodes.FilingWrongRegion);

        Assert.DoesNotContain("longTermFilingChangeLockMonths", f.Basis, StringComparison.Ordinal);
        Assert.Equal("Cancel the filing in the app and file again for the treatment city; most regions approve the same day.",
            f.Remedies.Single(r => r.Code == RemedyCodes.RefileCorrectRegion).Text);
    }

    // ---- FilingExpiredRule: a stay's wording ----

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
