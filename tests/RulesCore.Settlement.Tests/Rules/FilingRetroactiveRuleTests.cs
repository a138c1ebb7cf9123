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
}
