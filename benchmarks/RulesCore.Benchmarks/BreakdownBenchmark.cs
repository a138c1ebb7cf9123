using BenchmarkDotNet.Attributes;
using RulesCore.Settlement;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Rules;

namespace RulesCore.Benchmarks;

/// <summary>Where one decision's time goes: validation, policy resolution, the rule session, the whole evaluation.</summary>
[MemoryDiagnoser]
public class BreakdownBenchmark
{
    private readonly SettlementEvaluator _evaluator = new();
    private readonly SettlementCase _case = BenchmarkCases.ByName[BenchmarkCases.CrossProvince];
    private RulesCore.Settlement.Visit _visit = null!;

    [GlobalSetup]
    public void Setup() => _visit = new RulesCore.Settlement.Visit(_case, _case.Encounter.Date, Resolve().Insured, Resolve().Treatment);

    [Benchmark]
    public int Validate() => CaseValidator.Validate(_case).Count;

    [Benchmark]
    public (ResolvedPolicy Insured, ResolvedPolicy Treatment) Resolve() =>
        (PolicyCatalog.Default.Resolve(_case.Person.InsuredRegion, _case.Encounter.Date), PolicyCatalog.Default.Resolve(_case.Hospital.Region, _case.Encounter.Date));

    [Benchmark]
    public int Fire()
    {
        var session = SettlementRules.RuleSet.CreateSession();
        session.Insert(_visit);
        session.Insert(_case.Person);
        session.Insert(_case.Hospital);
        foreach (var f in _case.Filings)
        {
            session.Insert(f);
        }

        foreach (var i in _case.Encounter.Items)
        {
            session.Insert(i);
        }

        return session.Fire();
    }

    [Benchmark(Baseline = true)]
    public Outcome Evaluate() => _evaluator.Evaluate(_case).Outcome;
}
