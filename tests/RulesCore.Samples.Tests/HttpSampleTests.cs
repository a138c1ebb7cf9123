using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using RulesCore.Samples.Http;

namespace RulesCore.Samples.Tests;

/// <summary>Starts the HTTP sample on a free loopback port and calls it as an HIS in another language would.</summary>
public sealed class HttpSampleTests : IAsyncLifetime
{
    private WebApplication? _app;
    private HttpClient? _client;

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

    private static string Sample(string name) => File.ReadAllText(RepositoryFiles.PathOf("samples", "cases", name));

    private async Task<(HttpStatusCode Status, JsonElement Body)> Post(string path, string json)
    {
        using var response = await _client!.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    [Fact]
    public void Service_IsBoundToLoopback()
    {
        Assert.StartsWith("http://127.0.0.1:", _app!.Urls.Single(), StringComparison.Ordinal);
        Assert.StartsWith("http://127.0.0.1:", EvaluationService.DefaultUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostEvaluate_ReturnsTheDecision()
    {
        var (status, body) = await Post("/evaluate?lang=en", Sample("000-changsha-wuhan-expired-six-month-filing.json"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("payThenClaim", body.GetProperty("outcome").GetString());
        Assert.Equal("FILING_EXPIRED", body.GetProperty("findings")[0].GetProperty("code").GetString());
        Assert.StartsWith("Filing F1", body.GetProperty("findings")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostEvaluate_AsOf_IsPassedOn()
    {
        var (_, body) = await Post("/evaluate?asOf=2025-03-25", Sample("000-admitted-without-filing-file-before-discharge.json"));

        Assert.DoesNotContain(body.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "FILING_RETROACTIVE_AVAILABLE");
    }

    [Fact]
    public async Task PostEvaluate_InvalidCase_Returns400WithTheErrorDocument()
    {
        var (status, body) = await Post("/evaluate", """{ "schemaVersion": 1, "persn": {} }""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var paths = body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToArray();
        Assert.Contains("persn", paths);
        Assert.Contains("person", paths);
    }

    [Fact]
    public async Task PostEvaluate_HugeBody_Returns400WithoutBufferingIt()
    {
        var (status, body) = await Post("/evaluate", "\"" + new string('x', 5 * 1024 * 1024) + "\"");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("TOO_LARGE", body.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task PostEvaluate_BadQuery_Returns400()
    {
        var (status, body) = await Post("/evaluate?lang=fr", Sample("settles-directly-long-term-resident.json"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("lang", body.GetProperty("errors")[0].GetProperty("path").GetString());
    }
}
