namespace RulesCore.Samples.Http;

/// <summary>How much the service takes on at once, and for how long.</summary>
public sealed record ServiceLimits
{
    /// <summary>Gets how long one request may take, body included (default 30 s); then 408 problem details.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets how long one NDJSON batch may take (default 10 minutes); then it is cut (408 if nothing was answered yet).</summary>
    public TimeSpan BatchTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets how long a body may arrive slower than 240 bytes/s before Kestrel cuts it off with 408 (default 5 s).</summary>
    public TimeSpan SlowBodyGracePeriod { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets how many cases are evaluated at once (default: twice the cores); reading bodies is not limited by it.</summary>
    public int MaxConcurrentEvaluations { get; init; } = 2 * Environment.ProcessorCount;

    /// <summary>Gets how many requests may wait for an evaluation slot (default 1,000); beyond that, 503 problem details.</summary>
    public int EvaluationQueueLimit { get; init; } = 1_000;

    /// <summary>
    /// Gets how long stopping (SIGTERM, Ctrl+C, <c>StopAsync</c>) waits for requests in flight (default 30 s, the request
    /// timeout); new connections are refused at once, and whatever still runs after this is aborted.
    /// </summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
