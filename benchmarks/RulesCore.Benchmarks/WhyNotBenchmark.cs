using BenchmarkDotNet.Attributes;
using RulesCore.Settlement;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Benchmarks;

/// <summary>
/// What a why-not answer costs next to the decision it explains: the normal evaluation (trace on, as a why-not's
/// decision has it) and <see cref="ISettlementEvaluator.Explain"/> of a rule that did not fire — NRules' condition
/// events recorded, the rule's patterns walked over working memory, the chain followed — on a case that settles and
/// on the case with problems of all four causes.
/// </summary>
[MemoryDiagnoser]
public class WhyNotBenchmark
{
    private static readonly EvaluationOptions Options = new() { Language = Languages.Chinese };
    private readonly SettlementEvaluator _evaluator = new();
    private SettlementCase _case = null!;

    [Params(BenchmarkCases.CrossProvince, BenchmarkCases.AllFourCauses)]
    public string Case { get; set; } = BenchmarkCases.CrossProvince;

    /// <summary>The rule asked about: <c>filing.expired</c> on the case that settles (a chain back to <c>filing.gap</c>), <c>filing.covers</c> on the other (a condition false on F1).</summary>
    private string Asked => Case == BenchmarkCases.CrossProvince ? FindingCodes.FilingExpired : "filing.covers";

    [GlobalSetup]
    public void Setup()
    {
        _case = BenchmarkCases.ByName[Case];
        _evaluator.Explain(_case, Asked, Options);
    }

    [Benchmark(Baseline = true)]
    public SettlementDecision Evaluate() => _evaluator.Evaluate(_case, Options);

    [Benchmark]
    public WhyNot Explain() => _evaluator.Explain(_case, Asked, Options);
}
