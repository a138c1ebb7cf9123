using RulesCore.Settlement;
using RulesCore.Settlement.Policies;
using RulesCore.Testing;
using RulesCore.Settlement.Model;

namespace RulesCore.Samples.RegionalRule;

/// <summary>The example rule tested at rule level and inside a full evaluator, with its parameter and its pack.</summary>
public class LongStayNoticeRuleTests
{
    private static SettlementOptions Options() => new SettlementOptions()
        .AddParameter(LongStayNoticeRule.ThresholdDays, 30, new LocalizedText("示例默认值", "example default"), Confidence.Low)
        .AddPolicyPackFile(Path.Combine(AppContext.BaseDirectory, "example-450000.json"));

    /// <summary>A 河池 (广西) patient admitted on 2025-03-10, discharged after <paramref name="days"/> days.</summary>
    private static CaseBuilder Stay(int days, string insured = "451200") =>
        Cases.CrossProvinceOutpatient().InsuredIn(insured).AsInpatient(discharged: new DateTime(2025, 3, 10).AddDays(days).ToString("yyyy-MM-dd"));

    [Fact]
    public void AStayLongerThanThePacksThreshold_GetsTheNote()
    {
        var decision = RuleTest.For(Options(), typeof(LongStayNoticeRule)).Evaluate(Stay(25));

        SettlementAssert.RuleFired(decision, "example.long-stay-notice", "encounter");
        Assert.Contains("20", SettlementAssert.HasFinding(decision, "EXAMPLE_LONG_STAY_NOTICE").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AShorterStay_GetsNoNote()
    {
        SettlementAssert.RuleDidNotFire(RuleTest.For(Options(), typeof(LongStayNoticeRule)).Evaluate(Stay(15)), "example.long-stay-notice");
    }

    [Fact]
    public void OutsideGuangxi_TheRuleDoesNotApply()
    {
        var evaluator = RuleTest.For(Options(), typeof(LongStayNoticeRule));

        SettlementAssert.RuleDidNotFire(evaluator.Evaluate(Stay(60, insured: "430100")), "example.long-stay-notice");
        Assert.False(evaluator.Rules.Single(r => r.Id == "example.long-stay-notice").AppliesTo(Stay(60, insured: "430100").Build()));
    }

    [Fact]
    public void BesideTheShippedRules_TheNoteJoinsTheDecision()
    {
        var evaluator = new SettlementEvaluator(Options().AddRules(typeof(LongStayNoticeRule)));

        var decision = evaluator.Evaluate(Stay(25).Build(), new EvaluationOptions { Language = Languages.Chinese });

        Assert.Contains(decision.Findings, f => f.Code == "EXAMPLE_LONG_STAY_NOTICE" && f.Message.StartsWith("（示例）住院已超过 20 天", StringComparison.Ordinal));
        Assert.Contains(evaluator.Rules, r => r.Id == "example.long-stay-notice" && r.Assembly == "RulesCore.Samples.RegionalRule");
    }
}
