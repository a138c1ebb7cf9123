using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RulesCore.Samples.Http;

namespace RulesCore.Samples.Tests;

/// <summary>The HTTP sample under load: starting it with limits and a log capture, and what its answers say.</summary>
internal static class LoadService
{
    public const string Direct = "settles-directly-long-term-resident.json";

    /// <summary>A case whose plan searches the hospital directory (the library's evaluations of the hospitals it judges are observed).</summary>
    public const string PlansAHospital = "000-pingyi-employee-shanghai-inpatient-only-hospital.json";

    /// <summary>The service, built with the sample's hospital directory, not started (hold evaluations before it starts).</summary>
    public static WebApplication Build(ServiceLimits limits, LogCapture? log = null)
    {
        var app = EvaluationService.Build(["--urls", "http://127.0.0.1:0", "--Hospitals", RepositoryFiles.PathOf("samples", "hospitals", "directory.csv")], limits);
        if (log is not null)
        {
            app.Services.GetRequiredService<ILoggerFactory>().AddProvider(log);
        }

        return app;
    }

    public static async Task<WebApplication> StartAsync(ServiceLimits limits, LogCapture? log = null)
    {
        var app = Build(limits, log);
        await app.StartAsync();
        return app;
    }

    public static HttpClient Client(WebApplication app) => new() { BaseAddress = new Uri(app.Urls.Single()), Timeout = TimeSpan.FromMinutes(2) };

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static string Sample(string name) => File.ReadAllText(RepositoryFiles.PathOf("samples", "cases", name));

    public static string OneLine(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);

    /// <summary>Waits until the condition holds, checking every 20 ms (a minute at most: a safety net).</summary>
    public static async Task Until(Func<bool> condition, string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!condition())
        {
            Assert.False(timeout.IsCancellationRequested, $"still not {what} after a minute");
            await Task.Delay(20, CancellationToken.None);
        }
    }

    /// <summary>GET /health: always 200; the body.</summary>
    public static async Task<JsonElement> Health(HttpClient client)
    {
        using var response = await client.GetAsync("/health");
        Assert.Equal(200, (int)response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>The problem details of a refusal, with the error document's first code; its errors.</summary>
    public static async Task<JsonElement> AssertProblem(HttpResponseMessage response, int status, string code)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(status, body.GetProperty("status").GetInt32());
        Assert.Equal(code, body.GetProperty("errors")[0].GetProperty("code").GetString());
        return body;
    }

    /// <summary>503 problem details, code BUSY, with <c>Retry-After</c> in seconds.</summary>
    public static async Task AssertBusy(HttpResponseMessage response, int retryAfterSeconds = 1)
    {
        await AssertProblem(response, 503, "BUSY");
        Assert.Equal(TimeSpan.FromSeconds(retryAfterSeconds), response.Headers.RetryAfter?.Delta);
    }

    /// <summary>Nothing the service logged is a warning or an error, or carries an exception (a stack trace in the console log).</summary>
    public static void AssertQuiet(LogCapture log) =>
        Assert.DoesNotContain(log.Entries, e => e.Level >= LogLevel.Warning || e.Exception is not null);
}
