using BenchmarkDotNet.Attributes;
using RulesCore.Settlement;
using RulesCore.Settlement.Hospitals;
using RulesCore.Testing;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Benchmarks;

/// <summary>
/// What a plan costs: <see cref="ISettlementEvaluator.Plan"/> on the case with problems of all four causes (asked
/// before the visit, so every kind of step is possible) and on the expired-filing story, next to one decision. The
/// planner evaluates each distinct candidate case once with a fresh NRules session (no incremental session).
/// </summary>
[MemoryDiagnoser]
public class PlanBenchmark
{
    private static readonly EvaluationOptions Options = new() { Language = Languages.Chinese, IncludeTrace = false };

    private readonly SettlementEvaluator _evaluator = new(new SettlementOptions
    {
        HospitalDirectory = HospitalDirectory.ReadJson(typeof(PlanBenchmark).Assembly.GetManifestResourceStream("directory.json")!),
    });

    private SettlementCase _case = null!;

    [Params("all-four-causes-before-the-visit", "expired-filing")]
    public string Case { get; set; } = "expired-filing";

    [GlobalSetup]
    public void Setup()
    {
        _case = Case == "expired-filing"
            ? Cases.CrossProvinceOutpatient().WithExpiredFiling().Build()
            : Cases.CrossProvinceOutpatient().WithExpiredFiling().AtHospitalWithInpatientOnly().WithUnusableCard().WithIdentityMismatch().AsOf("2025-03-01").Build();
        _evaluator.Plan(_case, Options);
    }

    [Benchmark(Baseline = true)]
    public Outcome Evaluate() => _evaluator.Evaluate(_case, Options).Outcome;

    [Benchmark]
    public int Plan() => _evaluator.Plan(_case, Options).Steps.Count;
}
