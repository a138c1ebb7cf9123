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

namespace RulesCore.Benchmarks.Tests;

/// <summary>
/// The benchmark compares like with like: the Microsoft RulesEngine peer and the hand-written floor reach the same
/// outcome and finding codes as RulesCore — on every benchmark case, every sample case, and generated cases.
/// </summary>
public class ComparisonHonestyTests
{
    private static readonly SettlementEvaluator Evaluator = new();
    private static readonly PeerSettlement Peer = new(PolicyCatalog.Default);

    public static TheoryData<string> CaseNames() => new(BenchmarkCases.Names);

    private static (RulesCore.Settlement.Outcome Outcome, string[] Codes) Ours(SettlementCase c)
    {
        var d = Evaluator.Evaluate(c);
        return (d.Outcome, d.Findings.Select(f => f.Code).OrderBy(x => x, StringComparer.Ordinal).ToArray());
    }

    private static string[] Sorted(IEnumerable<string> codes) => codes.OrderBy(x => x, StringComparer.Ordinal).ToArray();

    private static bool Agree(SettlementCase c)
    {
        var ours = Ours(c);
        var floor = HandWrittenSettlement.Decide(c, PolicyCatalog.Default);
        var peer = Peer.Decide(c);
        return ours.Outcome == floor.Outcome && ours.Codes.SequenceEqual(Sorted(floor.Codes))
            && ours.Outcome == peer.Outcome && ours.Codes.Distinct().SequenceEqual(Sorted(peer.Codes));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void BenchmarkCase_AllThreeAgree(string name)
    {
        var c = BenchmarkCases.ByName[name];
        var ours = Ours(c);
        var floor = HandWrittenSettlement.Decide(c, PolicyCatalog.Default);
        var peer = Peer.Decide(c);

        Assert.Equal(ours.Outcome, floor.Outcome);
        Assert.Equal(ours.Codes, Sorted(floor.Codes));
        Assert.Equal(ours.Outcome, peer.Outcome);
        Assert.Equal(ours.Codes, Sorted(peer.Codes));
    }

    [Fact]
    public void BenchmarkCases_CoverTheOutcomesTheyClaim()
    {
        Assert.Equal(RulesCore.Settlement.Outcome.Direct, Ours(BenchmarkCases.ByName[BenchmarkCases.Local]).Outcome);
        Assert.Equal(RulesCore.Settlement.Outcome.Direct, Ours(BenchmarkCases.ByName[BenchmarkCases.CrossProvince]).Outcome);
        Assert.Equal(RulesCore.Settlement.Outcome.Direct, Ours(BenchmarkCases.ByName[BenchmarkCases.Chronic]).Outcome);
        var all = Evaluator.Evaluate(BenchmarkCases.ByName[BenchmarkCases.AllFourCauses]);
        Assert.Equal(new[] { Cause.Filing, Cause.Hospital, Cause.Coverage, Cause.Account }, all.Findings.Where(f => f.Severity == Severity.Blocking).Select(f => f.Cause).Distinct());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(100)]
    public void SizedCases_AllThreeAgree_AndSettle(int n)
    {
        var c = BenchmarkCases.Sized(n);

        Assert.True(Agree(c));
        Assert.Equal(RulesCore.Settlement.Outcome.Direct, Ours(c).Outcome);
        Assert.Equal(n, c.Filings.Count);
        Assert.Equal(n, c.Qualifications.Count);
        Assert.Equal(n, c.Encounter.Items.Count);
    }

    [Fact]
    public void EverySampleCase_AllThreeAgree()
    {
        var files = Directory.GetFiles(RepositoryFiles.PathOf("samples", "cases"), "*.json");
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.True(Agree(SettlementJson.ReadCase(File.ReadAllBytes(f), null)), Path.GetFileName(f)));
    }

    private static readonly NaiveNRulesSettlement Naive = new();

    /// <summary>
    /// Naive NRules decides exactly as RulesCore: the whole decision document without its trace, in both languages.
    /// (Its trace differs by design: without priorities a rule can fire on a derived fact's absence before the fact is
    /// derived, and truth maintenance later retracts what it yielded — the firing stays in the trace.)
    /// </summary>
    private static bool NaiveAgrees(SettlementCase c) =>
        new[] { Languages.Chinese, Languages.English }.All(language =>
        {
            var options = new EvaluationOptions { Language = language };
            var ours = Evaluator.Evaluate(c, options);
            var naive = Naive.Decide(c, options);
            return SettlementJson.WriteDecision(ours with { Trace = Array.Empty<TraceEntry>() }) == SettlementJson.WriteDecision(naive with { Trace = Array.Empty<TraceEntry>() });
        });

    [Fact]
    public void NaiveNRules_DecidesAsRulesCore_OnEveryBenchmarkAndSampleCase()
    {
        Assert.All(BenchmarkCases.Names, n => Assert.True(NaiveAgrees(BenchmarkCases.ByName[n]), n));
        Assert.All(new[] { 1, 10, 100 }, n => Assert.True(NaiveAgrees(BenchmarkCases.Sized(n))));
        var files = Directory.GetFiles(RepositoryFiles.PathOf("samples", "cases"), "*.json");
        Assert.All(files, f => Assert.True(NaiveAgrees(SettlementJson.ReadCase(File.ReadAllBytes(f), null)), Path.GetFileName(f)));
    }

    [Property(MaxTest = 1000)]
    public Property GeneratedCases_NaiveNRulesDecidesAsRulesCore() =>
        Prop.ForAll(SettlementGenerators.ValidCases().ToArbitrary(), NaiveAgrees);

    [Property(MaxTest = 300)]
    public Property GeneratedCases_AllThreeAgree() =>
        Prop.ForAll(SettlementGenerators.ValidCases().ToArbitrary(), Agree);
}
