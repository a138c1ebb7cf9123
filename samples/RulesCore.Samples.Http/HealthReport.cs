namespace RulesCore.Samples.Http;

/// <summary>The body of <c>GET /health</c>.</summary>
/// <param name="Status">Always <c>ready</c>: the service answers only once its rule set is compiled.</param>
/// <param name="Rules">How many rules the evaluator runs.</param>
public sealed record HealthReport(string Status, int Rules);
