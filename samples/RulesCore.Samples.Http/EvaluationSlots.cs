namespace RulesCore.Samples.Http;

/// <summary>
/// A pool of evaluation slots: at most <see cref="Capacity"/> evaluations run at once. A request waits at most
/// <see cref="Wait"/> for a slot; when none frees up by then it is refused (503 with <c>Retry-After</c>, or an NDJSON
/// line's <c>BUSY</c>) instead of queueing until its time is up. Thread-safe.
/// </summary>
public sealed class EvaluationSlots
{
    private readonly SemaphoreSlim _free;
    private int _waiting;

    /// <summary>Creates a pool.</summary>
    /// <param name="name">What it is for (<c>evaluate</c>, <c>plan</c>): in <c>/health</c> and the service's metrics.</param>
    /// <param name="capacity">How many evaluations run at once; at least 1.</param>
    /// <param name="wait">How long a request waits for a slot; from zero to a day.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> or <paramref name="wait"/> is out of range.</exception>
    public EvaluationSlots(string name, int capacity, TimeSpan wait)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(wait, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(wait, TimeSpan.FromDays(1));
        Name = name;
        Capacity = capacity;
        Wait = wait;
        _free = new SemaphoreSlim(capacity, capacity);
    }

    /// <summary>Gets what the pool is for (<c>evaluate</c>, <c>plan</c>).</summary>
    public string Name { get; }

    /// <summary>Gets how many evaluations run at once.</summary>
    public int Capacity { get; }

    /// <summary>Gets how long a request waits for a slot before it is refused.</summary>
    public TimeSpan Wait { get; }

    /// <summary>Gets how many slots are taken now.</summary>
    public int InUse => Capacity - _free.CurrentCount;

    /// <summary>Gets how many requests are waiting for a slot now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Gets whether every slot is taken: a request now waits, and is refused if none frees up within <see cref="Wait"/>.</summary>
    public bool IsSaturated => _free.CurrentCount == 0;

    /// <summary>Takes a slot, waiting at most <see cref="Wait"/> for one.</summary>
    /// <param name="cancellationToken">Stops waiting (the request's: its client went away, or it is over its time).</param>
    /// <returns>The slot, given back when disposed; <see langword="null"/> when none was free within <see cref="Wait"/>.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while waiting.</exception>
    public async Task<IDisposable?> TakeAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_free.Wait(0, CancellationToken.None))
        {
            return new Slot(_free);
        }

        Interlocked.Increment(ref _waiting);
        try
        {
            return await _free.WaitAsync(Wait, cancellationToken).ConfigureAwait(false) ? new Slot(_free) : null;
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    /// <summary>Takes a slot if one is free now, without waiting.</summary>
    /// <returns>The slot, given back when disposed; <see langword="null"/> when every slot is taken.</returns>
    public IDisposable? TryTake() => _free.Wait(0) ? new Slot(_free) : null;

    /// <summary>One taken slot; disposing it gives it back, once.</summary>
    private sealed class Slot(SemaphoreSlim free) : IDisposable
    {
        private int _returned;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _returned, 1) == 0)
            {
                free.Release();
            }
        }
    }
}
