using System.Text.Json.Serialization;

namespace RulesCore.Samples.Http;

/// <summary>
/// The body of <c>GET /health</c>, always with HTTP 200: <c>{"status":"ready","rules":N}</c>, or while a pool of
/// evaluation slots is full <c>{"status":"degraded","rules":N,"saturated":["plan"]}</c> — the service is alive and
/// answers, but a request to that pool now waits and may be refused with 503.
/// </summary>
/// <param name="Status"><c>ready</c>, or <c>degraded</c> while every slot of a pool is taken.</param>
/// <param name="Rules">How many rules the evaluator runs.</param>
/// <param name="Saturated">The pools whose every slot is taken (<c>evaluate</c>, <c>plan</c>); absent when ready.</param>
public sealed record HealthReport(
    string Status,
    int Rules,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Saturated = null)
{
    /// <summary>The service is ready: the rule set is compiled and a slot is free in every pool.</summary>
    public const string Ready = "ready";

    /// <summary>The service answers, but every slot of a pool is taken.</summary>
    public const string Degraded = "degraded";

    /// <summary>The report for the pools as they are now.</summary>
    /// <param name="rules">How many rules the evaluator runs.</param>
    /// <param name="pools">The pools of evaluation slots.</param>
    public static HealthReport Of(int rules, EvaluationPools pools)
    {
        ArgumentNullException.ThrowIfNull(pools);
        var saturated = pools.Saturated;
        return saturated.Count == 0 ? new HealthReport(Ready, rules) : new HealthReport(Degraded, rules, saturated);
    }
}
