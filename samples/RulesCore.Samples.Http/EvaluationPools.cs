using System.Globalization;

namespace RulesCore.Samples.Http;

/// <summary>
/// The service's pools of evaluation slots: <see cref="Evaluate"/> for <c>/evaluate</c> and each line of
/// <c>/evaluate/ndjson</c>, <see cref="Plan"/> for <c>/plan</c>. A plan judges up to hundreds of cases, so plans get a
/// smaller pool of their own and can never take the slots ordinary evaluations need.
/// </summary>
public sealed class EvaluationPools
{
    /// <summary>Creates the pools the limits describe.</summary>
    /// <param name="limits">The limits: <see cref="ServiceLimits.MaxConcurrentEvaluations"/>, <see cref="ServiceLimits.MaxConcurrentPlans"/>, <see cref="ServiceLimits.SlotWait"/>, <see cref="ServiceLimits.RetryAfter"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of range (a pool of no slot, a negative wait…), named.</exception>
    public EvaluationPools(ServiceLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (Problem(limits) is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(limits), problem);
        }

        Evaluate = new EvaluationSlots("evaluate", limits.MaxConcurrentEvaluations, limits.SlotWait);
        Plan = new EvaluationSlots("plan", limits.MaxConcurrentPlans, limits.SlotWait);
        All = [Evaluate, Plan];
        RetryAfterSeconds = ((int)Math.Ceiling(limits.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Gets the pool of <c>/evaluate</c> and of each line of <c>/evaluate/ndjson</c> (<see cref="ServiceLimits.MaxConcurrentEvaluations"/>).</summary>
    public EvaluationSlots Evaluate { get; }

    /// <summary>Gets the pool of <c>/plan</c> (<see cref="ServiceLimits.MaxConcurrentPlans"/>).</summary>
    public EvaluationSlots Plan { get; }

    /// <summary>Gets every pool.</summary>
    public IReadOnlyList<EvaluationSlots> All { get; }

    /// <summary>Gets the names of the pools whose every slot is taken now (empty: none), as <c>/health</c> reports them.</summary>
    public IReadOnlyList<string> Saturated => All.Where(p => p.IsSaturated).Select(p => p.Name).ToArray();

    /// <summary>Gets the value of a 503's <c>Retry-After</c> header: whole seconds (<see cref="ServiceLimits.RetryAfter"/>, rounded up).</summary>
    public string RetryAfterSeconds { get; }

    /// <summary>What is wrong with the limits the pools are made from, named; <see langword="null"/> when nothing is.</summary>
    private static string? Problem(ServiceLimits limits) =>
        limits.MaxConcurrentEvaluations < 1 ? $"ServiceLimits.MaxConcurrentEvaluations is at least 1 (it is {limits.MaxConcurrentEvaluations})."
        : limits.MaxConcurrentPlans < 1 ? $"ServiceLimits.MaxConcurrentPlans is at least 1 (it is {limits.MaxConcurrentPlans})."
        : limits.SlotWait < TimeSpan.Zero || limits.SlotWait > TimeSpan.FromDays(1) ? $"ServiceLimits.SlotWait is from zero to a day (it is {limits.SlotWait})."
        : limits.RetryAfter <= TimeSpan.Zero || limits.RetryAfter > TimeSpan.FromDays(1) ? $"ServiceLimits.RetryAfter is more than zero and at most a day (it is {limits.RetryAfter})."
        : null;
}
