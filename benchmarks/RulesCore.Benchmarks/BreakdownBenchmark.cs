using BenchmarkDotNet.Attributes;
using RulesCore.Settlement;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Rules;

namespace RulesCore.Benchmarks;

/// <summary>
/// Where one decision's time goes: reading the case from JSON, validation, policy resolution, creating an NRules
/// session, inserting and firing, the whole evaluation, and writing the decision document (the NDJSON path's parts).
/// </summary>
[MemoryDiagnoser]
public class BreakdownBenchmark
{
    private readonly SettlementEvaluator _evaluator = new();
    private readonly SettlementCase _case = BenchmarkCases.ByName[BenchmarkCases.CrossProvince];
    private Visit _visit = null!;
    private byte[] _json = null!;
    private SettlementDecision _decision = null!;

    [GlobalSetup]
    public void Setup()
    {
        _visit = new Visit(_case, _case.Encounter.Date, _evaluator.Policies);
        _json = System.Text.Encoding.UTF8.GetBytes(RulesCore.Settlement.Json.SettlementJson.WriteCase(_case, indented: false));
        _decision = _evaluator.Evaluate(_case);
    }

    [Benchmark]
    public SettlementCase ReadCase() => RulesCore.Settlement.Json.SettlementJson.ReadCase(_json, null);

    [Benchmark]
    public int WriteDecision() => RulesCore.Settlement.Json.SettlementJson.WriteDecision(_decision, indented: false).Length;

    [Benchmark]
    public int Validate() => CaseValidator.Validate(_case).Count;

    [Benchmark]
    public (ResolvedPolicy Insured, ResolvedPolicy Treatment) Resolve() =>
        (PolicyCatalog.Default.Resolve(_case.Person.InsuredRegion, _case.Encounter.Date), PolicyCatalog.Default.Resolve(_case.Hospital.Region, _case.Encounter.Date));

    [Benchmark]
    public int CreateSession()
    {
        var session = SettlementRuleSet.Default.FactoryFor(VisitScope.CrossProvince, chronic: false).CreateSession();
        session.DependencyResolver = new FindingSink();
        return 0;
    }

    [Benchmark]
    public int Fire()
    {
        var sink = new FindingSink();
        var session = SettlementRuleSet.Default.FactoryFor(VisitScope.CrossProvince, chronic: false).CreateSession();
        session.DependencyResolver = sink;
        var facts = new List<object> { _visit, _case.Person, _case.Hospital };
        facts.AddRange(_case.Filings);
        facts.AddRange(_case.Encounter.Items);
        session.InsertAll(facts);
        session.Fire();
        return sink.Findings.Count;
    }

    [Benchmark(Baseline = true)]
    public Outcome Evaluate() => _evaluator.Evaluate(_case).Outcome;
}
