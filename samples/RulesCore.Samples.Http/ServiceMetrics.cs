using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Logging;

namespace RulesCore.Samples.Http;

/// <summary>
/// How the service copes with its load, for operators: the Meter <see cref="Name"/> (exported with the library's when
/// telemetry is on) — <see cref="SlotsInUse"/>, <see cref="Refused"/>, <see cref="Stopped"/> — and one log line for
/// each evaluation stopped before it finished.
/// </summary>
public sealed class ServiceMetrics
{
    /// <summary>The Meter's name: <c>RulesCore.Samples.Http</c>.</summary>
    public const string Name = "RulesCore.Samples.Http";

    /// <summary>Gauge of the slots taken now, tagged <c>pool</c> (<c>evaluate</c>, <c>plan</c>).</summary>
    public const string SlotsInUse = "rulescore.http.slots.in_use";

    /// <summary>Counter of requests (and NDJSON lines) refused because no slot freed up within the wait, tagged <c>pool</c>.</summary>
    public const string Refused = "rulescore.http.refused";

    /// <summary>
    /// Counter of evaluations and plans stopped before they finished, tagged <c>pool</c> and <c>reason</c>:
    /// <c>timeout</c> (the request was over its time) or <c>aborted</c> (the client went away, or the service stopped).
    /// </summary>
    public const string Stopped = "rulescore.http.stopped";

    private readonly Counter<long> _refused;
    private readonly Counter<long> _stopped;
    private readonly ILogger<ServiceMetrics> _logger;

    /// <summary>Creates the instruments, with the application's meter factory.</summary>
    /// <param name="meters">The application's meter factory.</param>
    /// <param name="pools">The pools whose slots <see cref="SlotsInUse"/> observes.</param>
    /// <param name="logger">Where stopped evaluations are logged.</param>
    public ServiceMetrics(IMeterFactory meters, EvaluationPools pools, ILogger<ServiceMetrics> logger)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(pools);
        var meter = meters.Create(Name);
        _refused = meter.CreateCounter<long>(Refused, "{request}", "Requests and NDJSON lines refused because no evaluation slot freed up within the wait.");
        _stopped = meter.CreateCounter<long>(Stopped, "{evaluation}", "Evaluations and plans stopped before they finished: their request was over its time, or its client went away.");
        meter.CreateObservableGauge(SlotsInUse, () => pools.All.Select(p => new Measurement<int>(p.InUse, Pool(p))), "{slot}", "Evaluation slots taken, by pool.");
        _logger = logger;
    }

    /// <summary>Counts a request (or NDJSON line) refused for lack of a slot in <paramref name="pool"/>.</summary>
    internal void CountRefusal(EvaluationSlots pool) => _refused.Add(1, Pool(pool));

    /// <summary>Counts and logs an evaluation of <paramref name="pool"/> that stopped because its request was cancelled.</summary>
    internal void CountStop(EvaluationSlots pool, HttpContext context)
    {
        var timedOut = TimedOut(context);
        _stopped.Add(1, Pool(pool), new KeyValuePair<string, object?>("reason", timedOut ? "timeout" : "aborted"));
        _logger.LogInformation("An evaluation of the {Pool} pool was stopped before it finished: {Reason}.", pool.Name,
            timedOut ? "the request was over its time" : "the client went away");
    }

    /// <summary>Logs an NDJSON batch cut because it was over its time, after <paramref name="answered"/> lines.</summary>
    internal void LogCut(TimeSpan batchTimeout, long answered) =>
        _logger.LogWarning("An NDJSON batch was cut: it took longer than {Seconds} s; {Answered} lines were answered.", batchTimeout.TotalSeconds, answered);

    /// <summary>Whether the request's own time limit (the request-timeout middleware's) has passed, rather than its client going away.</summary>
    internal static bool TimedOut(HttpContext context) =>
        context.Features.Get<IHttpRequestTimeoutFeature>()?.RequestTimeoutToken.IsCancellationRequested == true;

    private static KeyValuePair<string, object?> Pool(EvaluationSlots pool) => new("pool", pool.Name);
}
