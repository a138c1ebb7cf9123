using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RulesCore.Settlement.Json;
using RulesCore.Testing;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Tests;

public class ConcurrencyTests
{
    private static readonly SettlementCase[] Workload = SettlementGenerators.ValidCases().Sample(3_000, 30).ToArray();

    [Fact]
    public void OneEvaluator_ManyThreads_EqualsSequential()
    {
        var evaluator = new SettlementEvaluator();
        var sequential = Workload.Select(c => SettlementJson.WriteDecision(evaluator.Evaluate(c), indented: false)).ToArray();
        var concurrent = new string[Workload.Length];
        var inFlight = 0;
        var mostInFlight = 0;

        // Dedicated threads released together (a busy thread pool could otherwise run the work one item at a time).
        const int Threads = 4;
        using var start = new Barrier(Threads);
        var workers = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = t; i < Workload.Length; i += Threads)
            {
                var now = Interlocked.Increment(ref inFlight);
                InterlockedMax(ref mostInFlight, now);
                concurrent[i] = SettlementJson.WriteDecision(evaluator.Evaluate(Workload[i], i % 2 == 0 ? null : new EvaluationOptions()), indented: false);
                Interlocked.Decrement(ref inFlight);
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        // The evaluations did overlap (measured, not assumed), and every one equals its sequential twin.
        Assert.True(mostInFlight > 1, $"at most {mostInFlight} evaluation ran at a time");
        Assert.Equal(sequential, concurrent);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }

    [Fact]
    public void ManyThreads_StartingAtOnce_OnAFreshEvaluator_EqualSequential()
    {
        var cases = Workload.Take(400).ToArray();
        var expected = cases.Select(c => SettlementJson.WriteDecision(new SettlementEvaluator().Evaluate(c), indented: false)).ToArray();
        var evaluator = new SettlementEvaluator();
        var start = new ManualResetEventSlim();
        var results = new string[cases.Length];
        var threads = Enumerable.Range(0, Environment.ProcessorCount * 4).Select(t => new Thread(() =>
        {
            start.Wait();
            for (var i = t; i < cases.Length; i += Environment.ProcessorCount * 4)
            {
                results[i] = SettlementJson.WriteDecision(evaluator.Evaluate(cases[i]), indented: false);
            }
        })).ToList();

        threads.ForEach(t => t.Start());
        start.Set();
        threads.ForEach(t => t.Join());

        Assert.Equal(expected, results);
    }

    [Fact]
    public void EvaluatorsWithDifferentPacks_RunningTogether_NeverMixTheirPolicies()
    {
        // Policy is fixed per evaluator (there is no replacement in place): integrators swap evaluators. Two of them,
        // with different packs, share the process-wide rule set and must not see each other's policy.
        var strict = Fixtures.WithPack(Fixtures.Pack("430100", "rateReductionOtherTemporaryPoints", "20"));
        var lenient = Fixtures.WithPack(Fixtures.Pack("430100", "rateReductionOtherTemporaryPoints", "5"));
        var visit = RulesCore.Testing.Cases.CrossProvinceOutpatient().WithTemporaryFiling().Build();
        var points = new int[2_000];

        Parallel.For(0, points.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 4 }, i =>
            points[i] = (i % 2 == 0 ? strict : lenient).Evaluate(visit).RateReductionPoints);

        Assert.All(points.Where((_, i) => i % 2 == 0), p => Assert.Equal(20, p));
        Assert.All(points.Where((_, i) => i % 2 == 1), p => Assert.Equal(5, p));
    }
}

public class DeterminismTests
{
    private static readonly SettlementEvaluator Evaluator = new();

    public static class Arbitraries
    {
        public static Arbitrary<(SettlementCase Case, SettlementCase Permuted)> Permutations() =>
            (from c in SettlementGenerators.ValidCases()
             from filings in Gen.Shuffle(c.Filings.ToArray())
             from qualifications in Gen.Shuffle(c.Qualifications.ToArray())
             from items in Gen.Shuffle(c.Encounter.Items.ToArray())
             select (c, c with { Filings = filings.ToArray(), Qualifications = qualifications.ToArray(), Encounter = c.Encounter with { Items = items.ToArray() } }))
            .ToArbitrary();
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool DecisionJson_IsByteIdentical_ForAnyPermutation((SettlementCase Case, SettlementCase Permuted) pair)
    {
        foreach (var language in new[] { Languages.Chinese, Languages.English })
        {
            var options = new EvaluationOptions { Language = language };
            if (SettlementJson.WriteDecision(Evaluator.Evaluate(pair.Case, options)) != SettlementJson.WriteDecision(Evaluator.Evaluate(pair.Permuted, options)))
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 100)]
    public Property DecisionJson_IsByteIdentical_AcrossEvaluatorsAndRuns() =>
        Prop.ForAll(SettlementGenerators.ValidCases().ToArbitrary(), c =>
            SettlementJson.WriteDecision(new SettlementEvaluator().Evaluate(c)) == SettlementJson.WriteDecision(Evaluator.Evaluate(c)));
}
