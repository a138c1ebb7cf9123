using System.Diagnostics;
using System.Diagnostics.Metrics;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement;

/// <summary>
/// What RulesCore reports through <c>System.Diagnostics</c>, for OpenTelemetry or any listener: an activity around each
/// evaluation and around each compilation of rules, and three instruments. Nothing is measured or allocated while nobody listens. No personal data, no
/// case values: only outcomes, finding codes, counts and durations.
/// </summary>
/// <example>
/// <code>
/// builder.Services.AddOpenTelemetry()
///     .WithTracing(t => t.AddSource(RulesCoreTelemetry.Name))
///     .WithMetrics(m => m.AddMeter(RulesCoreTelemetry.Name));
/// </code>
/// </example>
public static class RulesCoreTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/> and of the <see cref="Meter"/>: <c>RulesCore</c>.</summary>
    public const string Name = "RulesCore";

    /// <summary>The activity around one evaluation (tags <c>rulescore.outcome</c>, <c>rulescore.findings</c>).</summary>
    public const string EvaluateActivity = "RulesCore.Evaluate";

    /// <summary>
    /// The activity around compiling one rule set — a situation's, on its first decision or in
    /// <see cref="SettlementEvaluator.WarmUp"/>, or all the rules, on the first why-not answer (tags
    /// <c>rulescore.situation</c>, e.g. <c>crossProvince/chronic</c> or <c>all</c>; <c>rulescore.rules</c>, how many;
    /// <c>rulescore.ruleset</c>, the rules' fingerprint).
    /// </summary>
    public const string CompileActivity = "RulesCore.Compile";

    /// <summary>Counter of decisions, tagged <c>outcome</c> (<c>direct</c>, <c>directReducedRate</c>, <c>payThenClaim</c>, <c>notReimbursable</c>).</summary>
    public const string Decisions = "rulescore.decisions";

    /// <summary>Counter of findings, tagged <c>code</c> (e.g. <c>FILING_EXPIRED</c>).</summary>
    public const string Findings = "rulescore.findings";

    /// <summary>Histogram of evaluation durations, in seconds (validation, rules and folding; tagged <c>outcome</c>).</summary>
    public const string Duration = "rulescore.evaluation.duration";

    private static readonly string Version =
        typeof(RulesCoreTelemetry).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion.Split('+')[0] ?? "unknown";

    private static readonly string[] OutcomeNames = { "direct", "directReducedRate", "payThenClaim", "notReimbursable" };

    internal static readonly ActivitySource Source = new(Name, Version);

    private static readonly Meter Meter = new(Name, Version);

    private static readonly Counter<long> DecisionCounter = Meter.CreateCounter<long>(Decisions, "{decision}", "Settlement decisions made, by outcome.");

    private static readonly Counter<long> FindingCounter = Meter.CreateCounter<long>(Findings, "{finding}", "Findings raised, by code.");

    private static readonly Histogram<double> DurationHistogram = Meter.CreateHistogram<double>(Duration, "s", "How long an evaluation took.");

    /// <summary>Whether anyone listens to the activity or an instrument: only then is a clock read.</summary>
    internal static bool Listened => Source.HasListeners() || DecisionCounter.Enabled || FindingCounter.Enabled || DurationHistogram.Enabled;

    /// <summary>Records one decision on every instrument someone listens to, and tags the activity.</summary>
    internal static void Record(SettlementDecision decision, Activity? activity, long startTimestamp)
    {
        var outcome = OutcomeNames[(int)decision.Outcome];
        if (DecisionCounter.Enabled)
        {
            DecisionCounter.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        }

        if (FindingCounter.Enabled)
        {
            foreach (var finding in decision.Findings)
            {
                FindingCounter.Add(1, new KeyValuePair<string, object?>("code", finding.Code));
            }
        }

        if (DurationHistogram.Enabled)
        {
            var seconds = (Stopwatch.GetTimestamp() - startTimestamp) / (double)Stopwatch.Frequency;
            DurationHistogram.Record(seconds, new KeyValuePair<string, object?>("outcome", outcome));
        }

        if (activity is not null)
        {
            activity.SetTag("rulescore.outcome", outcome);
            activity.SetTag("rulescore.findings", decision.Findings.Count);
        }
    }
}
