using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RulesCore.Benchmarks.Floor;
using RulesCore.Benchmarks.Naive;
using RulesCore.Benchmarks.Peer;
using RulesCore.Settlement;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Policies;
using RulesCore.Testing;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Benchmarks.Tests;

/// <summary>
/// The benchmark compares like with like: naive NRules, the Microsoft RulesEngine peer and the hand-written floor each
/// give the whole decision RulesCore gives — the decision document without its trace, in Chinese and in English — on
/// every benchmark case, every sample case, and 1,000 generated cases.
/// </summary>
public class ComparisonHonestyTests
{
    private static readonly SettlementEvaluator Evaluator = new();
    private static readonly NaiveNRulesSettlement Naive = new();
    private static readonly PeerSettlement Peer = new(PolicyCatalog.Default);

    public static TheoryData<string> CaseNames() => new(BenchmarkCases.Names);

    public static TheoryData<string> Contestants() => new(Contestant.Keys);

    private static readonly Dictionary<string, Func<SettlementCase, EvaluationOptions, SettlementDecision>> Contestant = new()
    {
        ["naive NRules"] = Naive.Decide,
        ["Microsoft RulesEngine"] = Peer.Decide,
        ["hand-written"] = (c, options) => HandWrittenSettlement.Decide(c, PolicyCatalog.Default, options),
    };

    private static string Document(SettlementDecision decision) => SettlementJson.WriteDecision(decision with { Trace = Array.Empty<TraceEntry>() });

    /// <summary>
    /// The contestant's decision document equals RulesCore's without the trace. (Naive NRules' trace differs by design:
    /// without priorities a rule can fire on a derived fact's absence before the fact is derived, and truth maintenance
    /// later retracts what it yielded — the firing stays in its trace; the peer and the floor keep none.)
    /// </summary>
    private static bool Agrees(string contestant, SettlementCase c) =>
        new[] { Languages.Chinese, Languages.English }.All(language =>
        {
            var options = new EvaluationOptions { Language = language };
            return Document(Evaluator.Evaluate(c, options)) == Document(Contestant[contestant](c, options));
        });

    private static bool AllAgree(SettlementCase c) => Contestant.Keys.All(k => Agrees(k, c));

    [Theory]
    [MemberData(nameof(Contestants))]
    public void EveryContestant_DecidesAsRulesCore_OnEveryBenchmarkAndSampleCase(string contestant)
    {
        Assert.All(BenchmarkCases.Names, n => Assert.True(Agrees(contestant, BenchmarkCases.ByName[n]), n));
        Assert.All(new[] { 1, 10, 100 }, n => Assert.True(Agrees(contestant, BenchmarkCases.Sized(n)), $"sized {n}"));
        var files = Directory.GetFiles(RepositoryFiles.PathOf("samples", "cases"), "*.json");
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.True(Agrees(contestant, SettlementJson.ReadCase(File.ReadAllBytes(f), null)), Path.GetFileName(f)));
    }

    [Fact]
    public void TheComparison_WouldSeeADifferentFinding()
    {
        // The documents carry each finding's facts and words: the same codes about another filing differ.
        var c = BenchmarkCases.ByName[BenchmarkCases.AllFourCauses];
        var other = c with { Filings = c.Filings.Select(f => f with { Id = f.Id + "X" }).ToList() };

        Assert.NotEqual(Document(Evaluator.Evaluate(c)), Document(HandWrittenSettlement.Decide(other, PolicyCatalog.Default, new EvaluationOptions())));
        Assert.Equal(Evaluator.Evaluate(c).Findings.Select(f => f.Code), Evaluator.Evaluate(other).Findings.Select(f => f.Code));
    }

    [Fact]
    public void BenchmarkCases_CoverTheOutcomesTheyClaim()
    {
        Assert.Equal(RulesCore.Settlement.Decisions.Outcome.Direct, Evaluator.Evaluate(BenchmarkCases.ByName[BenchmarkCases.Local]).Outcome);
        Assert.Equal(RulesCore.Settlement.Decisions.Outcome.Direct, Evaluator.Evaluate(BenchmarkCases.ByName[BenchmarkCases.CrossProvince]).Outcome);
        Assert.Equal(RulesCore.Settlement.Decisions.Outcome.Direct, Evaluator.Evaluate(BenchmarkCases.ByName[BenchmarkCases.Chronic]).Outcome);
        var all = Evaluator.Evaluate(BenchmarkCases.ByName[BenchmarkCases.AllFourCauses]);
        Assert.Equal(new[] { Cause.Filing, Cause.Hospital, Cause.Coverage, Cause.Account }, all.Findings.Where(f => f.Severity == Severity.Blocking).Select(f => f.Cause).Distinct());
    }

    [Theory]
    [InlineData(BenchmarkCases.FilingCause, Cause.Filing)]
    [InlineData(BenchmarkCases.HospitalCause, Cause.Hospital)]
    [InlineData(BenchmarkCases.CoverageCause, Cause.Coverage)]
    [InlineData(BenchmarkCases.AccountCause, Cause.Account)]
    public void EachCauseCase_FailsForThatCauseAlone(string name, Cause cause)
    {
        var blocking = Evaluator.Evaluate(BenchmarkCases.ByName[name]).Findings.Where(f => f.Severity == Severity.Blocking).ToArray();

        Assert.NotEmpty(blocking);
        Assert.All(blocking, f => Assert.Equal(cause, f.Cause));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(100)]
    public void SizedCases_Settle(int n)
    {
        var c = BenchmarkCases.Sized(n);

        Assert.Equal(RulesCore.Settlement.Decisions.Outcome.Direct, Evaluator.Evaluate(c).Outcome);
        Assert.Equal(n, c.Filings.Count);
        Assert.Equal(n, c.Qualifications.Count);
        Assert.Equal(n, c.Encounter.Items.Count);
    }

    [Property(MaxTest = 1000)]
    public Property GeneratedCases_EveryContestantDecidesAsRulesCore() =>
        Prop.ForAll(SettlementGenerators.ValidCases().ToArbitrary(), AllAgree);
}
