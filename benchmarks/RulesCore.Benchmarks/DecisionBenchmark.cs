using BenchmarkDotNet.Attributes;
using RulesCore.Benchmarks.Floor;
using RulesCore.Benchmarks.Naive;
using RulesCore.Benchmarks.Peer;
using RulesCore.Settlement;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Benchmarks;

/// <summary>
/// One decision, four ways, in one run: RulesCore's evaluator (the baseline: validation, policy resolution, the NRules
/// session, messages in zh-CN, remedies, basis and trace; and the same with the trace off), the same rule classes used
/// naively on NRules (one truth-maintained rule set, unsorted inserts, <c>Query</c>, a firing handler; the same
/// validation and folding), the same rules as a Microsoft RulesEngine workflow (the peer), and the same logic as
/// straight-line C# (the floor). The peer and the floor report raw findings (codes and the facts they concern) that
/// the same shared code folds into the whole decision (<see cref="RawFindings"/>): every contestant's figure is its own
/// work plus the same folding.
/// </summary>
[MemoryDiagnoser]
public class DecisionBenchmark
{
    private static readonly EvaluationOptions NoTrace = new() { IncludeTrace = false };
    private static readonly EvaluationOptions Trace = new();
    private readonly SettlementEvaluator _evaluator = new();
    private readonly NaiveNRulesSettlement _naive = new();
    private readonly PeerSettlement _peer = new(PolicyCatalog.Default);
    private SettlementCase _case = null!;

    [ParamsSource(nameof(CaseNames))]
    public string Case { get; set; } = BenchmarkCases.CrossProvince;

    public static IEnumerable<string> CaseNames => BenchmarkCases.Names;

    [GlobalSetup]
    public void Setup() => _case = BenchmarkCases.ByName[Case];

    [Benchmark(Baseline = true)]
    public Outcome RulesCore() => _evaluator.Evaluate(_case).Outcome;

    [Benchmark]
    public Outcome RulesCoreNoTrace() => _evaluator.Evaluate(_case, NoTrace).Outcome;

    [Benchmark]
    public Outcome NaiveNRules() => _naive.Decide(_case, Trace).Outcome;

    [Benchmark]
    public Outcome NaiveNRulesNoTrace() => _naive.Decide(_case, NoTrace).Outcome;

    [Benchmark]
    public Outcome MicrosoftRulesEngine() => _peer.Decide(_case, NoTrace).Outcome;

    [Benchmark]
    public Outcome HandWritten() => HandWrittenSettlement.Decide(_case, PolicyCatalog.Default, NoTrace).Outcome;
}

/// <summary>How cost grows with the number of filings, qualifications and items (n of each; 3n + 3 facts).</summary>
[MemoryDiagnoser]
public class ScalingBenchmark
{
    private readonly SettlementEvaluator _evaluator = new();
    private readonly SettlementCase _one = BenchmarkCases.Sized(1);
    private readonly SettlementCase _ten = BenchmarkCases.Sized(10);
    private readonly SettlementCase _hundred = BenchmarkCases.Sized(100);

    [Benchmark]
    public Outcome Size1() => _evaluator.Evaluate(_one).Outcome;

    [Benchmark(Baseline = true)]
    public Outcome Size10() => _evaluator.Evaluate(_ten).Outcome;

    [Benchmark]
    public Outcome Size100() => _evaluator.Evaluate(_hundred).Outcome;
}

/// <summary>A provincial platform re-checking a day of visits: EvaluateMany over 100,000 cases, one core versus all.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class BatchBenchmark
{
    private readonly SettlementEvaluator _evaluator = new();
    private SettlementCase[] _cases = null!;

    [Params(100_000)]
    public int Cases { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var kinds = BenchmarkCases.Representative.ToArray();
        _cases = Enumerable.Range(0, Cases).Select(i => kinds[i % kinds.Length] with { Encounter = kinds[i % kinds.Length].Encounter with { Date = new DateTime(2025, 3, 1).AddDays(i % 28) } }).ToArray();
    }

    [Benchmark(Baseline = true)]
    public int OneCore() => _evaluator.EvaluateMany(_cases, new EvaluationOptions { MaxDegreeOfParallelism = 1 }).Count;

    [Benchmark]
    public int AllCores() => _evaluator.EvaluateMany(_cases, new EvaluationOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }).Count;

    /// <summary>The streaming overload, results consumed as they come (bounded memory), on one core.</summary>
    [Benchmark]
    public int StreamedOneCore() => Consume(new EvaluationOptions { MaxDegreeOfParallelism = 1, IncludeTrace = false });

    /// <summary>The streaming overload on every core.</summary>
    [Benchmark]
    public int StreamedAllCores() => Consume(new EvaluationOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, IncludeTrace = false });

    private int Consume(EvaluationOptions options)
    {
        var direct = 0;
        foreach (var result in _evaluator.EvaluateStream(_cases, options, CancellationToken.None))
        {
            direct += result.Decision!.Outcome == Outcome.Direct ? 1 : 0;
        }

        return direct;
    }
}

/// <summary>The same batch under the server garbage collector (one heap per core, parallel collections), as ASP.NET Core hosts run by default.</summary>
[GcServer(true)]
public class BatchServerGcBenchmark : BatchBenchmark
{
}
