using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using RulesCore.Settlement;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Rules;

namespace RulesCore.Benchmarks;

/// <summary>What an HIS pays once: building and compiling the rule set, reading and checking the shipped policy packs.</summary>
[MemoryDiagnoser]
public class StartupBenchmark
{
    [Benchmark]
    public int CompileRuleSet() => SettlementRuleSet.Build(SettlementRuleSet.ShippedRuleTypes()).Rules.Count;

    [Benchmark]
    public int LoadPolicyPacks() => PolicyCatalog.LoadShipped().Packs.Count;
}

/// <summary>
/// The first decision in a fresh process: static initialisation, JIT, rule compilation, pack loading and one
/// evaluation — what the first patient of the day waits for.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
public class ColdStartBenchmark
{
    [Benchmark]
    public Outcome FirstDecision() => new SettlementEvaluator().Evaluate(BenchmarkCases.ByName[BenchmarkCases.CrossProvince]).Outcome;
}
