using System.Collections.Concurrent;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace RulesCore.Engine.Tests;

/// <summary>Invariants of the engine, checked over generated facts and generated rule sets.</summary>
public class EnginePropertyTests
{
    /// <summary>A bag of facts for <see cref="SampleRules.Family"/>, plus a permutation of it.</summary>
    public sealed record FactBag(object[] Facts, object[] Shuffled)
    {
        public override string ToString() => string.Join(", ", Facts);
    }

    /// <summary>A generated rule: reads marker <c>Read</c>, optionally negates <c>Negated</c>, yields <c>Yield</c>.</summary>
    public sealed record RuleSpec(int Read, int? Negated, int Yield);

    public sealed record RuleGraph(RuleSpec[] Rules)
    {
        public override string ToString() => string.Join("; ", Rules.Select((r, i) => $"r{i}: M{r.Read}{(r.Negated is { } n ? $" !M{n}" : "")} => M{r.Yield}"));
    }

    public static class Arbitraries
    {
        private static Gen<object> AnyFact() =>
            Gen.OneOf(
                Gen.Choose(0, 7).SelectMany(id => Gen.Choose(0, 90).Select(age => (object)new Person(id, age))),
                Gen.Choose(0, 7).SelectMany(a => Gen.Choose(0, 7).Select(b => (object)new Link(a, b))));

        public static Arbitrary<FactBag> FactBags() =>
            Gen.ListOf(AnyFact())
                .SelectMany(facts => Gen.Shuffle(facts.ToArray()).Select(shuffled => new FactBag(facts.ToArray(), shuffled.ToArray())))
                .ToArbitrary();

        public static Arbitrary<RuleGraph> RuleGraphs() =>
            Gen.Choose(1, 6).SelectMany(count =>
                Gen.ArrayOf(
                    Gen.Choose(0, 4).SelectMany(read =>
                        Gen.Choose(-2, 4).SelectMany(negated =>
                            Gen.Choose(0, 4).Select(yielded => new RuleSpec(read, negated < 0 ? null : negated, yielded)))),
                    count))
                .Select(rules => new RuleGraph(rules))
                .ToArbitrary();
    }

    private static HashSet<object> DerivedFacts(RuleSet rules, object[] facts) =>
        SampleRules.Derived(SampleRules.Run(rules, facts), facts);

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 200)]
    public bool DerivedFacts_DoNotDependOnInsertionOrder(FactBag bag) =>
        DerivedFacts(SampleRules.CompiledFamily, bag.Facts).SetEquals(DerivedFacts(SampleRules.CompiledFamily, bag.Shuffled));

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 100)]
    public bool DerivedFacts_DoNotDependOnRuleDeclarationOrder(FactBag bag)
    {
        var reversed = RuleSet.Compile(SampleRules.Family().Reverse());
        return DerivedFacts(SampleRules.CompiledFamily, bag.Facts).SetEquals(DerivedFacts(reversed, bag.Facts));
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 200)]
    public bool AddingFactsNoRuleMatches_ChangesNothing(FactBag bag, NonEmptyString[] noise)
    {
        var plain = SampleRules.Run(SampleRules.CompiledFamily, bag.Facts);
        var noisyFacts = bag.Facts.Concat(noise.Select(n => (object)new Noise(n.Get))).ToArray();
        var noisy = SampleRules.Run(SampleRules.CompiledFamily, noisyFacts);

        return SampleRules.Derived(plain, bag.Facts).SetEquals(SampleRules.Derived(noisy, noisyFacts))
            && plain.Trace.Select(Describe).SequenceEqual(noisy.Trace.Select(Describe));
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 200)]
    public bool FiringAgainAfterFixpoint_FiresNothing(FactBag bag)
    {
        var session = SampleRules.Run(SampleRules.CompiledFamily, bag.Facts);
        var trace = session.Trace.Count;
        var facts = session.Facts.Count;

        return session.Fire() == 0 && session.Trace.Count == trace && session.Facts.Count == facts;
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 100)]
    public bool EachActivation_FiresAtMostOnce(FactBag bag)
    {
        var trace = SampleRules.Run(SampleRules.CompiledFamily, bag.Facts).Trace.Select(Describe).ToList();
        return trace.Distinct().Count() == trace.Count;
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 30)]
    public bool ParallelSessions_AgreeWithSequentialRuns(FactBag[] bags)
    {
        var rules = SampleRules.CompiledFamily;
        var work = bags.Concat(bags).Concat(bags).ToArray();
        var sequential = work.Select(b => Summarize(SampleRules.Run(rules, b.Facts))).ToArray();
        var parallel = new string[work.Length];
        Parallel.For(0, work.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Summarize(SampleRules.Run(rules, work[i].Facts)));

        return sequential.SequenceEqual(parallel);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool GeneratedRuleSets_RejectedExactlyWhenTheyHaveANegationCycle(RuleGraph graph)
    {
        var expected = HasNegationCycle(graph.Rules);
        try
        {
            var rules = RuleSet.Compile(graph.Rules.Select((r, i) => MarkerRules.Build($"r{i}", r)));
            return !expected && NegatedTypesCompleteBeforeTheyAreTested(rules, graph.Rules);
        }
        catch (RuleSetCompilationException e)
        {
            return expected && e.Problems.All(p => p.Kind == RuleSetProblemKind.NegationCycle);
        }
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 100)]
    public bool GeneratedRuleSets_DerivedFactsDoNotDependOnDeclarationOrder(RuleGraph graph, int[] seeds)
    {
        if (HasNegationCycle(graph.Rules))
        {
            return true;
        }

        var definitions = graph.Rules.Select((r, i) => MarkerRules.Build($"r{i}", r)).ToArray();
        var facts = seeds.Take(8).Select(s => MarkerRules.Fact(Math.Abs(s % 5), s % 3)).Distinct().ToArray();
        var forward = DerivedFacts(RuleSet.Compile(definitions), facts);
        var backward = DerivedFacts(RuleSet.Compile(definitions.Reverse()), facts.Reverse().ToArray());
        return forward.SetEquals(backward);
    }

    private static string Describe(Firing f) => f.Rule.Id + "(" + string.Join(",", f.Matched) + ")";

    private static string Summarize(Session s) =>
        string.Join("|", s.Trace.Select(f => Describe(f) + "=>" + string.Join(",", f.Yielded)));

    /// <summary>Reference check: some rule negates a type yielded by a rule that (transitively) depends on it.</summary>
    private static bool HasNegationCycle(RuleSpec[] rules)
    {
        var n = rules.Length;
        var reach = new bool[n, n];
        for (var u = 0; u < n; u++)
        {
            for (var v = 0; v < n; v++)
            {
                reach[u, v] = rules[u].Yield == rules[v].Read || rules[u].Yield == rules[v].Negated;
            }
        }

        for (var k = 0; k < n; k++)
        {
            for (var u = 0; u < n; u++)
            {
                for (var v = 0; v < n; v++)
                {
                    reach[u, v] |= reach[u, k] && reach[k, v];
                }
            }
        }

        for (var u = 0; u < n; u++)
        {
            for (var v = 0; v < n; v++)
            {
                // u yields what v negates, and v leads back to u.
                if (rules[u].Yield == rules[v].Negated && (u == v || reach[v, u]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool NegatedTypesCompleteBeforeTheyAreTested(RuleSet rules, RuleSpec[] specs)
    {
        var stratum = rules.Strata.SelectMany((s, i) => s.Select(r => (r.Id, i))).ToDictionary(x => x.Id, x => x.i);
        for (var u = 0; u < specs.Length; u++)
        {
            for (var v = 0; v < specs.Length; v++)
            {
                if (specs[u].Yield == specs[v].Negated && stratum[$"r{u}"] >= stratum[$"r{v}"])
                {
                    return false;
                }

                if (specs[u].Yield == specs[v].Read && stratum[$"r{u}"] > stratum[$"r{v}"])
                {
                    return false;
                }
            }
        }

        return true;
    }
}

public sealed record M0(int Value);

public sealed record M1(int Value);

public sealed record M2(int Value);

public sealed record M3(int Value);

public sealed record M4(int Value);

/// <summary>Builds rules over marker types chosen at run time (test-only use of reflection).</summary>
public static class MarkerRules
{
    private static readonly Type[] Markers = { typeof(M0), typeof(M1), typeof(M2), typeof(M3), typeof(M4) };

    public static object Fact(int marker, int value) => Activator.CreateInstance(Markers[marker], value)!;

    public static RuleDefinition Build(string id, EnginePropertyTests.RuleSpec spec)
    {
        var method = spec.Negated is { } negated
            ? typeof(MarkerRules).GetMethod(nameof(WithNegation), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(Markers[spec.Read], Markers[negated], Markers[spec.Yield])
            : typeof(MarkerRules).GetMethod(nameof(Plain), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(Markers[spec.Read], Markers[spec.Yield]);
        return (RuleDefinition)method.Invoke(null, new object[] { id })!;
    }

    private static int ValueOf(object marker) => (int)marker.GetType().GetProperty("Value")!.GetValue(marker)!;

    private static RuleDefinition Plain<TRead, TYield>(string id) where TRead : class where TYield : class =>
        Rule.Create(id).Match<TRead>()
            .Then<TYield>((ctx, x) => ctx.Insert((TYield)Fact(Array.IndexOf(Markers, typeof(TYield)), ValueOf(x))));

    private static RuleDefinition WithNegation<TRead, TNegated, TYield>(string id) where TRead : class where TNegated : class where TYield : class =>
        Rule.Create(id).Match<TRead>()
            .Not<TNegated>((x, n) => ValueOf(n) == ValueOf(x))
            .Then<TYield>((ctx, x) => ctx.Insert((TYield)Fact(Array.IndexOf(Markers, typeof(TYield)), ValueOf(x))));
}
