using BenchmarkDotNet.Attributes;
using RulesCore.Engine;

namespace RulesCore.Benchmarks;

/// <summary>
/// One session of the engine: insert facts, fire, read the trace — the unit of work behind every decision.
/// A synthetic rule set shaped like the settlement rules: filters, two- and three-way joins, negation and existence
/// across strata, and derived facts read by later rules.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmark
{
    private RuleSet _rules = null!;
    private object[] _facts = null!;

    /// <summary>Facts inserted per session.</summary>
    [Params(10, 100)]
    public int Facts { get; set; }

    /// <summary>Rules in the rule set.</summary>
    [Params(20, 50)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _rules = RuleSet.Compile(SyntheticRules.Create(Rules));
        _facts = SyntheticRules.Facts(Facts);
    }

    [Benchmark(Baseline = true)]
    public int Evaluate()
    {
        var session = _rules.CreateSession();
        session.InsertAll(_facts);
        session.Fire();
        return session.Trace.Count;
    }
}

/// <summary>Compiling a rule set: validation, dependency graph, strata.</summary>
[MemoryDiagnoser]
public class EngineCompileBenchmark
{
    private RuleDefinition[] _definitions = null!;

    [Params(20, 50)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup() => _definitions = SyntheticRules.Create(Rules);

    [Benchmark]
    public RuleSet Compile() => RuleSet.Compile(_definitions);
}

public sealed record Visit(int Id, int Region, int Kind);

public sealed record Registration(int Id, int Region, int From, int Until);

public sealed record Clinic(int Region, int Services);

public sealed record Finding(int Rule, int Subject);

public sealed record Covered(int Visit);

public static class SyntheticRules
{
    /// <summary>Rules in groups of five: a filter, a two-way join, a three-way join, a negation of a derived fact, an existence test.</summary>
    public static RuleDefinition[] Create(int count)
    {
        var rules = new List<RuleDefinition>
        {
            Rule.Create("covered").Match<Visit>().Exists<Registration>((v, r) => r.Region == v.Region && r.From <= v.Id && v.Id <= r.Until)
                .Then<Covered>((ctx, v) => ctx.Insert(new Covered(v.Id))),
        };
        for (var i = 0; rules.Count < count; i++)
        {
            var k = i;
            rules.Add(Rule.Create($"filter.{k}").Match<Visit>(v => v.Kind == k % 4)
                .Then<Finding>((ctx, v) => ctx.Insert(new Finding(k * 5, v.Id))));
            rules.Add(Rule.Create($"join2.{k}").Match<Visit>(v => v.Kind != k % 4).Match<Clinic>((v, c) => c.Region == v.Region && (c.Services & (1 << (k % 3))) == 0)
                .Then<Finding>((ctx, v, c) => ctx.Insert(new Finding(k * 5 + 1, v.Id))));
            rules.Add(Rule.Create($"join3.{k}").Match<Visit>().Match<Registration>((v, r) => r.Region == v.Region).Match<Clinic>((v, r, c) => c.Region == r.Region && r.Until < v.Id - k)
                .Then<Finding>((ctx, v, r, c) => ctx.Insert(new Finding(k * 5 + 2, v.Id))));
            rules.Add(Rule.Create($"not.{k}").Match<Visit>(v => v.Region % 5 == k % 5).Not<Covered>((v, c) => c.Visit == v.Id)
                .Then<Finding>((ctx, v) => ctx.Insert(new Finding(k * 5 + 3, v.Id))));
            rules.Add(Rule.Create($"exists.{k}").Match<Visit>(v => v.Kind == (k + 1) % 4).Exists<Registration>((v, r) => r.Region != v.Region)
                .Then<Finding>((ctx, v) => ctx.Insert(new Finding(k * 5 + 4, v.Id))));
        }

        return rules.Take(count).ToArray();
    }

    /// <summary>A deterministic mix of facts: half visits, a third registrations, the rest clinics.</summary>
    public static object[] Facts(int count)
    {
        var facts = new object[count];
        for (var i = 0; i < count; i++)
        {
            facts[i] = (i % 6) switch
            {
                0 or 1 or 2 => new Visit(i, i % 7, i % 4),
                3 or 4 => new Registration(i, (i * 3) % 7, i - 10, i + 10),
                _ => new Clinic(i % 7, i % 8),
            };
        }

        return facts;
    }
}
