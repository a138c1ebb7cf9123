using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using RulesCore.Testing;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Tests;

/// <summary>The activity around an evaluation and the three instruments, as a listener (OpenTelemetry or any) sees them.</summary>
public class TelemetryTests
{
    private static readonly ActivitySource TestSource = new("RulesCore.Tests.Telemetry");

    [Fact]
    public void AnEvaluation_IsAChildActivity_TaggedWithItsOutcome_AndAnInvalidCaseIsAnError()
    {
        var stopped = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is RulesCoreTelemetry.Name or "RulesCore.Tests.Telemetry",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Add,
        };
        ActivitySource.AddActivityListener(listener);

        using (var parent = TestSource.StartActivity("desk"))
        {
            Evaluator.Evaluate(Cases.CrossProvinceOutpatient().WithExpiredFiling().Build());
            Assert.Throws<InvalidCaseException>(() => Evaluator.Evaluate(Cases.CrossProvinceOutpatient().Build() with { Hospital = null! }));

            var mine = stopped.Where(a => a.ParentSpanId == parent!.SpanId).ToList();
            Assert.Equal(2, mine.Count);
            Assert.All(mine, a => Assert.Equal((RulesCoreTelemetry.Name, RulesCoreTelemetry.EvaluateActivity), (a.Source.Name, a.OperationName)));
            var decided = Assert.Single(mine, a => a.Status != ActivityStatusCode.Error);
            Assert.Equal("payThenClaim", decided.GetTagItem("rulescore.outcome"));
            Assert.Equal(2, decided.GetTagItem("rulescore.findings"));
            var rejected = Assert.Single(mine, a => a.Status == ActivityStatusCode.Error);
            Assert.Equal(1, rejected.GetTagItem("rulescore.errors"));
        }
    }

    [Fact]
    public void Instruments_CountDecisionsByOutcome_FindingsByCode_AndMeasureDuration()
    {
        var measured = new ConcurrentBag<(string Instrument, double Value, string Tag)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == RulesCoreTelemetry.Name)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => measured.Add((i.Name, v, Tag(tags))));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => measured.Add((i.Name, v, Tag(tags))));
        listener.Start();

        // A story of its own, so that tests running beside this one cannot supply the measurements.
        var evaluator = new SettlementEvaluator();
        evaluator.Evaluate(Cases.CrossProvinceOutpatient().WithIdentityMismatch().WithUnusableCard().Build());

        Assert.Contains((RulesCoreTelemetry.Decisions, 1d, "outcome=payThenClaim"), measured);
        Assert.Contains((RulesCoreTelemetry.Findings, 1d, "code=IDENTITY_MISMATCH"), measured);
        Assert.Contains((RulesCoreTelemetry.Findings, 1d, "code=CARD_UNUSABLE"), measured);
        Assert.Contains(measured, m => m.Instrument == RulesCoreTelemetry.Duration && m.Value > 0 && m.Value < 60 && m.Tag == "outcome=payThenClaim");
    }

    private static string Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags) => tags.Length == 1 ? tags[0].Key + "=" + tags[0].Value : string.Join(",", tags.ToArray());
}
