using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Rules;

public class FilingRetroactiveRuleTests
{
    private static CaseBuilder Admitted(string? discharge) => CrossProvinceOutpatient().WithFilings()
        .WithEncounter(e => e with { Setting = CareSetting.Inpatient, DischargeDate = discharge is null ? null : D(discharge) });

    [Fact]
    public void InpatientStillAdmitted_Fires()
    {
        var d = Admitted(null).Evaluate();

        var f = d.Single(FindingCodes.FilingRetroactiveAvailable);
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Null(f.Caps);
        Assert.Equal(RemedyCodes.FileRetroactively, Assert.Single(f.Remedies).Code);
        Assert.Contains(FindingCodes.FilingMissing, d.Codes());
    }

    [Fact]
    public void AsOfOnDischargeDay_Fires_DayAfter_DoesNot()
    {
        var c = Admitted("2025-03-15");

        Assert.Contains(FindingCodes.FilingRetroactiveAvailable, c.Evaluate(asOf: "2025-03-15").Codes());
        Assert.DoesNotContain(FindingCodes.FilingRetroactiveAvailable, c.Evaluate(asOf: "2025-03-16").Codes());
    }

    [Fact]
    public void Outpatient_WithoutRegionalWindow_DoesNotFire()
    {
        Assert.DoesNotContain(FindingCodes.FilingRetroactiveAvailable, CrossProvinceOutpatient().WithFilings().Evaluate().Codes());
    }

    [Fact]
    public void RegionalWindow_FiresUntilItsLastDay()
    {
        var evaluator = WithPack(Pack("430100", "retroactiveFilingWindowMonths", "6"));
        var c = CrossProvinceOutpatient().WithFilings();

        var inWindow = evaluator.Evaluate(c, new EvaluationOptions { Language = Languages.English, AsOf = D("2025-09-10") });
        var late = evaluator.Evaluate(c, new EvaluationOptions { Language = Languages.English, AsOf = D("2025-09-11") });

        Assert.Contains("until 2025-09-10", inWindow.Single(FindingCodes.FilingRetroactiveAvailable).Message);
        Assert.DoesNotContain(FindingCodes.FilingRetroactiveAvailable, late.Codes());
    }

    [Fact]
    public void CaseAsOf_IsUsedWhenOptionsGiveNone()
    {
        var c = Admitted("2025-03-15").Build() with { AsOf = D("2025-03-20") };

        Assert.DoesNotContain(FindingCodes.FilingRetroactiveAvailable, c.Evaluate().Codes());
    }

    [Fact]
    public void CoveredVisit_DoesNotFire()
    {
        var d = CrossProvinceOutpatient().WithEncounter(e => e with { Setting = CareSetting.Inpatient }).Evaluate();

        Assert.DoesNotContain(FindingCodes.FilingRetroactiveAvailable, d.Codes());
    }

    // The window's edges: none at all, a stay's window from discharge, filing before discharge not allowed.

    [Fact]
    public void AZeroMonthWindow_OnTheVisitDay_OffersNoRetroactiveFiling_AndDoesNotAsk()
    {
        var d = Decide(WithPack(Pack("430100", "retroactiveFilingWindowMonths", "0")), CrossProvinceOutpatient().WithoutFiling());

        Assert.Equal(new[] { FindingCodes.FilingMissing }, d.Codes());
    }

    [Fact]
    public void AStaysWindow_RunsFromDischarge_NotAdmission()
    {
        var evaluator = WithPack(Pack("430100", "retroactiveFilingWindowMonths", "1"));
        var c = CrossProvinceOutpatient().WithoutFiling().AsInpatient("2025-03-20");

        var last = Decide(evaluator, c, "2025-04-20");
        var late = Decide(evaluator, c, "2025-04-21");

        Assert.Equal("Filing now, retroactively, still lets the visit settle (until 2025-04-20).", last.Single(FindingCodes.FilingRetroactiveAvailable).Message);
        Assert.Equal(new[] { FindingCodes.FilingMissing }, late.Codes());
    }

    [Fact]
    public void StillAdmitted_WhereFilingBeforeDischargeIsNotAllowed_TheWindowDecides()
    {
        var evaluator = WithParameters("430100", ("retroactiveFilingBeforeDischarge", "false"), ("retroactiveFilingWindowMonths", "0"));

        var d = Decide(evaluator, CrossProvinceOutpatient().WithoutFiling().AsInpatient(), "2025-03-12");

        Assert.Equal(new[] { FindingCodes.FilingMissing }, d.Codes());
    }

    // Asked on the visit day it is retroactive; before it, file first; a stay's advice before admission.

    [Fact]
    public void AskedOnTheVisitDay_ItIsRetroactive_NotFileFirst()
    {
        var evaluator = WithPack(Pack("430100", "retroactiveFilingWindowMonths", "6"));

        var on = Decide(evaluator, CrossProvinceOutpatient().WithoutFiling(), "2025-03-10").Single(FindingCodes.FilingRetroactiveAvailable);
        var before = Decide(evaluator, CrossProvinceOutpatient().WithoutFiling(), "2025-03-09").Single(FindingCodes.FilingRetroactiveAvailable);

        Assert.Equal("Filing now, retroactively, still lets the visit settle (until 2025-09-10).", on.Message);
        Assert.Equal(new[] { RemedyCodes.FileRetroactively }, on.Remedies.Select(r => r.Code));
        Assert.Contains("time allowed to file after the visit: 6 months", on.Basis, StringComparison.Ordinal);
        Assert.DoesNotContain("filing before discharge settles directly", on.Basis, StringComparison.Ordinal);
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
        Assert.Contains("filing before discharge settles directly", f.Basis, StringComparison.Ordinal);
    }
}
