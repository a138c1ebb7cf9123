using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NRules.Fluent.Dsl;
using RulesCore.Settlement.Rules;
using RulesCore.Testing;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests;

/// <summary>
/// Warming up compiles every situation's rules at once, so that no decision waits for a compilation; the compile
/// activity shows what was compiled and when.
/// </summary>
public sealed class WarmUpTests : IDisposable
{
    private static readonly ActivitySource TestSource = new("RulesCore.Tests.WarmUp");

    private readonly ConcurrentBag<Activity> _stopped = new();
    private readonly ActivityListener _listener;

    public WarmUpTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is RulesCoreTelemetry.Name or "RulesCore.Tests.WarmUp",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Add,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose() => _listener.Dispose();

    /// <summary>The rule sets compiled while <paramref name="action"/> ran, by situation (this test's activities only).</summary>
    private List<string> Compiled(Action action)
    {
        using (var root = TestSource.StartActivity("start"))
        {
            action();
            return _stopped.Where(a => a.TraceId == root!.TraceId && a.OperationName == RulesCoreTelemetry.CompileActivity)
                .Select(a => (string)a.GetTagItem("rulescore.situation")!).OrderBy(s => s, StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>An evaluator with a rule set of its own (nothing compiled yet): the shipped rules and one that never fires.</summary>
    private static SettlementEvaluator Fresh(bool warmUp = false) => new(new SettlementOptions { WarmUp = warmUp }.AddRules(typeof(NeverFiresRule)));

    private static readonly string[] EverySituation =
    {
        "crossProvince/chronic", "crossProvince/emergency", "crossProvince/other",
        "intraProvince/chronic", "intraProvince/emergency", "intraProvince/other",
        "local/chronic", "local/emergency", "local/other",
    };

    [Fact]
    public void WithoutWarmUp_AFirstDecisionCompilesItsSituation_AndOnlyThatOnce()
    {
        var evaluator = Fresh();

        Assert.Equal(new[] { "crossProvince/other" }, Compiled(() => evaluator.Evaluate(Cases.CrossProvinceOutpatient().Build())));
        Assert.Empty(Compiled(() => evaluator.Evaluate(Cases.CrossProvinceOutpatient().WithExpiredFiling().Build())));
    }

    [Fact]
    public void WarmUp_CompilesEverySituation_SoNoDecisionCompilesAnything()
    {
        var evaluator = Fresh();

        Assert.Equal(EverySituation, Compiled(() => evaluator.WarmUp()));
        Assert.Empty(Compiled(() =>
        {
            evaluator.Evaluate(Cases.CrossProvinceOutpatient().Build());
            evaluator.Evaluate(Cases.LocalOutpatient().Build());
            evaluator.Evaluate(Cases.CrossProvinceOutpatient().WithChronicCondition(Conditions.Diabetes).Build());
            evaluator.WarmUp();
        }));
    }

    [Fact]
    public void TheCompileActivity_SaysHowManyRules_AndWhichRuleSet()
    {
        var evaluator = Fresh();
        evaluator.Evaluate(Cases.LocalOutpatient().Build());

        var compiled = Assert.Single(_stopped, a => a.OperationName == RulesCoreTelemetry.CompileActivity && (string?)a.GetTagItem("rulescore.ruleset") == evaluator.RulesFingerprint && (string?)a.GetTagItem("rulescore.situation") == "local/other");
        Assert.InRange((int)compiled.GetTagItem("rulescore.rules")!, 2, evaluator.Rules.Count - 1);
    }

    [Fact]
    public void WarmingUp_DecidesAMadeUpVisitInEachSituation_WhichTelemetryDoesNotCount()
    {
        Assert.Equal(9, RulesCore.Settlement.Engine.RehearsalVisits.All.Select(c => (RulesCore.Settlement.Rules.VisitScopeRule.ScopeOf(
            Fixtures.Policies.Resolve(c.Person.InsuredRegion, c.Encounter.Date).PoolingRegion, Fixtures.Policies.Resolve(c.Hospital.Region, c.Encounter.Date).PoolingRegion),
            c.Encounter.Setting)).Distinct().Count());
        Assert.All(RulesCore.Settlement.Engine.RehearsalVisits.All, c => Assert.Empty(Fixtures.Evaluator.Validate(c)));

        var evaluator = Fresh();
        using (var root = TestSource.StartActivity("start"))
        {
            evaluator.WarmUp();
            Assert.DoesNotContain(_stopped, a => a.TraceId == root!.TraceId && a.OperationName == RulesCoreTelemetry.EvaluateActivity);
        }
    }

    [Fact]
    public void AWhyNot_CompilesAllTheRules_Once()
    {
        var evaluator = Fresh();

        Assert.Equal(new[] { "all" }, Compiled(() => evaluator.Explain(Cases.CrossProvinceOutpatient().Build(), "filing.expired")));
        Assert.Empty(Compiled(() => evaluator.Explain(Cases.LocalOutpatient().Build(), "filing.expired")));
    }

    [Fact]
    public void TheWarmUpOption_CompilesEverySituation_WhenTheEvaluatorIsBuilt()
    {
        Assert.Equal(EverySituation, Compiled(() => Fresh(warmUp: true)));
    }

    [Fact]
    public void ACancelledWarmUp_Throws_AndDecisionsStillCompileWhatTheyNeed()
    {
        var evaluator = Fresh();

        Assert.ThrowsAny<OperationCanceledException>(() => evaluator.WarmUp(new CancellationToken(canceled: true)));
        Assert.Equal(Outcome.Direct, evaluator.Evaluate(Cases.CrossProvinceOutpatient().Build()).Outcome);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AHostStartingWithTheOption_BuildsAndWarmsTheEvaluator_BeforeItServes(bool warmUp)
    {
        var services = new ServiceCollection().AddRulesCore(o =>
        {
            o.WarmUp = warmUp;
            o.AddRules(typeof(NeverFiresRule));
        });
        using var provider = services.BuildServiceProvider();

        var compiled = new List<string>();
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            Task started = Task.CompletedTask;
            compiled.AddRange(Compiled(() => started = hosted.StartAsync(CancellationToken.None)));
            await started;
            await hosted.StopAsync(CancellationToken.None);
        }

        Assert.Equal(warmUp ? EverySituation : Array.Empty<string>(), compiled.OrderBy(s => s, StringComparer.Ordinal));
        Assert.Equal(warmUp ? Array.Empty<string>() : new[] { "crossProvince/other" }, Compiled(() => provider.GetRequiredService<ISettlementEvaluator>().Evaluate(Cases.CrossProvinceOutpatient().Build())));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData(" False ", false)]
    public async Task TheWarmUpSetting_InConfiguration_WarmsUpAsTheOptionDoes(string value, bool warmUp)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["RulesCore:WarmUp"] = value }).Build();
        using var provider = new ServiceCollection().AddRulesCore(configuration.GetSection("RulesCore")).AddRulesCore(o => o.AddRules(typeof(NeverFiresRule))).BuildServiceProvider();

        var compiled = new List<string>();
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            Task started = Task.CompletedTask;
            compiled.AddRange(Compiled(() => started = hosted.StartAsync(CancellationToken.None)));
            await started;
        }

        Assert.Equal(warmUp ? EverySituation.Length : 0, compiled.Count);
    }

    [Name("example.never-fires")]
    internal sealed class NeverFiresRule : SettlementRule
    {
        public static readonly FindingDefinition Never = new("EXAMPLE_NEVER", new("从不出现", "never raised"), Cause.Account, Severity.Info, null, new("从不出现", "never raised"));

        public override Cause Cause => Cause.Account;

        public override LocalizedText Description { get; } = new("从不触发的示例规则。", "An example rule that never fires.");

        public override LocalizedText Basis { get; } = new("示例", "example");

        public override void Define()
        {
            Visit visit = null!;
            When().Match(() => visit, v => v.Date.Year < 1900);
            Raise(ctx => Found(ctx, Never, On(visit)));
        }
    }
}
