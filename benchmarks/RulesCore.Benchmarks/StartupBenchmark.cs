using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using RulesCore.Settlement;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Engine;

namespace RulesCore.Benchmarks;

/// <summary>
/// What an HIS pays once: building the rule set (loading the rule classes, checking names, codes and priorities),
/// compiling the rules of one situation (what the first decision of that situation waits for) and of all nine, and
/// reading and checking the shipped policy packs.
/// </summary>
[MemoryDiagnoser]
public class StartupBenchmark
{
    [Benchmark]
    public int BuildRuleSet() => SettlementRuleSet.Build(SettlementRuleSet.ShippedRuleTypes()).Rules.Count;

    [Benchmark]
    public object CompileOneSituation() => SettlementRuleSet.Build(SettlementRuleSet.ShippedRuleTypes()).FactoryFor(VisitScope.CrossProvince, CareSetting.GeneralOutpatient);

    [Benchmark]
    public int CompileEverySituation()
    {
        var rules = SettlementRuleSet.Build(SettlementRuleSet.ShippedRuleTypes());
        var compiled = 0;
        foreach (var place in new[] { VisitScope.Local, VisitScope.IntraProvince, VisitScope.CrossProvince })
        {
            foreach (var setting in new[] { CareSetting.GeneralOutpatient, CareSetting.Emergency, CareSetting.ChronicOutpatient })
            {
                compiled += rules.FactoryFor(place, setting) is null ? 0 : 1;
            }
        }

        return compiled;
    }

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
