using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Rules;

/// <summary>After the visit, where the insured region's retroactive window is unknown: neither promise nor deny — ask.</summary>
public class FilingRetroactiveAskRuleTests
{
    private static CaseBuilder Unfiled() => CrossProvinceOutpatient().WithFilings();

    [Fact]
    public void AfterTheVisit_WindowUnknown_WarnsToAsk()
    {
        var d = Unfiled().Evaluate(Languages.Chinese, asOf: "2025-04-01");

        var f = d.Single(FindingCodes.FilingRetroactiveAsk);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Null(f.Caps);
        Assert.Contains("很多地区允许在就医（住院为出院）后6个月内补办", f.Message, StringComparison.Ordinal);
        Assert.Contains("长沙市（430100）", f.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { RemedyCodes.AskAboutRetroactiveFiling }, f.Remedies.Select(r => r.Code));
        Assert.Equal(Outcome.PayThenClaim, d.Outcome);
    }

    [Fact]
    public void BeforeTheVisit_DoesNotFire()
    {
        Assert.False(Unfiled().Evaluate(asOf: "2025-03-09").Has(FindingCodes.FilingRetroactiveAsk));
    }

    [Fact]
    public void WhileStillAdmitted_FilingBeforeDischargeDecides_NotTheWindow()
    {
        var d = Unfiled().WithEncounter(e => e with { Setting = CareSetting.Inpatient, DischargeDate = null }).Evaluate(asOf: "2025-03-12");

        Assert.True(d.Has(FindingCodes.FilingRetroactiveAvailable));
        Assert.False(d.Has(FindingCodes.FilingRetroactiveAsk));
    }

    [Fact]
    public void AKnownWindow_DecidesAsBefore()
    {
        var evaluator = WithPack(Pack("430100", "retroactiveFilingWindowMonths", "6"));
        var within = evaluator.Evaluate(Unfiled().Build() with { AsOf = D("2025-06-01") });
        var after = evaluator.Evaluate(Unfiled().Build() with { AsOf = D("2025-10-01") });
        var none = WithPack(Pack("430100", "retroactiveFilingWindowMonths", "0")).Evaluate(Unfiled().Build() with { AsOf = D("2025-04-01") });

        Assert.Equal(new[] { FindingCodes.FilingMissing, FindingCodes.FilingRetroactiveAvailable }, within.Codes());
        Assert.Equal(new[] { FindingCodes.FilingMissing }, after.Codes());
        Assert.Equal(new[] { FindingCodes.FilingMissing }, none.Codes());
    }

    [Fact]
    public void HoldingAFilingThatStartsTooLate_AfterTheVisit_TheInsuredRegionIsAskedToo()
    {
        var d = CrossProvinceOutpatient().WithFiling(f => f with { ValidFrom = D("2025-03-15") }).Evaluate(asOf: "2025-04-01");

        // Whether the start can be moved back is as much the insured region's to allow as a retroactive filing.
        Assert.Equal(new[] { FindingCodes.FilingNotYetValid, FindingCodes.FilingRetroactiveAsk }, d.Codes());
        Assert.Equal(RemedyCodes.AskAboutRetroactiveFiling, d.Single(FindingCodes.FilingNotYetValid).Remedies[0].Code);
    }

    // Asked on the day of an outpatient visit, the visit is over: the unknown window is asked about.

    [Fact]
    public void AskedOnTheVisitDay_AfterAnOutpatientVisit_TheUnknownWindowIsAsked()
    {
        var d = CrossProvinceOutpatient().WithoutFiling().Evaluate(asOf: "2025-03-10");

        Assert.Equal(new[] { FindingCodes.FilingMissing, FindingCodes.FilingRetroactiveAsk }, d.Codes());
    }
}
