using System.Diagnostics;
using System.Diagnostics.Metrics;
using BenchmarkDotNet.Attributes;
using RulesCore.Settlement;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Benchmarks;

/// <summary>
/// What the activity and the instruments (<see cref="RulesCoreTelemetry"/>) cost: one decision (trace off) with nobody
/// listening — the baseline every caller pays — and with an activity listener and a meter listener attached, as an
/// OpenTelemetry SDK would be.
/// </summary>
[MemoryDiagnoser]
public class TelemetryBenchmark
{
    private static readonly EvaluationOptions NoTrace = new() { IncludeTrace = false };
    private readonly SettlementEvaluator _evaluator = new();
    private readonly SettlementCase _case = BenchmarkCases.ByName[BenchmarkCases.CrossProvince];
    private ActivityListener? _activities;
    private MeterListener? _meters;

    [Params(false, true)]
    public bool Listening { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        if (!Listening)
        {
            return;
        }

        _activities = new ActivityListener
        {
            ShouldListenTo = s => s.Name == RulesCoreTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(_activities);
        _meters = new MeterListener { InstrumentPublished = (i, l) => l.EnableMeasurementEvents(i) };
        _meters.SetMeasurementEventCallback<long>((_, _, _, _) => { });
        _meters.SetMeasurementEventCallback<double>((_, _, _, _) => { });
        _meters.Start();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _activities?.Dispose();
        _meters?.Dispose();
    }

    [Benchmark]
    public Outcome Evaluate() => _evaluator.Evaluate(_case, NoTrace).Outcome;
}
