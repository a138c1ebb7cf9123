using RulesCore.Settlement;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Testing.Tests;

public class SettlementAssertTests
{
    private static readonly SettlementEvaluator Evaluator = new();
    private static readonly SettlementDecision Direct = Evaluator.Evaluate(Cases.CrossProvinceOutpatient());
    private static readonly SettlementDecision Expired = Evaluator.Evaluate(Cases.CrossProvinceOutpatient().WithExpiredFiling(), new EvaluationOptions { Language = Languages.English });

    [Fact]
    public void PassingAssertions_DoNotThrow()
    {
        SettlementAssert.SettlesDirectly(Direct);
        SettlementAssert.CapsAt(Expired, Outcome.PayThenClaim);
        Assert.Equal(FindingCodes.FilingExpired, SettlementAssert.HasFinding(Expired, FindingCodes.FilingExpired).Code);
        SettlementAssert.HasFindingWithRemedy(Expired, FindingCodes.FilingExpired, RemedyCodes.RenewFiling);
        SettlementAssert.HasNoFinding(Direct, FindingCodes.FilingExpired);
        SettlementAssert.HasExactlyFindings(Direct);
        SettlementAssert.RuleFired(Expired, "filing.expired", "encounter", "filing:F1");
        SettlementAssert.RuleFired(Expired, "filing.expired");
        SettlementAssert.RuleDidNotFire(Direct, "filing.expired");
    }

    [Fact]
    public void Failure_PrintsTheFindingsAndTheTrace()
    {
        var e = Assert.Throws<SettlementAssertionException>(() => SettlementAssert.SettlesDirectly(Expired));

        Assert.StartsWith("Expected the outcome Direct, but it is PayThenClaim.", e.Message, StringComparison.Ordinal);
        Assert.Contains("FILING_EXPIRED [Filing, Blocking, caps PayThenClaim] by filing.expired on filing:F1, encounter", e.Message, StringComparison.Ordinal);
        Assert.Contains("remedy RENEW_FILING", e.Message, StringComparison.Ordinal);
        Assert.Contains("Trace:", e.Message, StringComparison.Ordinal);
        Assert.Contains("  filing.gap on encounter", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EachAssertion_FailsWhenItShould()
    {
        Assert.Throws<SettlementAssertionException>(() => SettlementAssert.CapsAt(Direct, Outcome.NotReimbursable));
        Assert.Throws<SettlementAssertionException>(() => SettlementAssert.HasFinding(Direct, FindingCodes.FilingExpired));
        Assert.Throws<SettlementAssertionException>(() => SettlementAssert.HasFindingWithRemedy(Expired, FindingCodes.FilingExpired, RemedyCodes.PayArrears));
        Assert.Throws<SettlementAssertionException>(() => SettlementAssert.HasNoFinding(Expired, FindingCodes.FilingExpired));
        Assert.Throws<SettlementAssertionException>(() => SettlementAssert.HasExactlyFindings(Expired));
        Assert.Throws<SettlementAssertionException>(() => SettlementAssert.RuleFired(Direct, "filing.expired"));
        var onOther = Assert.Throws<SettlementAssertionException>(() => SettlementAssert.RuleFired(Expired, "filing.expired", "filing:F9"));
        Assert.Contains("but it fired on [encounter, filing:F1]", onOther.Message, StringComparison.Ordinal);
        Assert.Throws<SettlementAssertionException>(() => SettlementAssert.RuleDidNotFire(Expired, "filing.expired"));
        Assert.Throws<ArgumentNullException>(() => SettlementAssert.SettlesDirectly(null!));
    }

    [Fact]
    public void AssertionException_IsFrameworkIndependent()
    {
        Assert.Equal(typeof(Exception), typeof(SettlementAssertionException).BaseType);
        Assert.Equal("RulesCore.Testing", typeof(SettlementAssertionException).Assembly.GetName().Name);
    }
}
