using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using RulesCore.Settlement;

namespace RulesCore.Samples.Tests;

/// <summary>
/// Holds the evaluations the requests to one path start until the request's cancellation token is cancelled — its
/// client went away, or it is over its time — and then lets them go on. An evaluation is seen through the library's
/// telemetry (the activity around it starts on the evaluating thread, before its first check of the token), and only
/// those of the chosen requests are held. So a test knows an evaluation is in progress when its request is cancelled,
/// however fast or loaded the machine; whether it then stops is the service's doing. A safety net lets it go after a
/// minute.
/// </summary>
internal sealed class HeldEvaluations : IDisposable
{
    private readonly AsyncLocal<StrongBox<CancellationToken>?> _request = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ActivityListener _listener;

    /// <summary>Holds the evaluations of <paramref name="path"/>'s requests; call before the service starts.</summary>
    public HeldEvaluations(WebApplication app, string path)
    {
        // After the request-timeout middleware: RequestAborted is then the token linked with the request's time limit,
        // the one the endpoint passes on. It flows with the request to the threads evaluating for it.
        app.Use((context, next) =>
        {
            if (context.Request.Path == path)
            {
                _request.Value = new StrongBox<CancellationToken>(context.RequestAborted);
            }

            return next(context);
        });
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == RulesCoreTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStarted = _ =>
            {
                if (_request.Value is { } request)
                {
                    _started.TrySetResult();
                    request.Value.WaitHandle.WaitOne(TimeSpan.FromMinutes(1));
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Completes when the first held evaluation has started (a minute at most: a safety net).</summary>
    public Task Started => _started.Task.WaitAsync(TimeSpan.FromMinutes(1));

    public void Dispose() => _listener.Dispose();
}
