using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace RulesCore.Samples.Tests;

/// <summary>
/// What one instrument of one service records — its own meter factory's, so that services other tests run in the same
/// process are not heard — as each measurement's tags.
/// </summary>
internal sealed class Measurements : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string?>> _recorded = new();
    private readonly SemaphoreSlim _arrived = new(0);

    public Measurements(WebApplication app, string instrument)
    {
        var scope = app.Services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (published, listener) =>
        {
            if (published.Meter.Scope == scope && published.Name == instrument)
            {
                listener.EnableMeasurementEvents(published);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var recorded = new Dictionary<string, string?>();
            foreach (var tag in tags)
            {
                recorded[tag.Key] = tag.Value?.ToString();
            }

            for (var i = 0; i < value; i++)
            {
                _recorded.Enqueue(recorded);
                _arrived.Release();
            }
        });
        _listener.Start();
    }

    /// <summary>Gets every measurement so far, one per unit counted, as its tags.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string?>> Recorded => _recorded.ToArray();

    /// <summary>Waits until <paramref name="count"/> measurements have been recorded (a minute at most: a safety net), and returns them.</summary>
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, string?>>> AtLeastAsync(int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (_recorded.Count < count)
        {
            await _arrived.WaitAsync(timeout.Token);
        }

        return Recorded;
    }

    public void Dispose()
    {
        _listener.Dispose();
        _arrived.Dispose();
    }
}
