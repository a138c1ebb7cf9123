using System.Text.Json;
using System.Text.RegularExpressions;
using NRules.Fluent.Dsl;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Tests.Json;
using RulesCore.Testing;
using RulesCore.Tests.Shared;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Engine;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Tests.Engine;

/// <summary>Why a rule did not fire: each kind of pattern, the chain through derived facts, the words, the contract.</summary>
public class WhyNotTests
{
    private static readonly EvaluationOptions Chinese = new() { Language = Languages.Chinese };
    private static readonly EvaluationOptions English = new() { Language = Languages.English };
    private static readonly Regex Placeholder = new(@"\{[A-Za-z]+\}");

    private static readonly SettlementEvaluator WithExamples = new(new SettlementOptions().AddRules(
        typeof(ReferralOnlyRule), typeof(SameConditionOtherNamesRule), typeof(JoinRule), typeof(NotRule), typeof(ExistsRule), typeof(GuardedRule), typeof(GuangxiOnlyRule)));

    private static RuleDiagnosis Diagnose(SettlementEvaluator evaluator, CaseBuilder c, string rule, EvaluationOptions? options = null) =>
        Assert.Single(evaluator.Explain(c.Build(), rule, options ?? English).Rules);

    private static ConditionStop OnlyStop(RuleDiagnosis d) => Assert.Single(Assert.Single(d.Candidates).Stops);

    [Fact]
    public void ASingleFactCondition_NamesTheFactAndSaysItInTheRulesWords_FromNRulesOwnEvaluation()
    {
        var d = Diagnose(WithExamples, CrossProvinceOutpatient(), "example.referral-only");

        Assert.Equal(RuleStatus.NotFired, d.Status);
        var candidate = Assert.Single(d.Candidates);
        Assert.Equal(new[] { "filing:F1" }, candidate.Facts);
        Assert.Equal(0, candidate.PatternsPassed);
        var stop = Assert.Single(candidate.Stops);
        Assert.Equal((1, StopKind.ConditionFalse, Evidence.Engine), (stop.Pattern, stop.Kind, stop.Evidence));
        Assert.Equal(new[] { "filing:F1" }, stop.Facts);
        Assert.Equal("filing F1 is a long-term resident, not a referral", stop.Text);
        Assert.Equal("备案 F1 是长期异地居住人员，不是转诊", OnlyStop(Diagnose(WithExamples, CrossProvinceOutpatient(), "example.referral-only", Chinese)).Text);
        Assert.Empty(d.Partial);
    }

    [Fact]
    public void ANodeSharedWithAnotherRule_IsStillNRulesEvidence_UnderTheOtherRulesNames()
    {
        var stop = OnlyStop(Diagnose(WithExamples, CrossProvinceOutpatient(), "example.same-condition-other-names"));

        Assert.Equal(Evidence.Engine, stop.Evidence);
        Assert.Contains("Reason", stop.Condition, StringComparison.Ordinal);
        Assert.Equal("filing F1 does not meet the condition " + stop.Condition, stop.Text);
    }

    [Fact]
    public void AJoinThatStopsAtItsFirstFalseCondition_IsCompletedFromTheDefinition_WithTheExpressionAsText()
    {
        var d = Diagnose(WithExamples, CrossProvinceOutpatient(), "example.join");

        var candidate = Assert.Single(d.Candidates);
        Assert.Equal(new[] { "encounter" }, candidate.Facts);
        Assert.Equal(1, candidate.PatternsPassed);
        Assert.Equal(2, candidate.Stops.Count);
        Assert.All(candidate.Stops, s => Assert.Equal((2, StopKind.ConditionFalse), (s.Pattern, s.Kind)));
        Assert.Equal(new[] { Evidence.Engine, Evidence.Computed }, candidate.Stops.Select(s => s.Evidence).OrderBy(e => e));

        // Without words of its own, a condition reads as its expression, naming the fact in words.
        Assert.All(candidate.Stops, s => Assert.StartsWith("filing F1 does not meet the condition (", s.Text, StringComparison.Ordinal));
        Assert.All(candidate.Stops, s => Assert.Contains(s.Condition!, s.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void ANot_NamesTheFactThatBlockedIt()
    {
        var stop = OnlyStop(Diagnose(WithExamples, CrossProvinceOutpatient(), "example.not"));

        Assert.Equal((2, StopKind.BlockedBy, Evidence.Engine), (stop.Pattern, stop.Kind, stop.Evidence));
        Assert.Equal(new[] { "filing:F1" }, stop.Facts);
        Assert.StartsWith("filing F1 meets the condition ", stop.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExists_SaysThereIsNoFactOfThatKind_OrWhyEachOneFails()
    {
        var none = OnlyStop(Diagnose(WithExamples, CrossProvinceOutpatient(), "example.exists"));
        Assert.Equal((2, StopKind.NoFactOfKind), (none.Pattern, none.Kind));
        Assert.Empty(none.Facts);
        Assert.Null(none.Condition);
        Assert.Equal("there is no chronic-condition qualification", none.Text);

        var failing = OnlyStop(Diagnose(WithExamples, CrossProvinceOutpatient().WithChronicCondition(Conditions.Hypertension), "example.exists"));
        Assert.Equal((2, StopKind.ConditionFalse), (failing.Pattern, failing.Kind));
        Assert.Equal(new[] { "qualification:hypertension" }, failing.Facts);
    }

    [Fact]
    public void AConditionThatWouldThrowAfterAnEarlierOneFailed_IsSkipped_AsNRulesSkipsIt()
    {
        var d = Diagnose(WithExamples, CrossProvinceOutpatient(), "example.guarded");

        var stop = OnlyStop(d);
        Assert.Equal(StopKind.ConditionFalse, stop.Kind);
        Assert.Contains("ValidUntil != null", stop.Condition, StringComparison.Ordinal);
        Assert.Empty(d.Partial);
    }

    [Fact]
    public void ARuleThatFired_OrIsOutOfScope_SaysSo()
    {
        var fired = Diagnose(Evaluator, CrossProvinceOutpatient(), "filing.covers");
        Assert.Equal(RuleStatus.Fired, fired.Status);
        Assert.Equal(new[] { "encounter", "filing:F1" }, Assert.Single(fired.Firings));
        Assert.Empty(fired.Candidates);

        var scoped = Diagnose(WithExamples, CrossProvinceOutpatient(), "example.guangxi-only");
        Assert.Equal(RuleStatus.OutOfScope, scoped.Status);
        Assert.Empty(scoped.Candidates);
    }

    [Fact]
    public void TheIssuesExample_WhyFilingF1DoesNotCoverTheVisit_InBothLanguages()
    {
        var expired = CrossProvinceOutpatient().WithExpiredFiling();

        var en = OnlyStop(Diagnose(Evaluator, expired, "filing.covers"));
        var zh = OnlyStop(Diagnose(Evaluator, expired, "filing.covers", Chinese));

        Assert.Equal((2, StopKind.ConditionFalse, Evidence.Engine), (en.Pattern, en.Kind, en.Evidence));
        Assert.Equal(new[] { "filing:F1" }, en.Facts);
        Assert.Equal("filing F1 ended on 2025-03-09, before the visit on 2025-03-10", en.Text);
        Assert.Equal("备案 F1 于 2025-03-09 到期，早于就诊日 2025-03-10", zh.Text);
    }

    [Fact]
    public void AMissingDerivedFact_IsFollowedToTheRuleThatWouldHaveProducedIt_DownToTheCasesOwnFacts()
    {
        var d = Diagnose(Evaluator, CrossProvinceOutpatient(), FindingCodes.FilingExpired);

        Assert.Equal("filing.expired", d.Rule);
        var stop = OnlyStop(d);
        Assert.Equal((1, StopKind.NoFactOfKind), (stop.Pattern, stop.Kind));
        Assert.Equal("there is no filing gap (out of region with no filing basis)", stop.Text);

        var gap = Assert.Single(d.Because);
        Assert.Equal(("filing.gap", RuleStatus.NotFired), (gap.Rule, gap.Status));
        var blocked = OnlyStop(gap);
        Assert.Equal((2, StopKind.BlockedBy), (blocked.Pattern, blocked.Kind));
        Assert.Equal(new[] { "filing:F1" }, blocked.Facts);
        Assert.Equal("filing F1 covers the visit", blocked.Text);
    }

    [Fact]
    public void AChainFollowsACollectionThatIsEmpty_ToTheRulesOfItsMembers()
    {
        var d = Diagnose(Evaluator, CrossProvinceOutpatient().WithExpiredFiling(), "filing.reduction-entitlement");

        var stop = OnlyStop(d);
        Assert.Equal((2, StopKind.ConditionFalse), (stop.Pattern, stop.Kind));
        Assert.StartsWith("there is no filing basis", stop.Text, StringComparison.Ordinal);
        Assert.Contains(d.Because, b => b.Rule == "filing.covers" && b.Status == RuleStatus.NotFired);
    }

    [Fact]
    public void AFindingCodeRaisedByTwoRules_ExplainsBoth_TheDeclaringRuleFirst()
    {
        var answer = Evaluator.Explain(CrossProvinceOutpatient().Build(), FindingCodes.ConditionNotCrossProvince, English);

        Assert.Equal(new[] { "coverage.condition-not-cross-province", "coverage.condition-billed-as-outpatient" }, answer.Rules.Select(r => r.Rule));
        Assert.Equal(FindingCodes.ConditionNotCrossProvince, answer.Asked);
        Assert.NotEmpty(answer.Decision.Trace);
    }

    [Fact]
    public void BadQuestions_GetTypedErrors_WithoutWhatWasAskedOrAnyFactValue()
    {
        const string asked = "张三 110101199001011234";
        var unknown = Assert.Throws<ArgumentException>(() => Evaluator.Explain(CrossProvinceOutpatient().Build(), asked));
        Assert.DoesNotContain("张三", unknown.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("110101199001011234", unknown.Message, StringComparison.Ordinal);
        Assert.Equal("ruleIdOrFindingCode", unknown.ParamName);

        Assert.Throws<ArgumentNullException>(() => Evaluator.Explain(CrossProvinceOutpatient().Build(), null!));
        var invalid = CrossProvinceOutpatient().WithPerson(p => p with { Name = "张三", IdNumber = "110101199001011234" }).WithFiling(f => f with { ValidUntil = f.ValidFrom.AddDays(-1) }).Build();
        var e = Assert.Throws<InvalidCaseException>(() => Evaluator.Explain(invalid, "filing.covers"));
        Assert.DoesNotContain("张三", e.Message, StringComparison.Ordinal);
        Assert.Contains(e.Errors, x => x.Path == "filings[0].validUntil");
    }

    [Fact]
    public void EveryConditionOfEveryShippedRule_DeclaresWordsInChineseAndEnglish()
    {
        var rules = SettlementRuleSet.Default;
        var missing = new List<string>();
        for (var i = 0; i < rules.Rules.Count; i++)
        {
            var anatomy = rules.AnatomyOf(i);
            Assert.Null(anatomy.Unsupported);
            missing.AddRange(anatomy.Conditions.Where(c => c.Words is null).Select(c => $"{rules.Definitions[i].Name}: {c.Display}"));
        }

        Assert.Empty(missing);
        Assert.True(rules.Rules.Sum(r => r.Checks.Count) >= 60);
    }

    public static TheoryData<string> SampleFiles() => new(Directory.GetFiles(RepositoryFiles.PathOf("samples", "cases"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void EveryShippedRuleThatDoesNotFireOnASample_IsExplainedByAFactAndACondition_InBothLanguages(string file)
    {
        var @case = SettlementJson.ReadCase(File.ReadAllBytes(RepositoryFiles.PathOf("samples", "cases", file)), null);
        foreach (var rule in Evaluator.Rules)
        {
            foreach (var options in new[] { Chinese, English })
            {
                var d = Assert.Single(Evaluator.Explain(@case, rule.Id, options).Rules);
                Explained(d, options.Language!, @case);
            }
        }
    }

    private static void Explained(RuleDiagnosis d, string language, SettlementCase @case)
    {
        Assert.Empty(d.Partial);
        if (d.Status != RuleStatus.NotFired)
        {
            return;
        }

        Assert.NotEmpty(d.Candidates);
        foreach (var stop in d.Candidates.SelectMany(c => c.Stops.DefaultIfEmpty()))
        {
            Assert.NotNull(stop);
            // A fact and a condition, a blocking fact, or no fact of the kind (an empty collection: its condition alone).
            Assert.True(stop!.Kind == StopKind.NoFactOfKind || (stop.Kind == StopKind.BlockedBy && stop.Facts.Count > 0) || (stop.Condition is not null && (stop.Facts.Count > 0 || d.Patterns[stop.Pattern - 1].StartsWith(language == Languages.English ? "every " : "全部", StringComparison.Ordinal))), $"{d.Rule}: {stop.Text}");
            Assert.DoesNotMatch(Placeholder, stop.Text);
            Assert.DoesNotContain("$var", stop.Text, StringComparison.Ordinal);
            if (stop.Condition is not null)
            {
                Assert.DoesNotContain(stop.Condition, stop.Text, StringComparison.Ordinal);
            }

            if (language == Languages.English)
            {
                Assert.DoesNotContain(stop.Text, ch => ch is >= '\u4e00' and <= '\u9fff');
            }
            else
            {
                var ids = @case.Filings.Select(f => f.Id).Concat(@case.Encounter.Items.Select(i => i.Code)).Append(@case.Hospital.Id).ToHashSet(StringComparer.Ordinal);
                Assert.All(Regex.Matches(stop.Text, "[A-Za-z][A-Za-z0-9_.-]*").Select(m => m.Value), word => Assert.Contains(word, ids));
            }
        }

        Assert.All(d.Because, b => Explained(b, language, @case));
    }

    [Fact]
    public void TheJsonAnswer_FollowsItsSchema()
    {
        foreach (var (c, asked) in new[] { (CrossProvinceOutpatient(), FindingCodes.FilingExpired), (CrossProvinceOutpatient().WithExpiredFiling(), "filing.covers"), (CrossProvinceOutpatient(), "filing.covers") })
        {
            var json = SettlementJson.WriteWhyNot(WithExamples.Explain(c.Build(), asked, Chinese));
            Assert.Empty(Schemas.Violations("why-not", json));
        }

        var join = SettlementJson.WriteWhyNot(WithExamples.Explain(CrossProvinceOutpatient().Build(), "example.not", English));
        Assert.Empty(Schemas.Violations("why-not", join));
        Assert.Contains("\"kind\": \"blockedBy\"", join, StringComparison.Ordinal);
        Assert.Contains("\"evidence\": \"engine\"", join, StringComparison.Ordinal);
    }

    [Fact]
    public void ADiagnosticEvaluation_DecidesExactlyAsANormalOne()
    {
        foreach (var story in Cases.OnePerFindingCode.Values)
        {
            var c = story.Build();
            Assert.Equal(SettlementJson.WriteDecision(Evaluator.Evaluate(c, Chinese)), SettlementJson.WriteDecision(Evaluator.Explain(c, "filing.covers", Chinese).Decision));
        }
    }

    /// <summary>A single-fact condition with words of its own.</summary>
    [Name("example.referral-only")]
    internal sealed class ReferralOnlyRule : ExampleRule
    {
        public static readonly FindingDefinition Example = Info("EXAMPLE_REFERRAL_ONLY");

        public override void Define()
        {
            Filing filing = null!;
            When().Match(() => filing, Check((Filing f) => f.Reason == FilingReason.Referral, new LocalizedText("备案 {filing} 是{reason}，不是转诊", "filing {filing} is {reason}, not a referral")));
            Raise(ctx => Found(ctx, Example, On(filing)));
        }
    }

    /// <summary>The same condition as <see cref="ReferralOnlyRule"/> under other names: NRules shares the node.</summary>
    [Name("example.same-condition-other-names")]
    internal sealed class SameConditionOtherNamesRule : ExampleRule
    {
        public static readonly FindingDefinition Example = Info("EXAMPLE_SAME_CONDITION");

        public override void Define()
        {
            Filing other = null!;
            When().Match(() => other, x => x.Reason == FilingReason.Referral);
            Raise(ctx => Found(ctx, Example, On(other)));
        }
    }

    /// <summary>A join with two conditions on the visit: NRules stops at the first false one.</summary>
    [Name("example.join")]
    internal sealed class JoinRule : ExampleRule
    {
        public static readonly FindingDefinition Example = Info("EXAMPLE_JOIN");

        public override void Define()
        {
            Visit visit = null!;
            Filing filing = null!;
            When()
                .Match(() => visit)
                .Match(() => filing, f => f.ValidFrom > visit.Date, f => f.DestinationRegion == visit.InsuredPooling);
            Raise(ctx => Found(ctx, Example, On(filing)));
        }
    }

    /// <summary>A <c>Not</c> that an active filing blocks.</summary>
    [Name("example.not")]
    internal sealed class NotRule : ExampleRule
    {
        public static readonly FindingDefinition Example = Info("EXAMPLE_NOT");

        public override void Define()
        {
            Visit visit = null!;
            When().Match(() => visit).Not<Filing>(f => f.Status == FilingStatus.Active);
            Raise(ctx => Found(ctx, Example, On(visit)));
        }
    }

    /// <summary>An <c>Exists</c> over qualifications.</summary>
    [Name("example.exists")]
    internal sealed class ExistsRule : ExampleRule
    {
        public static readonly FindingDefinition Example = Info("EXAMPLE_EXISTS");

        public override void Define()
        {
            Visit visit = null!;
            When().Match(() => visit).Exists<Qualification>(q => q.Condition == Conditions.Diabetes);
            Raise(ctx => Found(ctx, Example, On(visit)));
        }
    }

    /// <summary>A guard and a condition that throws without it.</summary>
    [Name("example.guarded")]
    internal sealed class GuardedRule : ExampleRule
    {
        public static readonly FindingDefinition Example = Info("EXAMPLE_GUARDED");

        public override void Define()
        {
            Filing filing = null!;
            When().Match(() => filing, f => f.ValidUntil != null, f => f.ValidUntil!.Value.Year > 2000);
            Raise(ctx => Found(ctx, Example, On(filing)));
        }
    }

    /// <summary>A rule for patients insured in 广西 only.</summary>
    [Name("example.guangxi-only")]
    [AppliesIn(RegionRole.Insured, "450000")]
    internal sealed class GuangxiOnlyRule : ExampleRule
    {
        public static readonly FindingDefinition Example = Info("EXAMPLE_GUANGXI_ONLY");

        public override void Define()
        {
            Visit visit = null!;
            When().Match(() => visit);
            Raise(ctx => Found(ctx, Example, On(visit)));
        }
    }

    internal abstract class ExampleRule : SettlementRule
    {
        public override Cause Cause => Cause.Coverage;

        public override LocalizedText Description { get; } = new("示例规则", "an example rule");

        public override LocalizedText Basis { get; } = new("示例文件", "an example document");

        protected static FindingDefinition Info(string code) => new(code, new("示例", "an example"), Cause.Coverage, Severity.Info, null, new("示例", "an example"));
    }
}
