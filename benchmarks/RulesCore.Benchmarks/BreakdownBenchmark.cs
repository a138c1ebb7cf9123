using BenchmarkDotNet.Attributes;
using RulesCore.Settlement;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Engine;

namespace RulesCore.Benchmarks;

/// <summary>
/// Where one decision's time goes: reading the case from JSON, validation, policy resolution, creating an NRules
/// session, inserting, inserting and firing, folding the findings into a decision (messages, remedies, basis), the
/// whole evaluation, and writing the decision document (the NDJSON path's parts). The cross-province case settles
/// without findings; folding is measured on the all-four-causes case's findings as well.
/// </summary>
[MemoryDiagnoser]
public class BreakdownBenchmark
{
    private readonly SettlementEvaluator _evaluator = new();
    private readonly SettlementCase _case = BenchmarkCases.ByName[BenchmarkCases.CrossProvince];
    private Visit _visit = null!;
    private byte[] _json = null!;
    private SettlementDecision _decision = null!;
    private Visit _allFourVisit = null!;
    private List<Raised> _allFourFindings = null!;
    private static readonly EvaluationOptions NoTrace = new() { IncludeTrace = false };

    [GlobalSetup]
    public void Setup()
    {
        _visit = new Visit(_case, _case.Encounter.Date, _evaluator.Policies);
        _json = System.Text.Encoding.UTF8.GetBytes(RulesCore.Settlement.Json.SettlementJson.WriteCase(_case, indented: false));
        _decision = _evaluator.Evaluate(_case);
        var allFour = BenchmarkCases.ByName[BenchmarkCases.AllFourCauses];
        _allFourVisit = new Visit(allFour, allFour.Encounter.Date, _evaluator.Policies);
        _allFourFindings = Run(_allFourVisit, allFour, fire: true).Findings.ToList();
    }

    private static FindingSink Run(Visit visit, SettlementCase c, bool fire)
    {
        var sink = new FindingSink();
        var session = SettlementRuleSet.Default.FactoryFor(VisitScopeRule.ScopeOf(visit.InsuredPooling, visit.TreatmentPooling), c.Encounter.Setting).CreateSession();
        session.DependencyResolver = sink;
        var facts = new List<object> { visit, c.Person, c.Hospital };
        facts.AddRange(c.Filings);
        facts.AddRange(c.Qualifications);
        facts.AddRange(c.Encounter.Items);
        session.InsertAll(facts);
        if (fire)
        {
            session.Fire();
        }

        return sink;
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
        var session = SettlementRuleSet.Default.FactoryFor(VisitScope.CrossProvince, CareSetting.GeneralOutpatient).CreateSession();
        session.DependencyResolver = new FindingSink();
        return 0;
    }

    [Benchmark]
    public int Insert() => Run(_visit, _case, fire: false).Findings.Count;

    [Benchmark]
    public int Fire() => Run(_visit, _case, fire: true).Findings.Count;

    /// <summary>Folding a decision without findings (trace off): outcome, provenance, the empty lists.</summary>
    [Benchmark]
    public Outcome Fold() => _evaluator.Assessor.Folding.Fold(_visit, new List<Raised>(), null, NoTrace.Language ?? "zh-CN").Outcome;

    /// <summary>Folding the all-four-causes case's findings (trace off): messages in Chinese, remedies, basis.</summary>
    [Benchmark]
    public Outcome FoldFindings() => _evaluator.Assessor.Folding.Fold(_allFourVisit, _allFourFindings, null, NoTrace.Language ?? "zh-CN").Outcome;

    [Benchmark(Baseline = true)]
    public Outcome Evaluate() => _evaluator.Evaluate(_case).Outcome;
}
