using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RulesCore.Samples.Http;
using static RulesCore.Samples.Tests.LoadService;

namespace RulesCore.Samples.Tests;

/// <summary>
/// The service under load: plans have a pool of their own, so evaluations still answer while plans are busy; a request
/// that finds no slot within the wait is refused at once with 503 and Retry-After; /health says degraded meanwhile.
/// </summary>
[Collection(LoadCollection.Name)]
public sealed class LoadTests
{
    [Fact]
    public async Task APlanInProgress_HoldsOnlyThePlanPool_EvaluationsAnswer200Meanwhile_AndTheClientGoingAwayStopsIt()
    {
        var log = new LogCapture();
        await using var app = Build(new ServiceLimits { MaxConcurrentPlans = 1, MaxConcurrentEvaluations = 2, SlotWait = TimeSpan.FromMilliseconds(50) }, log);
        using var held = new HeldEvaluations(app, "/plan");
        await app.StartAsync();
        using var stops = new Measurements(app, ServiceMetrics.Stopped);
        var pools = app.Services.GetRequiredService<EvaluationPools>();
        using var client = Client(app);
        Assert.Equal("ready", (await Health(client)).GetProperty("status").GetString());

        // A plan in progress (held in its hospital search until its request is cancelled) holds the only plan slot.
        using var goAway = new CancellationTokenSource();
        var plan = client.PostAsync("/plan?asOf=2025-03-01", Json(Sample(PlansAHospital)), goAway.Token);
        await held.Started;
        Assert.True(pools.Plan.IsSaturated);

        // Another plan finds no slot within the wait: 503 with Retry-After, not a wait until its time is up.
        using (var refused = await client.PostAsync("/plan", Json(Sample(Direct))))
        {
            await AssertBusy(refused);
        }

        // Evaluations have their own pool: every one answers.
        for (var i = 0; i < 5; i++)
        {
            using var evaluated = await client.PostAsync("/evaluate", Json(Sample(Direct)));
            Assert.Equal(HttpStatusCode.OK, evaluated.StatusCode);
        }

        var degraded = await Health(client);
        Assert.Equal("degraded", degraded.GetProperty("status").GetString());
        Assert.Equal(["plan"], degraded.GetProperty("saturated").EnumerateArray().Select(p => p.GetString()));
        Assert.True(degraded.GetProperty("rules").GetInt32() > 0);

        // The client goes away: the plan stops at the library's next check instead of finishing, and gives its slot back.
        Assert.Empty(stops.Recorded);
        await goAway.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => plan);
        var stop = Assert.Single(await stops.AtLeastAsync(1));
        Assert.Equal("plan", stop["pool"]);
        Assert.Equal("aborted", stop["reason"]);
        await Until(() => !pools.Plan.IsSaturated, "given back");

        var ready = await Health(client);
        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.False(ready.TryGetProperty("saturated", out _));
        held.Dispose();
        using (var planned = await client.PostAsync("/plan", Json(Sample(Direct))))
        {
            Assert.Equal(HttpStatusCode.OK, planned.StatusCode);
        }

        AssertQuiet(log);
    }

    [Fact]
    public async Task TheEvaluatePoolFull_IsA503WithRetryAfter_AfterTheWait_WhilePlansStillAnswer()
    {
        var log = new LogCapture();
        await using var app = await StartAsync(new ServiceLimits { MaxConcurrentEvaluations = 2, SlotWait = TimeSpan.FromMilliseconds(100), RetryAfter = TimeSpan.FromSeconds(2.5) }, log);
        using var refusals = new Measurements(app, ServiceMetrics.Refused);
        var pools = app.Services.GetRequiredService<EvaluationPools>();
        using var client = Client(app);

        var held = new[] { pools.Evaluate.TryTake(), pools.Evaluate.TryTake() };
        Assert.All(held, Assert.NotNull);
        Assert.Null(pools.Evaluate.TryTake());

        using (var busy = await client.PostAsync("/evaluate", Json(Sample(Direct))))
        {
            await AssertBusy(busy, retryAfterSeconds: 3);
        }

        // An NDJSON line takes an evaluation slot too: BUSY, and the stream goes on.
        using (var batch = await client.PostAsync("/evaluate/ndjson", new StringContent(OneLine(Sample(Direct)), Encoding.UTF8, NdjsonBatch.ContentType)))
        {
            Assert.Equal(HttpStatusCode.OK, batch.StatusCode);
            Assert.Equal("BUSY", JsonDocument.Parse(await batch.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0].GetProperty("code").GetString());
        }

        // Plans have their own pool.
        using (var plan = await client.PostAsync("/plan", Json(Sample(Direct))))
        {
            Assert.Equal(HttpStatusCode.OK, plan.StatusCode);
        }

        var degraded = await Health(client);
        Assert.Equal("degraded", degraded.GetProperty("status").GetString());
        Assert.Equal(["evaluate"], degraded.GetProperty("saturated").EnumerateArray().Select(p => p.GetString()));
        Assert.All(refusals.Recorded, r => Assert.Equal("evaluate", r["pool"]));
        Assert.Equal(2, refusals.Recorded.Count);

        foreach (var slot in held)
        {
            slot!.Dispose();
        }

        Assert.Equal("ready", (await Health(client)).GetProperty("status").GetString());
        using (var evaluated = await client.PostAsync("/evaluate", Json(Sample(Direct))))
        {
            Assert.Equal(HttpStatusCode.OK, evaluated.StatusCode);
        }

        AssertQuiet(log);
    }

    [Fact]
    public async Task ARequestWaitsForASlotWithinTheWait()
    {
        await using var app = await StartAsync(new ServiceLimits { MaxConcurrentEvaluations = 1, SlotWait = TimeSpan.FromMinutes(1) });
        var pools = app.Services.GetRequiredService<EvaluationPools>();
        using var client = Client(app);
        var held = pools.Evaluate.TryTake();

        var waiting = client.PostAsync("/evaluate", Json(Sample(Direct)));
        await Until(() => pools.Evaluate.Waiting == 1, "waiting");
        held!.Dispose();
        using var response = await waiting;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(nameof(ServiceLimits.MaxConcurrentEvaluations))]
    [InlineData(nameof(ServiceLimits.MaxConcurrentPlans))]
    [InlineData(nameof(ServiceLimits.SlotWait))]
    [InlineData(nameof(ServiceLimits.RetryAfter))]
    public void ALimitOutOfRange_IsRefusedWhenTheServiceIsBuilt_Named(string limit)
    {
        var limits = limit switch
        {
            nameof(ServiceLimits.MaxConcurrentEvaluations) => new ServiceLimits { MaxConcurrentEvaluations = 0 },
            nameof(ServiceLimits.MaxConcurrentPlans) => new ServiceLimits { MaxConcurrentPlans = 0 },
            nameof(ServiceLimits.SlotWait) => new ServiceLimits { SlotWait = TimeSpan.FromMilliseconds(-1) },
            _ => new ServiceLimits { RetryAfter = TimeSpan.Zero },
        };

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => EvaluationService.Build(["--urls", "http://127.0.0.1:0"], limits));

        Assert.Contains("ServiceLimits." + limit, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDefaults_GivePlansAPoolOfTheirOwn_SmallerThanTheEvaluations()
    {
        var limits = new ServiceLimits();

        Assert.Equal(2 * Environment.ProcessorCount, limits.MaxConcurrentEvaluations);
        Assert.Equal(Math.Max(1, Environment.ProcessorCount / 2), limits.MaxConcurrentPlans);
        Assert.InRange(limits.SlotWait, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(250));
    }

    [Fact]
    public async Task OpenApi_Says503CarriesRetryAfter()
    {
        await using var app = await StartAsync(new ServiceLimits());
        using var client = Client(app);

        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;

        foreach (var path in new[] { "/evaluate", "/plan", "/evaluate/ndjson" })
        {
            var busy = document.GetProperty("paths").GetProperty(path).GetProperty("post").GetProperty("responses").GetProperty("503");
            Assert.Equal("integer", busy.GetProperty("headers").GetProperty("Retry-After").GetProperty("schema").GetProperty("type").GetString());
        }
    }
}
