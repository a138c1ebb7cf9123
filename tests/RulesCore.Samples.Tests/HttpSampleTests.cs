using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using RulesCore.Samples.Http;

namespace RulesCore.Samples.Tests;

/// <summary>Starts the HTTP sample on a free loopback port and calls it as an HIS in another language would.</summary>
public sealed class HttpSampleTests : RunningSample
{
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
    public async Task PostEvaluate_APartialCase_ReturnsItsRangeAndChecks()
    {
        var (status, body) = await Post("/evaluate?lang=en", File.ReadAllText(RepositoryFiles.PathOf("samples", "partial", "his-filings-unknown.json")));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("undetermined", body.GetProperty("outcome").GetString());
        Assert.Equal("payThenClaim", body.GetProperty("possibleOutcomes").GetProperty("worst").GetString());
        Assert.Equal("filings", body.GetProperty("checks")[0].GetProperty("fact").GetString());
    }

    [Fact]
    public async Task PostPlan_ReturnsThePlan_WithTheQueryPassedOn_AndRefusesAnInvalidCase()
    {
        var (status, body) = await Post("/plan?lang=en", Sample("000-changsha-wuhan-expired-six-month-filing.json"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("payThenClaim", body.GetProperty("current").GetProperty("outcome").GetString());
        Assert.Equal("directReducedRate", body.GetProperty("reachable").GetString());
        var step = body.GetProperty("steps")[0];
        Assert.Equal(("RENEW_FILING", "patient"), (step.GetProperty("remedy").GetString(), step.GetProperty("who").GetString()));
        Assert.StartsWith("national medical insurance app", step.GetProperty("where").GetString(), StringComparison.Ordinal);

        var (beforeStatus, before) = await Post("/plan?asOf=2025-05-01", Sample("000-rheumatoid-arthritis-without-qualification.json"));
        Assert.Equal(HttpStatusCode.OK, beforeStatus);
        Assert.Equal("OBTAIN_QUALIFICATION", before.GetProperty("steps")[0].GetProperty("remedy").GetString());

        var (invalid, problem) = await Post("/plan", """{ "schemaVersion": 1, "persn": {} }""");
        Assert.Equal(HttpStatusCode.BadRequest, invalid);
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("path").GetString() == "persn");
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
    public async Task PostEvaluate_HugeChunkedBody_Returns413WithTheErrorDocument()
    {
        var content = new StreamContent(new MemoryStream(new byte[5 * 1024 * 1024]));
        content.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/evaluate") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _client!.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("TOO_LARGE", body.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task PostEvaluate_BodyOverTheLimit_IsRefusedBeforeItIsSent()
    {
        // Kestrel answers from the Content-Length alone: the client has sent only the headers.
        using var tcp = new System.Net.Sockets.TcpClient();
        var uri = new Uri(_app!.Urls.Single());
        await tcp.ConnectAsync(uri.Host, uri.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"POST /evaluate HTTP/1.1\r\nHost: {uri.Authority}\r\nContent-Type: application/json\r\nContent-Length: {30 * 1024 * 1024}\r\n\r\n"));

        var response = await ReadResponse(stream);

        Assert.StartsWith("HTTP/1.1 413", response, StringComparison.Ordinal);
        Assert.Contains("\"TOO_LARGE\"", response, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("3000-01-01")]
    public async Task PostEvaluate_AsOfOutsideTheCaseDateRange_Returns400(string asOf)
    {
        var (status, body) = await Post("/evaluate?asOf=" + asOf, Sample("settles-directly-long-term-resident.json"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("asOf", body.GetProperty("errors")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task SlowBody_PastTheRequestTimeout_Gets408WithTheErrorDocument()
    {
        await using var app = await Start(new ServiceLimits { RequestTimeout = TimeSpan.FromSeconds(1) });
        using var tcp = new System.Net.Sockets.TcpClient();
        var uri = new Uri(app.Urls.Single());
        await tcp.ConnectAsync(uri.Host, uri.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"POST /evaluate HTTP/1.1\r\nHost: {uri.Authority}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{{ "));

        var response = await ReadResponse(stream);

        Assert.StartsWith("HTTP/1.1 408", response, StringComparison.Ordinal);
        Assert.Contains("\"REQUEST_TIMEOUT\"", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowBody_UnderTheMinimumRate_GetsKestrels408AsTheErrorDocument()
    {
        await using var app = await Start(new ServiceLimits { SlowBodyGracePeriod = TimeSpan.FromSeconds(2) });
        using var tcp = new System.Net.Sockets.TcpClient();
        var uri = new Uri(app.Urls.Single());
        await tcp.ConnectAsync(uri.Host, uri.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"POST /evaluate HTTP/1.1\r\nHost: {uri.Authority}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{{ "));

        var response = await ReadResponse(stream);

        Assert.StartsWith("HTTP/1.1 408", response, StringComparison.Ordinal);
        Assert.Contains("\"REQUEST_TIMEOUT\"", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvaluationsOverTheConcurrencyLimit_Get503WithTheErrorDocument()
    {
        await using var app = await Start(new ServiceLimits { MaxConcurrentEvaluations = 1, SlotWait = TimeSpan.Zero });
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        var pools = app.Services.GetRequiredService<EvaluationPools>();

        HttpStatusCode busy;
        string busyBody;
        using (var held = pools.Evaluate.TryTake())
        {
            Assert.NotNull(held);
            using var response = await client.PostAsync("/evaluate", new StringContent(Sample("settles-directly-long-term-resident.json"), Encoding.UTF8, "application/json"));
            busy = response.StatusCode;
            busyBody = await response.Content.ReadAsStringAsync();
        }

        using var after = await client.PostAsync("/evaluate", new StringContent(Sample("settles-directly-long-term-resident.json"), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy);
        Assert.Equal("BUSY", JsonDocument.Parse(busyBody).RootElement.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    private static async Task<WebApplication> Start(ServiceLimits limits)
    {
        var app = EvaluationService.Build(new[] { "--urls", "http://127.0.0.1:0" }, limits);
        await app.StartAsync();
        return app;
    }

    /// <summary>Reads a whole HTTP/1.1 response (headers and Content-Length body), at most 10 seconds.</summary>
    private static async Task<string> ReadResponse(System.Net.Sockets.NetworkStream stream)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var received = new MemoryStream();
        var buffer = new byte[4096];
        while (true)
        {
            var n = await stream.ReadAsync(buffer, timeout.Token);
            if (n == 0)
            {
                break;
            }

            received.Write(buffer, 0, n);
            var text = Encoding.UTF8.GetString(received.ToArray());
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var length = System.Text.RegularExpressions.Regex.Match(text, "Content-Length: ([0-9]+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
            if (end >= 0 && length.Success && received.Length >= end + 4 + int.Parse(length.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            {
                return text;
            }
        }

        return Encoding.UTF8.GetString(received.ToArray());
    }

    [Fact]
    public async Task PostEvaluate_BadQuery_Returns400()
    {
        var (status, body) = await Post("/evaluate?lang=fr", Sample("settles-directly-long-term-resident.json"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("lang", body.GetProperty("errors")[0].GetProperty("path").GetString());
    }
}
