using Microsoft.AspNetCore.Builder;
using RulesCore.Samples.Http;

namespace RulesCore.Samples.Tests;

/// <summary>The HTTP sample started on a free loopback port for one test class, and a client that calls it.</summary>
public abstract class RunningSample : IAsyncLifetime
{
    private protected WebApplication? _app;
    private protected HttpClient? _client;

    public async Task InitializeAsync()
    {
        _app = EvaluationService.Build(new[] { "--urls", "http://127.0.0.1:0" });
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()) };
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
