using BenchmarkDotNet.Attributes;
using NRules;
using NRules.Fluent;
using NRules.RuleModel;
using RulesCore.Benchmarks.Floor;
using RulesCore.Settlement;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Benchmarks;

/// <summary>
/// Where one decision's time goes, seen through the public API: reading the case from JSON, validation, policy
/// resolution, the shipped rules in an NRules session (creating it, inserting the facts, inserting and firing),
/// folding findings into a decision with <see cref="SettlementEvaluator.Decide"/> (messages, remedies, basis; without
/// findings and with the all-four-causes case's), the whole evaluation, and writing the decision document (the NDJSON
/// path's parts). The session stages run every shipped rule as NRules loads them from the library (the evaluator's own
/// session for a cross-province outpatient visit holds the 25 that can fire there, and is not reachable from outside);
/// the cross-province case settles without findings, so none is handed over.
/// </summary>
[MemoryDiagnoser]
public class BreakdownBenchmark
{
    private static readonly EvaluationOptions NoTrace = new() { IncludeTrace = false };
    private readonly SettlementEvaluator _evaluator = new();
    private readonly SettlementCase _case = BenchmarkCases.ByName[BenchmarkCases.CrossProvince];
    private readonly SettlementCase _allFour = BenchmarkCases.ByName[BenchmarkCases.AllFourCauses];
    private ISessionFactory _rules = null!;
    private Visit _visit = null!;
    private byte[] _json = null!;
    private SettlementDecision _decision = null!;
    private List<Raised> _allFourFindings = null!;

    [GlobalSetup]
    public void Setup()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(SettlementEvaluator).Assembly).PrivateTypes(true));
        var compiler = new RuleCompiler();
        compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance;
        _rules = compiler.Compile(repository.GetRules());
        _visit = new Visit(_case, _case.Encounter.Date, _evaluator.Policies);
        _json = System.Text.Encoding.UTF8.GetBytes(RulesCore.Settlement.Json.SettlementJson.WriteCase(_case, indented: false));
        _decision = _evaluator.Evaluate(_case);
        var (visit, found) = HandWrittenSettlement.Find(_allFour, _evaluator.Policies, NoTrace);
        _allFourFindings = RawFindings.Word(visit, found);
    }

    private ISession Run(bool fire)
    {
        var session = _rules.CreateSession();
        var facts = new List<object> { _visit, _case.Person, _case.Hospital };
        facts.AddRange(_case.Filings);
        facts.AddRange(_case.Qualifications);
        facts.AddRange(_case.Encounter.Items);
        session.InsertAll(facts);
        if (fire)
        {
            session.Fire();
        }

        return session;
    }

    [Benchmark]
    public SettlementCase ReadCase() => RulesCore.Settlement.Json.SettlementJson.ReadCase(_json, null);

    [Benchmark]
    public int WriteDecision() => RulesCore.Settlement.Json.SettlementJson.WriteDecision(_decision, indented: false).Length;

    [Benchmark]
    public int Validate() => _evaluator.Validate(_case).Count;

    [Benchmark]
    public (ResolvedPolicy Insured, ResolvedPolicy Treatment) Resolve() =>
        (PolicyCatalog.Default.Resolve(_case.Person.InsuredRegion, _case.Encounter.Date), PolicyCatalog.Default.Resolve(_case.Hospital.Region, _case.Encounter.Date));

    [Benchmark]
    public ISession CreateSession() => _rules.CreateSession();

    [Benchmark]
    public ISession Insert() => Run(fire: false);

    [Benchmark]
    public ISession Fire() => Run(fire: true);

    /// <summary>A decision without findings (trace off): validation, the visit, outcome, provenance, the empty lists.</summary>
    [Benchmark]
    public Outcome Fold() => _evaluator.Decide(_case, Array.Empty<Raised>(), NoTrace).Outcome;

    /// <summary>The all-four-causes case's findings folded (trace off): messages in Chinese, remedies, basis.</summary>
    [Benchmark]
    public Outcome FoldFindings() => _evaluator.Decide(_allFour, _allFourFindings, NoTrace).Outcome;

    [Benchmark(Baseline = true)]
    public Outcome Evaluate() => _evaluator.Evaluate(_case).Outcome;
}
