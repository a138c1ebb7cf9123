using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RulesCore.Settlement.Hospitals;
using RulesCore.Settlement.Json;
using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Engine;

/// <summary>
/// Every operation's work is bounded by its input and cancellable: a plan judges at most its budget of cases and says
/// when it stopped, a why-not makes at most its budget of condition checks, and a cancelled token stops each operation
/// between units of work. Work is counted, never timed.
/// </summary>
public class BoundedWorkTests
{
    private static readonly HospitalDirectory Directory = HospitalDirectory.LoadFile(RepositoryFiles.PathOf("samples", "hospitals", "directory.json"));

    private static readonly SettlementEvaluator Planning = new(new SettlementOptions { HospitalDirectory = Directory });

    private static readonly EvaluationOptions English = new() { Language = Languages.English, IncludeTrace = false };

    private const int PlanBound = SettlementPlan.MaxEvaluations + (2 * SettlementPlan.MaxHospitalsJudged) + SettlementPlan.MaxSteps;

    /// <summary>Long-term filings by commitment for other cities: each raises its own finding and proposes its own action.</summary>
    private static Filing[] CommitmentFilingsElsewhere(int count, DateTime from) => Enumerable.Range(0, count).Select(i => new Filing
    {
        Id = "L" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
        Reason = FilingReason.LongTermResident,
        DestinationRegion = RegionCode.Parse(i % 2 == 0 ? "420100" : "440100"),
        ValidFrom = from,
        Status = FilingStatus.Active,
        Basis = FilingBasis.Commitment,
    }).ToArray();

    public static class Arbitraries
    {
        /// <summary>Generated cases, some with many extra filings (up to 120), asked before or after the visit.</summary>
        public static Arbitrary<SettlementCase> Cases() =>
            Gen.OneOf(
                    SettlementGenerators.ValidCases(),
                    SettlementGenerators.CasesWithOneProblem(Cause.Filing),
                    SettlementGenerators.CasesWithOneProblem(Cause.Hospital),
                    SettlementGenerators.CasesWithOneProblem(Cause.Account))
                .SelectMany(c => Gen.Elements(0, 0, 3, 40, 120).Select(extra => extra == 0 ? c
                    : c with { Filings = c.Filings.Concat(CommitmentFilingsElsewhere(extra, c.Encounter.Date.AddYears(-1))).ToArray() }))
                .ToArbitrary();
    }

    /// <summary>An evaluator that counts its evaluations itself: a rule that fires once in every session.</summary>
    private static readonly SettlementEvaluator Counted = new(new SettlementOptions { HospitalDirectory = Directory }.AddRules(typeof(CountsEvaluationsRule)));

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 40)]
    public void APlan_JudgesNoMoreCasesThanItsBudget_AndSaysWhenItStopped(SettlementCase c)
    {
        Interlocked.Exchange(ref CountsEvaluationsRule.Sessions, 0);

        var plan = Counted.Plan(c, English);

        Assert.InRange(CountsEvaluationsRule.Sessions, 1, PlanBound);
        Assert.Equal(CountsEvaluationsRule.Sessions, plan.CasesJudged);
        Assert.Equal(plan.Truncated, plan.NotTried.Count > 0);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 40)]
    public void AWhyNot_MakesNoMoreConditionChecksThanItsBudget(SettlementCase c, NonNegativeInt pick)
    {
        var rules = Planning.Rules;
        var asked = rules[pick.Get % rules.Count];

        var answer = Planning.Explain(c, asked.Findings.Count > 0 && pick.Get % 2 == 0 ? asked.Findings[0] : asked.Id, English);

        Assert.InRange(answer.Checks, 0, answer.CheckBudget);
        Assert.True(answer.CheckBudget > 0);
    }

    [Fact]
    public void APlanOnManyFindingsWithActions_StopsAtItsBudget_AndSaysWhatItDidNotTry()
    {
        var c = LocalOutpatient().WithFilings(CommitmentFilingsElsewhere(200, new DateTime(2024, 1, 1))).Build();

        var plan = Planning.Plan(c, English);

        Assert.True(plan.Truncated);
        Assert.InRange(plan.CasesJudged, SettlementPlan.MaxEvaluations, PlanBound);
        Assert.StartsWith($"{SettlementPlan.MaxEvaluations} cases were judged, the limit: not every set of ", plan.NotTried[0], StringComparison.Ordinal);
        Assert.Equal(plan.Truncated, SettlementJson.WritePlan(plan).Contains("\"truncated\": true", StringComparison.Ordinal));
        Assert.Equal(Json(Planning.Plan(c, English)), Json(plan));
    }

    [Fact]
    public void APlanWithoutManyActions_IsNotTruncated()
    {
        var plan = Planning.Plan(CrossProvinceOutpatient().WithExpiredFiling().Build(), English);

        Assert.False(plan.Truncated);
        Assert.Empty(plan.NotTried);
        Assert.InRange(plan.CasesJudged, 2, 40);
    }

    [Fact]
    public void APlansHospitalSearch_ChecksAtMostItsLimit_AndSaysSo()
    {
        var many = new CountingDirectory(Directory, copies: 120);
        var evaluator = new SettlementEvaluator(new SettlementOptions { HospitalDirectory = many });
        var c = CrossProvinceOutpatient().AtHospitalWithInpatientOnly().AsOf("2025-03-01").Build();

        var plan = evaluator.Plan(c, English);

        Assert.True(plan.Truncated);
        Assert.Contains(plan.NotTried, line => line.Contains($"the first {SettlementPlan.MaxHospitalsJudged} (in directory order) were checked", StringComparison.Ordinal));
        Assert.InRange(plan.CasesJudged, 1, PlanBound);
        Assert.NotEmpty(plan.Steps);
    }

    [Fact]
    public void HospitalSearch_JudgesAtMostItsLimit_AndSaysHowFarItWent()
    {
        var c = CrossProvinceOutpatient().Build();
        var all = HospitalFinder.Search(Planning, c, Directory, default, English, int.MaxValue);

        var two = HospitalFinder.Search(Planning, c, Directory, default, English, 2);

        Assert.False(all.Truncated);
        Assert.True(all.Judged > 2);
        Assert.True(two.Truncated);
        Assert.Equal(2, two.Judged);
        Assert.Equal(all.InArea, two.InArea);
        Assert.Equal(all.Matches.Select(m => m.Hospital.Id), HospitalFinder.Find(Planning, c, Directory, default, English).Select(m => m.Hospital.Id));
        Assert.Throws<ArgumentOutOfRangeException>(() => HospitalFinder.Search(Planning, c, Directory, default, English, 0));
    }

    [Fact]
    public void ACancelledToken_StopsEveryOperation()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var c = CrossProvinceOutpatient().WithExpiredFiling().Build();

        Assert.ThrowsAny<OperationCanceledException>(() => Planning.Evaluate(c, English, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Planning.EvaluateMany(new[] { c, c, c }, English, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Planning.EvaluateMany(new[] { c, c, c }, English with { MaxDegreeOfParallelism = 1 }, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Planning.EvaluateStream(new[] { c, c }, English, cancelled.Token).ToList());
        Assert.ThrowsAny<OperationCanceledException>(() => Planning.Explain(c, "filing.covers", English, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => Planning.Plan(c, English, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => HospitalFinder.Find(Planning, c, Directory, default, English, cancelled.Token));
    }

    [Fact]
    public void ABatch_CancelledBetweenCases_StopsBeforeTheRest()
    {
        using var source = new CancellationTokenSource();
        var c = CrossProvinceOutpatient().Build();
        var read = 0;
        IEnumerable<SettlementCase> Cases()
        {
            for (var i = 0; i < 100; i++)
            {
                read++;
                if (i == 3)
                {
                    source.Cancel();
                }

                yield return c;
            }
        }

        Assert.ThrowsAny<OperationCanceledException>(() => Planning.EvaluateStream(Cases(), English with { MaxDegreeOfParallelism = 1 }, source.Token).ToList());
        Assert.InRange(read, 4, 5);
    }

    [Fact]
    public void APlan_CancelledWhileItSearchesHospitals_Stops()
    {
        using var source = new CancellationTokenSource();
        var directory = new CountingDirectory(Directory, copies: 3) { OnInArea = source.Cancel };
        var evaluator = new SettlementEvaluator(new SettlementOptions { HospitalDirectory = directory });

        Assert.ThrowsAny<OperationCanceledException>(() => evaluator.Plan(CrossProvinceOutpatient().AtHospitalWithInpatientOnly().AsOf("2025-03-01").Build(), English, source.Token));
        Assert.Equal(1, directory.InAreaCalls);
    }

    [Fact]
    public void AWhyNotThatSpendsItsBudget_SaysSo_AndClaimsNoPatternItDidNotCheck()
    {
        var evaluator = new SettlementEvaluator(new SettlementOptions().AddRules(typeof(ItemsBelowEveryOtherRule)));
        var items = Enumerable.Range(1, 23).Select(i => new EncounterItem { Code = "I" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), Amount = i, InCatalog = true })
            .Append(new EncounterItem { Code = "Z999", Amount = 1, InCatalog = true }).ToArray();

        var answer = evaluator.Explain(CrossProvinceOutpatient().WithItems(items).Build(), "example.items-below-every-other", English);

        var rule = Assert.Single(answer.Rules);
        Assert.Equal(answer.CheckBudget, answer.Checks);
        Assert.Contains(rule.Partial, p => p.StartsWith($"The explanation made {answer.CheckBudget} condition checks, its limit", StringComparison.Ordinal));
        Assert.DoesNotContain(rule.Candidates, c => c.PatternsPassed == 4);
        Assert.DoesNotContain(rule.Partial, p => p.StartsWith("Every pattern matched", StringComparison.Ordinal));
        Assert.Empty(rule.Because);
    }

    /// <summary>
    /// Two items, the second dearer, and no item Z999: never fires (Z999 is there, last of the items); its walk is cubic
    /// in the items, with seven checks a fact in the <c>Not</c>, so it spends its budget on a few dozen items — in the
    /// middle of a <c>Not</c>, before it reaches the blocker.
    /// </summary>
    [NRules.Fluent.Dsl.Name("example.items-below-every-other")]
    private sealed class ItemsBelowEveryOtherRule : RulesCore.Settlement.Rules.SettlementRule
    {
        public static readonly RulesCore.Settlement.Rules.FindingDefinition Never = new("EXAMPLE_ITEMS_BELOW", new("示例", "an example"), Cause.Coverage, Severity.Info, null, new("示例", "example"));

        public override Cause Cause => Cause.Coverage;

        public override LocalizedText Description { get; } = new("示例", "example");

        public override LocalizedText Basis { get; } = new("示例", "example");

        private System.Linq.Expressions.Expression<Func<EncounterItem, bool>> Positive => Check((EncounterItem x) => x.Amount > 0, new LocalizedText("项目 {item} 金额不为正", "item {item} has no positive amount"));

        private System.Linq.Expressions.Expression<Func<EncounterItem, bool>> InCatalog => Check((EncounterItem x) => x.InCatalog, new LocalizedText("项目 {item} 不在目录内", "item {item} is outside the catalogue"));

        private System.Linq.Expressions.Expression<Func<EncounterItem, bool>> Coded => Check((EncounterItem x) => x.Code.Length > 0, new LocalizedText("项目 {item} 没有编码", "item {item} has no code"));

        public override void Define()
        {
            RulesCore.Settlement.Rules.Visit visit = null!;
            EncounterItem first = null!, second = null!;
            When().Match(() => visit)
                .Match(() => first, Positive, InCatalog, Coded, Check((EncounterItem x) => x.Amount < 1_000_000, new LocalizedText("项目 {item} 金额过大", "item {item} is too dear")))
                .Match(() => second, Check((EncounterItem x) => x.Amount > first.Amount, new LocalizedText("项目 {item} 不比第一项贵", "item {item} is not dearer than the first")))
                .Not<EncounterItem>(Positive, InCatalog, Coded, Positive, InCatalog, Coded, Check((EncounterItem x) => x.Code == "Z999" && x.Amount > second.Amount - 1_000_000, new LocalizedText("项目 {item} 是末项", "item {item} is the last")));
            Raise(ctx => Found(ctx, Never, On(visit)));
        }
    }

    /// <summary>Fires once in every session (every case has its visit) and counts: the evaluations, seen from the rules.</summary>
    [NRules.Fluent.Dsl.Name("example.counts-evaluations")]
    private sealed class CountsEvaluationsRule : RulesCore.Settlement.Rules.SettlementRule
    {
        public static int Sessions;

        public override Cause Cause => Cause.Coverage;

        public override LocalizedText Description { get; } = new("示例", "example");

        public override LocalizedText Basis { get; } = new("示例", "example");

        public override void Define()
        {
            RulesCore.Settlement.Rules.Visit visit = null!;
            When().Match(() => visit);
            Then().Do(ctx => Interlocked.Increment(ref Sessions));
        }
    }

    private static string Json(SettlementPlan plan) => SettlementJson.WritePlan(plan, indented: false);

    /// <summary>A directory with each hospital of another repeated (new ids), that counts its area queries and can act on them.</summary>
    private sealed class CountingDirectory(HospitalDirectory inner, int copies) : IHospitalDirectory
    {
        private readonly HospitalDirectory _copies = new(inner.Hospitals.SelectMany(h => Enumerable.Range(0, copies).Select(i => h with
        {
            Hospital = h.Hospital with { Id = h.Id + "-" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) },
        })));

        public Action? OnInArea { get; init; }

        public int InAreaCalls { get; private set; }

        public int Count => _copies.Count;

        public IReadOnlyList<DirectoryHospital> Hospitals => _copies.Hospitals;

        public DirectoryHospital? Find(string id) => _copies.Find(id);

        public IReadOnlyList<DirectoryHospital> InArea(RegionCode area)
        {
            InAreaCalls++;
            OnInArea?.Invoke();
            return _copies.InArea(area);
        }
    }
}
