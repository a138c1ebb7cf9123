using BenchmarkDotNet.Attributes;
using RulesCore.Settlement;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Model;
using RulesCore.Testing;

namespace RulesCore.Benchmarks;

/// <summary>
/// A HIS's question at the desk: the cross-province case with its filings unknown (seven completions run through the
/// rules), next to the same case complete. Target: the partial decision within 10× the complete one.
/// </summary>
[MemoryDiagnoser]
public class PartialCaseBenchmark
{
    private readonly SettlementEvaluator _evaluator = new();
    private readonly SettlementCase _complete = BenchmarkCases.ByName[BenchmarkCases.CrossProvince];
    private readonly SettlementCase _partial = Cases.From(BenchmarkCases.ByName[BenchmarkCases.CrossProvince]).WithUnknown(FactPaths.Filings).Build();

    [Benchmark(Baseline = true)]
    public Outcome Complete() => _evaluator.Evaluate(_complete).Outcome;

    [Benchmark]
    public Outcome FilingsUnknown() => _evaluator.Evaluate(_partial).Outcome;
}
