using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RulesCore.Samples.Http;
using static RulesCore.Samples.Tests.LoadService;

namespace RulesCore.Samples.Tests;

/// <summary>
/// A request's cancellation reaches the library: a request over its time stops the plan it started (408), a batch over
/// its time is cut, and neither leaves an exception in the log.
/// </summary>
[Collection(LoadCollection.Name)]
public sealed class CancellationTests
{
    [Theory]
    [InlineData("/plan", "?asOf=2025-03-01", PlansAHospital, "plan")]
    [InlineData("/evaluate", "", Direct, "evaluate")]
    [InlineData("/evaluate/ndjson", "", Direct, "evaluate")]
    public async Task ARequestOverItsTime_StopsItsEvaluation_AndIsA408Problem(string path, string query, string sample, string pool)
    {
        var log = new LogCapture();
        await using var app = Build(new ServiceLimits { RequestTimeout = TimeSpan.FromSeconds(1), BatchTimeout = TimeSpan.FromSeconds(1) }, log);
        using var held = new HeldEvaluations(app, path);
        await app.StartAsync();
        using var stops = new Measurements(app, ServiceMetrics.Stopped);
        var pools = app.Services.GetRequiredService<EvaluationPools>();
        using var client = Client(app);
        var ndjson = path == "/evaluate/ndjson";

        // The evaluation is in progress when the time runs out; had it gone on to its end, the answer would be 200.
        using var response = await client.PostAsync(path + query, ndjson
            ? new StringContent(OneLine(Sample(sample)), Encoding.UTF8, NdjsonBatch.ContentType)
            : Json(Sample(sample)));

        await AssertProblem(response, 408, "REQUEST_TIMEOUT");
        Assert.True(held.Started.IsCompletedSuccessfully);
        var stop = Assert.Single(await stops.AtLeastAsync(1));
        Assert.Equal(pool, stop["pool"]);
        Assert.Equal("timeout", stop["reason"]);
        Assert.All(pools.All, p => Assert.Equal(0, p.InUse));
        Assert.Contains(log.Entries, e => e.Message == $"An evaluation of the {pool} pool was stopped before it finished: the request was over its time.");
        AssertQuiet(log);
    }

    [Fact]
    public async Task ABatchOverItsTime_IsCutAfterTheLinesItAnswered_WithAWarningAndNoException()
    {
        var log = new LogCapture();
        await using var app = await StartAsync(new ServiceLimits { BatchTimeout = TimeSpan.FromSeconds(1), SlowBodyGracePeriod = TimeSpan.FromMinutes(1) }, log);
        using var tcp = await RawHttp.Connect(app);
        await RawHttp.Send(tcp, $"POST /evaluate/ndjson HTTP/1.1\r\nHost: x\r\nContent-Type: {NdjsonBatch.ContentType}\r\nTransfer-Encoding: chunked\r\n\r\n");
        var line = OneLine(Sample(Direct)) + "\n";
        await RawHttp.Send(tcp, $"{Encoding.UTF8.GetByteCount(line):x}\r\n{line}\r\n");

        // The line is answered; then nothing more comes, and the batch is cut: the connection closes without the
        // response's last chunk, so the client knows the answer is incomplete.
        var received = await RawHttp.ReadToEnd(tcp);

        Assert.StartsWith("HTTP/1.1 200", received, StringComparison.Ordinal);
        Assert.Contains("\"outcome\":\"direct\"", received, StringComparison.Ordinal);
        Assert.DoesNotContain("\r\n0\r\n\r\n", received, StringComparison.Ordinal);
        var warning = Assert.Single(log.Entries, e => e.Level >= LogLevel.Warning);
        Assert.Equal("An NDJSON batch was cut: it took longer than 1 s; 1 lines were answered.", warning.Message);
        Assert.DoesNotContain(log.Entries, e => e.Exception is not null);
    }

    [Fact]
    public async Task ABatchOverItsTime_BeforeAnyAnswer_IsA408Problem()
    {
        var log = new LogCapture();
        await using var app = await StartAsync(new ServiceLimits { BatchTimeout = TimeSpan.FromSeconds(1), SlowBodyGracePeriod = TimeSpan.FromMinutes(1) }, log);
        using var tcp = await RawHttp.Connect(app);
        await RawHttp.Send(tcp, $"POST /evaluate/ndjson HTTP/1.1\r\nHost: x\r\nContent-Type: {NdjsonBatch.ContentType}\r\nTransfer-Encoding: chunked\r\n\r\n");

        var received = await RawHttp.ReadUntil(tcp, "REQUEST_TIMEOUT");

        Assert.StartsWith("HTTP/1.1 408", received, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/problem+json", received, StringComparison.OrdinalIgnoreCase);
        AssertQuiet(log);
    }
}
