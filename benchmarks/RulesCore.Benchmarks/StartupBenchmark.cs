using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NRules.Fluent.Dsl;
using RulesCore.Settlement;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Rules;
using RulesCore.Testing;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Benchmarks;

/// <summary>
/// What an HIS pays once, through the public API: building an evaluator whose rule set is built afresh (the shipped
/// rules and one integrator rule: loading the rule classes, checking names, codes, priorities and parameters; nothing
/// compiled yet), its first decision of one situation (compiling that situation's rules) and of all nine, the nine
/// compiled at once by <see cref="SettlementEvaluator.WarmUp"/>, and reading and checking the shipped policy packs.
/// </summary>
[MemoryDiagnoser]
public class StartupBenchmark
{
    private static readonly EvaluationOptions NoTrace = new() { IncludeTrace = false };

    /// <summary>A visit of each situation: local, intra-province and cross-province; another setting, emergency care and a chronic condition.</summary>
    private static readonly SettlementCase[] EverySituation = new[] { Cases.LocalOutpatient(), Cases.IntraProvinceOutpatient(), Cases.CrossProvinceOutpatient() }
        .SelectMany(place => new[]
        {
            place,
            place.With(c => c with { Encounter = c.Encounter with { Setting = CareSetting.Emergency } }),
            place.WithChronicCondition(Conditions.Diabetes),
        })
        .Select(c => c.Build())
        .ToArray();

    private static readonly string[] Packs = typeof(StartupBenchmark).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("packs/", StringComparison.Ordinal)).ToArray();

    private static SettlementEvaluator Fresh() => new(new SettlementOptions().AddRules(typeof(StartupRule)));

    [Benchmark]
    public int BuildRuleSet() => Fresh().Rules.Count;

    [Benchmark]
    public Outcome CompileOneSituation() => Fresh().Evaluate(BenchmarkCases.ByName[BenchmarkCases.CrossProvince], NoTrace).Outcome;

    [Benchmark]
    public int CompileEverySituation()
    {
        var evaluator = Fresh();
        return EverySituation.Count(c => evaluator.Evaluate(c, NoTrace).Outcome == Outcome.Direct);
    }

    /// <summary>All nine sets compiled by <see cref="SettlementEvaluator.WarmUp"/>, several at once.</summary>
    [Benchmark]
    public int WarmUpEverySituation()
    {
        var evaluator = Fresh();
        evaluator.WarmUp();
        return evaluator.Rules.Count;
    }

    [Benchmark]
    public int LoadPolicyPacks() => PolicyCatalog.Create(Packs.Select(name =>
    {
        using var stream = typeof(StartupBenchmark).Assembly.GetManifestResourceStream(name)!;
        return PolicyCatalog.ReadPack(stream, name);
    })).Packs.Count;
}

/// <summary>An integrator's rule that never fires: adding it makes an evaluator build its own rule set.</summary>
[Name("benchmark.startup")]
public sealed class StartupRule : SettlementRule
{
    public static readonly FindingDefinition Never = new("BENCHMARK_STARTUP", new("从不出现", "never raised"), Cause.Account, Severity.Info, null, new("从不出现", "never raised"));

    public override Cause Cause => Cause.Account;

    public override LocalizedText Description { get; } = new("基准测试用规则，从不触发。", "A rule for the startup benchmark that never fires.");

    public override LocalizedText Basis { get; } = new("基准测试", "benchmark");

    public override void Define()
    {
        Visit visit = null!;
        When().Match(() => visit, v => v.Date.Year < 1900);
        Raise(ctx => Found(ctx, Never, On(visit)));
    }
}

/// <summary>
/// The first decision in a fresh process: static initialisation, JIT, rule compilation, pack loading and one
/// evaluation — what the first patient of the day waits for.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
public class ColdStartBenchmark
{
    private SettlementEvaluator _evaluator = null!;

    [Benchmark]
    public Outcome FirstDecision() => new SettlementEvaluator().Evaluate(BenchmarkCases.ByName[BenchmarkCases.CrossProvince]).Outcome;

    /// <summary>What <see cref="SettlementEvaluator.WarmUp"/> costs a service at start: every situation's rules, compiled on every core.</summary>
    [Benchmark]
    public int WarmUp()
    {
        var evaluator = new SettlementEvaluator();
        evaluator.WarmUp();
        return evaluator.Rules.Count;
    }

    [IterationSetup(Target = nameof(FirstDecisionWithoutWarmUp))]
    public void Built() => _evaluator = new SettlementEvaluator();

    [IterationSetup(Target = nameof(FirstDecisionAfterWarmUp))]
    public void BuiltAndWarmedUp()
    {
        _evaluator = new SettlementEvaluator();
        _evaluator.WarmUp();
    }

    /// <summary>The first patient's wait in a service whose evaluator was built at start, without warming up.</summary>
    [Benchmark]
    public Outcome FirstDecisionWithoutWarmUp() => _evaluator.Evaluate(BenchmarkCases.ByName[BenchmarkCases.CrossProvince]).Outcome;

    /// <summary>The first patient's wait in a service that warmed up at start.</summary>
    [Benchmark]
    public Outcome FirstDecisionAfterWarmUp() => _evaluator.Evaluate(BenchmarkCases.ByName[BenchmarkCases.CrossProvince]).Outcome;
}
