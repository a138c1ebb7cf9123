using NRules.Fluent.Dsl;
using RulesCore.Settlement.Rules;
using static RulesCore.Testing.Cases;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Rules;

/// <summary>An integrator's rule that throws or keeps firing is named, with its assembly and where it failed; no decision is made.</summary>
public class RuleFailureTests
{
    private static readonly string Assembly = typeof(RuleFailureTests).Assembly.GetName().Name!;

    private static SettlementEvaluator With(params Type[] rules) => new(new SettlementOptions().AddRules(rules));

    [Fact]
    public void AConditionThatThrows_IsNamed_WithItsAssemblyAndWhatItThrew()
    {
        var e = Assert.Throws<RuleFailedException>(() => With(typeof(ConditionThrowsRule)).Evaluate(CrossProvinceOutpatient().Build()));

        Assert.Equal("example.condition-throws", e.RuleId);
        Assert.Equal(Assembly, e.RuleAssembly);
        Assert.Equal(RuleFailureStage.Condition, e.Stage);
        Assert.IsType<InvalidOperationException>(e.InnerException);
        Assert.Equal($"Rule 'example.condition-throws' ({Assembly}) threw System.InvalidOperationException in a condition.", e.Message);
    }

    [Fact]
    public void AnActionThatThrows_IsNamed()
    {
        var e = Assert.Throws<RuleFailedException>(() => With(typeof(ActionThrowsRule)).Evaluate(CrossProvinceOutpatient().Build()));

        Assert.Equal("example.action-throws", e.RuleId);
        Assert.Equal(RuleFailureStage.Action, e.Stage);
        Assert.IsType<InvalidOperationException>(e.InnerException);
    }

    [Fact]
    public void ARuleThatThrowsWhileDefined_IsNamed_WhenTheEvaluatorIsBuilt()
    {
        var e = Assert.Throws<RuleFailedException>(() => With(typeof(DefineThrowsRule)));

        Assert.Equal("example.define-throws", e.RuleId);
        Assert.Equal(RuleFailureStage.Definition, e.Stage);
        Assert.IsType<NotSupportedException>(e.InnerException);
        Assert.Equal(RuleFailureStage.Definition, Assert.Throws<RuleFailedException>(() => With(typeof(ConstructorThrowsRule))).Stage);
    }

    [Fact]
    public void RulesThatKeepFiring_AreCutByTheBound_NamingTheRuleThatFiresMost()
    {
        var e = Assert.Throws<RuleFailedException>(() => With(typeof(StartsTicksRule), typeof(NextTickRule)).Evaluate(CrossProvinceOutpatient().Build()));

        Assert.Equal("example.next-tick", e.RuleId);
        Assert.Equal(RuleFailureStage.Looping, e.Stage);
        Assert.Null(e.InnerException);
    }

    [Fact]
    public void InABatch_TheRulesFailureIsThrownAsItIs_NotWrapped()
    {
        var evaluator = With(typeof(ConditionThrowsRule));
        var cases = Enumerable.Range(0, 8).Select(_ => CrossProvinceOutpatient().Build()).ToArray();

        Assert.Equal("example.condition-throws", Assert.Throws<RuleFailedException>(() => evaluator.EvaluateMany(cases, new EvaluationOptions { MaxDegreeOfParallelism = 2 })).RuleId);
        Assert.Equal("example.condition-throws", Assert.Throws<RuleFailedException>(() => evaluator.EvaluateStream(cases, null, CancellationToken.None).ToList()).RuleId);
    }

    [Fact]
    public void WhyNot_AboutARuleWhoseConditionThrows_SaysItWasNotEvaluated()
    {
        var answer = With(typeof(ConditionThrowsRule)).Explain(CrossProvinceOutpatient().Build(), "example.condition-throws", new EvaluationOptions { Language = Languages.English });

        var rule = Assert.Single(answer.Rules);
        Assert.Equal(RuleStatus.NotFired, rule.Status);
        Assert.Contains(rule.Candidates.SelectMany(c => c.Stops), s => s.Kind == StopKind.NotEvaluated);
        Assert.NotEmpty(rule.Partial);
    }

    [Fact]
    public void UnderParallelLoad_EachFailureNamesItsOwnRule_EvenWhenRulesThrowOneSharedException()
    {
        var evaluator = With(typeof(FailsAtAlphaRule), typeof(FailsAtBetaRule));
        var alpha = CrossProvinceOutpatient().AtHospital(h => h with { Id = "ALPHA" }).Build();
        var beta = CrossProvinceOutpatient().AtHospital(h => h with { Id = "BETA" }).Build();
        var wrong = 0;

        Parallel.For(0, 2_000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var expected = i % 2 == 0 ? "example.fails-at-alpha" : "example.fails-at-beta";
            try
            {
                evaluator.Evaluate(i % 2 == 0 ? alpha : beta, new EvaluationOptions { IncludeTrace = false });
                Interlocked.Increment(ref wrong);
            }
            catch (RuleFailedException e) when (e.RuleId == expected && ReferenceEquals(e.InnerException, Shared))
            {
            }
            catch (Exception)
            {
                Interlocked.Increment(ref wrong);
            }
        });

        Assert.Equal(0, wrong);
    }

    [Fact]
    public void WhyNot_AboutARuleWhoseActionThrows_FailsAsTheEvaluationDoes()
    {
        var e = Assert.Throws<RuleFailedException>(() => With(typeof(ActionThrowsRule)).Explain(CrossProvinceOutpatient().Build(), "example.action-throws"));

        Assert.Equal(RuleFailureStage.Action, e.Stage);
    }

    private static readonly InvalidOperationException Shared = new("one exception object for every failure");

    public static bool FailsAt(Hospital hospital, string id) => hospital.Id == id ? throw Shared : false;

    [Name("example.fails-at-alpha")]
    private sealed class FailsAtAlphaRule : ExampleRule
    {
        public static readonly FindingDefinition Never = new("EXAMPLE_FAILS_AT_ALPHA", new("示例", "an example"), Cause.Hospital, Severity.Info, null, new("示例", "example"));

        public override void Define()
        {
            Hospital hospital = null!;
            When().Match(() => hospital, h => FailsAt(h, "ALPHA"));
            Raise(ctx => Found(ctx, Never, On(hospital)));
        }
    }

    [Name("example.fails-at-beta")]
    private sealed class FailsAtBetaRule : ExampleRule
    {
        public static readonly FindingDefinition Never = new("EXAMPLE_FAILS_AT_BETA", new("示例", "an example"), Cause.Hospital, Severity.Info, null, new("示例", "example"));

        public override void Define()
        {
            Hospital hospital = null!;
            When().Match(() => hospital, h => FailsAt(h, "BETA"));
            Raise(ctx => Found(ctx, Never, On(hospital)));
        }
    }

    public static bool Fails(Hospital hospital) => hospital.Id.Length > 0 ? throw new InvalidOperationException("example") : false;

    public static Raised Throws() => throw new InvalidOperationException("example");

    private abstract class ExampleRule : SettlementRule
    {
        public override Cause Cause => Cause.Hospital;

        public override LocalizedText Description { get; } = new("示例", "example");

        public override LocalizedText Basis { get; } = new("示例", "example");
    }

    [Name("example.condition-throws")]
    private sealed class ConditionThrowsRule : ExampleRule
    {
        public static readonly FindingDefinition Never = new("EXAMPLE_CONDITION_THROWS", new("示例", "an example"), Cause.Hospital, Severity.Info, null, new("示例", "example"));

        public override void Define()
        {
            Hospital hospital = null!;
            When().Match(() => hospital, Check((Hospital h) => Fails(h), new LocalizedText("医院 {hospital} 不符合", "hospital {hospital} does not qualify")));
            Raise(ctx => Found(ctx, Never, On(hospital)));
        }
    }

    [Name("example.action-throws")]
    private sealed class ActionThrowsRule : ExampleRule
    {
        public override void Define()
        {
            Hospital hospital = null!;
            When().Match(() => hospital);
            Raise(ctx => Throws());
        }
    }

    [Name("example.define-throws")]
    private sealed class DefineThrowsRule : ExampleRule
    {
        public override void Define() => throw new NotSupportedException("example");
    }

    [Name("example.constructor-throws")]
    private sealed class ConstructorThrowsRule : ExampleRule
    {
        public ConstructorThrowsRule() => throw new NotSupportedException("example");

        public override void Define()
        {
        }
    }

    private sealed class Tick(int count)
    {
        public int Count { get; } = count;
    }

    [Name("example.starts-ticks")]
    private sealed class StartsTicksRule : ExampleRule
    {
        public override void Define()
        {
            Hospital hospital = null!;
            When().Match(() => hospital);
            Then().Do(ctx => ctx.Insert(new Tick(0)));
        }
    }

    [Name("example.next-tick")]
    private sealed class NextTickRule : ExampleRule
    {
        public override void Define()
        {
            Tick tick = null!;
            When().Match(() => tick);
            Then().Do(ctx => ctx.Insert(new Tick(tick.Count + 1)));
        }
    }
}
