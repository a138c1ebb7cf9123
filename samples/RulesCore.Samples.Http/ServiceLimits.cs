namespace RulesCore.Samples.Http;

/// <summary>How much the service takes on at once, for how long, and how long a request waits for its turn.</summary>
public sealed record ServiceLimits
{
    /// <summary>
    /// Gets how long one request may take, body included (default 30 s); then 408 problem details. The evaluation or
    /// plan it started stops with it.
    /// </summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets how long one NDJSON batch may take (default 10 minutes); then it is cut (408 if nothing was answered yet).</summary>
    public TimeSpan BatchTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets how long a body may arrive slower than 240 bytes/s before Kestrel cuts it off with 408 (default 5 s).</summary>
    public TimeSpan SlowBodyGracePeriod { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Gets how many cases <c>/evaluate</c> and <c>/evaluate/ndjson</c> evaluate at once (default: twice the cores);
    /// reading bodies is not limited by it.
    /// </summary>
    public int MaxConcurrentEvaluations { get; init; } = 2 * Environment.ProcessorCount;

    /// <summary>
    /// Gets how many plans <c>/plan</c> makes at once (default: half the cores, at least 1). Plans have a pool of their
    /// own: however many are asked for, they never take the slots evaluations need.
    /// </summary>
    public int MaxConcurrentPlans { get; init; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>
    /// Gets how long a request waits for a free slot in its pool (default 200 ms); then it is refused with 503 problem
    /// details and <c>Retry-After</c> (an NDJSON line gets a <c>BUSY</c> error document), rather than queueing until its
    /// time is up.
    /// </summary>
    public TimeSpan SlotWait { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Gets what a 503's <c>Retry-After</c> header says (default 1 s; whole seconds, rounded up).</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Gets how long stopping (SIGTERM, Ctrl+C, <c>StopAsync</c>) waits for requests in flight (default 30 s, the request
    /// timeout); new connections are refused at once, and whatever still runs after this is aborted.
    /// </summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
