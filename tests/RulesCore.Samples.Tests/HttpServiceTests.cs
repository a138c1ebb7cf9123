using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using RulesCore.Samples.Http;

namespace RulesCore.Samples.Tests;

/// <summary>The HTTP sample as a service a hospital could run: health, problem details, OpenAPI, NDJSON, shutdown, telemetry.</summary>
public sealed class HttpServiceTests : IAsyncLifetime
{
    private const string Expired = "000-changsha-wuhan-expired-six-month-filing.json";
    private const string Direct = "settles-directly-long-term-resident.json";

    private WebApplication? _app;
    private HttpClient? _client;

    public async Task InitializeAsync()
    {
        _app = await Start();
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

    [Fact]
    public async Task Health_IsReadyWithTheRuleSet()
    {
        using var response = await _client!.GetAsync("/health");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ready", body.GetProperty("status").GetString());
        Assert.True(body.GetProperty("rules").GetInt32() > 0);
    }

    // ---- problem details ----

    [Theory]
    [InlineData("/evaluate", "{ \"persn\": {} }", 400, "UNKNOWN_PROPERTY", "persn")]
    [InlineData("/evaluate?lang=fr", "{}", 400, "UNKNOWN_VALUE", "lang")]
    [InlineData("/evaluate?asOf=2025-02-30", "{}", 400, "INVALID_DATE", "asOf")]
    [InlineData("/evaluate/ndjson?lang=fr", "{}", 400, "UNKNOWN_VALUE", "lang")]
    public async Task InvalidCaseOrQuery_IsA400Problem(string path, string json, int status, string code, string errorPath)
    {
        var contentType = path.StartsWith("/evaluate/ndjson", StringComparison.Ordinal) ? NdjsonBatch.ContentType : "application/json";
        using var response = await _client!.PostAsync(path, new StringContent(json, Encoding.UTF8, contentType));

        var errors = await AssertProblem(response, status, code);
        Assert.Contains(errors, e => e.GetProperty("path").GetString() == errorPath);
    }

    [Fact]
    public async Task AnInvalidCase_IsRefusedInTheRequestsLanguage_ChineseByDefault()
    {
        var misspelt = Sample(Direct).Replace("\"dischargeDate\"", "\"dischargeDat\"", StringComparison.Ordinal);
        using var chinese = await _client!.PostAsync("/evaluate", Json(misspelt));
        using var english = await _client!.PostAsync("/evaluate?lang=en", Json(misspelt));
        using var ndjson = await _client!.PostAsync("/evaluate/ndjson?lang=en", new StringContent(OneLine(misspelt) + "\n", Encoding.UTF8, NdjsonBatch.ContentType));

        var zh = JsonDocument.Parse(await chinese.Content.ReadAsStringAsync()).RootElement;
        var en = JsonDocument.Parse(await english.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("病例无效。", zh.GetProperty("detail").GetString());
        Assert.Equal("这个对象没有这个字段（已知字段：setting、date、dischargeDate、condition、items）。是否应为 dischargeDate？", zh.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("The case is invalid.", en.GetProperty("detail").GetString());
        Assert.Equal("Not a property of this object (known: setting, date, dischargeDate, condition, items). Did you mean dischargeDate?", en.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Contains("Did you mean dischargeDate?", await ndjson.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusalsBeforeTheCase_AreInTheRequestsLanguageToo()
    {
        using var wrongType = await _client!.PostAsync("/evaluate?lang=en", new StringContent("{}", Encoding.UTF8, "text/plain"));
        using var wrongTypeZh = await _client!.PostAsync("/evaluate", new StringContent("{}", Encoding.UTF8, "text/plain"));
        using var badDate = await _client!.PostAsync("/evaluate?asOf=2025-02-30", Json("{}"));
        using var notFound = await _client!.GetAsync("/evaluat?lang=en");
        using var notFoundZh = await _client!.GetAsync("/evaluat");

        string Message(HttpResponseMessage r) => JsonDocument.Parse(r.Content.ReadAsStringAsync().Result).RootElement.GetProperty("errors")[0].GetProperty("message").GetString()!;
        Assert.Equal("Content-Type is application/json.", Message(wrongType));
        Assert.Equal("Content-Type 应为 application/json。", Message(wrongTypeZh));
        Assert.Equal("asOf 应为 1900-01-01 至 2999-12-31 之间的日期，格式 yyyy-MM-dd。", Message(badDate));
        Assert.Equal("Not Found", Message(notFound));
        Assert.Equal("没有这个地址。", Message(notFoundZh));
    }

    [Theory]
    [InlineData("/evaluate", "text/plain")]
    [InlineData("/evaluate/ndjson", "application/json")]
    public async Task WrongContentType_IsA415Problem(string path, string contentType)
    {
        using var response = await _client!.PostAsync(path, new StringContent(Sample(Direct), Encoding.UTF8, contentType));

        await AssertProblem(response, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    [Fact]
    public async Task ChunkedBodyOverTheLimit_IsA413Problem()
    {
        var content = new StreamContent(new MemoryStream(new byte[5 * 1024 * 1024]));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/evaluate") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _client!.SendAsync(request);

        await AssertProblem(response, 413, "TOO_LARGE");
    }

    [Fact]
    public async Task RequestOverTheTimeout_IsA408Problem()
    {
        await using var app = await Start(new ServiceLimits { RequestTimeout = TimeSpan.FromSeconds(1) });
        using var tcp = await RawHttp.Connect(app);
        await RawHttp.Send(tcp, $"POST /evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{{ ");

        var (head, body) = Split(await RawHttp.ReadToEnd(tcp));

        Assert.StartsWith("HTTP/1.1 408", head, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/problem+json", head, StringComparison.OrdinalIgnoreCase);
        AssertProblemBody(JsonDocument.Parse(body).RootElement, 408, "REQUEST_TIMEOUT");
    }

    [Fact]
    public async Task EvaluationsOverTheLimit_AreA503Problem()
    {
        await using var app = await Start(new ServiceLimits { MaxConcurrentEvaluations = 1, SlotWait = TimeSpan.Zero });
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
        using var held = app.Services.GetRequiredService<EvaluationPools>().Evaluate.TryTake();

        using var response = await client.PostAsync("/evaluate", Json(Sample(Direct)));

        await AssertProblem(response, 503, "BUSY");
    }

    [Fact]
    public async Task UnknownPath_IsA404Problem()
    {
        using var response = await _client!.GetAsync("/evaluat");

        await AssertProblem(response, 404, "NOT_FOUND");
    }

    [Fact]
    public async Task WrongMethod_IsA405Problem()
    {
        using var response = await _client!.GetAsync("/evaluate");

        await AssertProblem(response, 405, "METHOD_NOT_ALLOWED");
    }

    // ---- OpenAPI ----

    [Fact]
    public async Task OpenApi_DescribesTheEndpointsAndTheContractsSchemas()
    {
        using var response = await _client!.GetAsync("/openapi/v1.json");
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = document.GetProperty("paths");
        Assert.True(paths.GetProperty("/health").TryGetProperty("get", out _));
        var evaluate = paths.GetProperty("/evaluate").GetProperty("post");
        var ndjson = paths.GetProperty("/evaluate/ndjson").GetProperty("post");
        Assert.Equal("#/components/schemas/Case", evaluate.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.Equal("#/components/schemas/Decision", evaluate.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.Equal("#/components/schemas/Problem", evaluate.GetProperty("responses").GetProperty("413").GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.True(ndjson.GetProperty("requestBody").GetProperty("content").TryGetProperty(NdjsonBatch.ContentType, out _));
        Assert.Contains(evaluate.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "asOf");

        // The contract's schemas, as schemas/*.schema.json give them.
        var schemas = document.GetProperty("components").GetProperty("schemas");
        Assert.True(schemas.GetProperty("Case").GetProperty("properties").TryGetProperty("encounter", out _));
        Assert.True(schemas.GetProperty("Decision").GetProperty("properties").TryGetProperty("outcome", out _));
        Assert.Equal(1, schemas.GetProperty("ErrorDocument").GetProperty("properties").GetProperty("schemaVersion").GetProperty("enum")[0].GetInt32());
        Assert.True(schemas.GetProperty("Problem").GetProperty("properties").TryGetProperty("errors", out _));
        var plan = paths.GetProperty("/plan").GetProperty("post");
        Assert.Equal("#/components/schemas/Plan", plan.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.Equal("#/components/schemas/Decision", schemas.GetProperty("Plan").GetProperty("properties").GetProperty("current").GetProperty("$ref").GetString());
        Assert.True(schemas.GetProperty("Plan").GetProperty("properties").TryGetProperty("steps", out _));

        // With their limits and descriptions.
        var filings = schemas.GetProperty("Case").GetProperty("properties").GetProperty("filings");
        Assert.Equal(RulesCore.Settlement.Model.CaseLimits.MaxFilings, filings.GetProperty("maxItems").GetInt32());
        Assert.Contains("备案", filings.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, schemas.GetProperty("Case").GetProperty("properties").GetProperty("encounter").GetProperty("properties").GetProperty("condition").GetProperty("anyOf").GetArrayLength());
        Assert.Contains("version", schemas.GetProperty("Case").GetProperty("properties").GetProperty("schemaVersion").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    // ---- NDJSON ----

    [Fact]
    public async Task Ndjson_AnswersEveryLineInOrder_ABadLineGetsItsErrorDocument()
    {
        var expired = OneLine(Sample(Expired));
        var direct = OneLine(Sample(Direct));
        var lines = Enumerable.Range(0, 1_000).Select(i => i == 500 ? "{ \"persn\": {} }" : i % 3 == 0 ? expired : direct).ToArray();

        using var response = await _client!.PostAsync("/evaluate/ndjson?lang=en", new StringContent(string.Join("\r\n", lines) + "\n", Encoding.UTF8, NdjsonBatch.ContentType));
        var answers = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(NdjsonBatch.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(lines.Length, answers.Length);
        Assert.Equal("persn", answers[500].GetProperty("errors")[0].GetProperty("path").GetString());
        for (var i = 0; i < answers.Length; i++)
        {
            if (i != 500)
            {
                Assert.Equal(i % 3 == 0 ? "payThenClaim" : "direct", answers[i].GetProperty("outcome").GetString());
            }
        }

        Assert.StartsWith("Filing F1", answers[0].GetProperty("findings")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ndjson_TheLimitIsPerLine_ALineOverItIsTooLargeAndTheStreamGoesOn()
    {
        var direct = OneLine(Sample(Direct));
        var huge = "{\"x\":\"" + new string('a', 5 * 1024 * 1024) + "\"}";
        var body = string.Join("\n", direct, huge, direct, direct, direct, direct);

        using var response = await _client!.PostAsync("/evaluate/ndjson", new StringContent(body, Encoding.UTF8, NdjsonBatch.ContentType));
        var answers = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(6, answers.Length);
        Assert.Equal("TOO_LARGE", answers[1].GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.All(answers.Where((_, i) => i != 1), a => Assert.Equal("direct", a.GetProperty("outcome").GetString()));
    }

    [Fact]
    public async Task Ndjson_AsOf_IsPassedOn()
    {
        var line = OneLine(Sample("000-admitted-without-filing-file-before-discharge.json"));

        using var response = await _client!.PostAsync("/evaluate/ndjson?asOf=2025-03-25", new StringContent(line + "\n" + line, Encoding.UTF8, NdjsonBatch.ContentType));
        using var without = await _client!.PostAsync("/evaluate/ndjson", new StringContent(line, Encoding.UTF8, NdjsonBatch.ContentType));

        static bool Retroactive(string text) => text.Contains("FILING_RETROACTIVE_AVAILABLE", StringComparison.Ordinal);
        Assert.False(Retroactive(await response.Content.ReadAsStringAsync()));
        Assert.True(Retroactive(await without.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Ndjson_AnswersALineBeforeTheStreamEnds()
    {
        using var tcp = await RawHttp.Connect(_app!);
        await RawHttp.Send(tcp, $"POST /evaluate/ndjson HTTP/1.1\r\nHost: x\r\nContent-Type: {NdjsonBatch.ContentType}\r\nTransfer-Encoding: chunked\r\n\r\n");
        await RawHttp.Send(tcp, Chunk(OneLine(Sample(Direct)) + "\n"));

        // The first decision arrives while the request is still open.
        var first = await RawHttp.ReadUntil(tcp, "\"outcome\":\"direct\"");
        Assert.StartsWith("HTTP/1.1 200", first, StringComparison.Ordinal);

        await RawHttp.Send(tcp, Chunk(OneLine(Sample(Expired)) + "\n") + "0\r\n\r\n");
        var rest = await RawHttp.ReadUntil(tcp, "\"outcome\":\"payThenClaim\"");
        Assert.Contains("payThenClaim", rest, StringComparison.Ordinal);
    }

    // ---- graceful shutdown ----

    [Fact]
    public async Task Stopping_LetsARequestInFlightFinish_AndRefusesNewConnections()
    {
        var app = await Start();
        var uri = new Uri(app.Urls.Single());
        var body = Encoding.UTF8.GetBytes(Sample(Direct));
        using var tcp = await RawHttp.Connect(app);
        await RawHttp.Send(tcp, $"POST /evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n");
        await tcp.GetStream().WriteAsync(body.AsMemory(0, 100));
        await Task.Delay(300);

        var stopping = app.StopAsync();
        await WaitUntilRefused(uri);
        await tcp.GetStream().WriteAsync(body.AsMemory(100));
        var (head, answer) = Split(await RawHttp.ReadToEnd(tcp));
        await stopping;
        await app.DisposeAsync();

        Assert.StartsWith("HTTP/1.1 200", head, StringComparison.Ordinal);
        Assert.Equal("direct", JsonDocument.Parse(answer).RootElement.GetProperty("outcome").GetString());
    }

    [Fact]
    public async Task Stopping_AbortsWhatIsStillInFlightAfterTheShutdownTimeout()
    {
        var app = await Start(new ServiceLimits { ShutdownTimeout = TimeSpan.FromSeconds(1), SlowBodyGracePeriod = TimeSpan.FromSeconds(60), RequestTimeout = TimeSpan.FromSeconds(60) });
        using var tcp = await RawHttp.Connect(app);
        await RawHttp.Send(tcp, "POST /evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{ ");
        await Task.Delay(300);

        var clock = Stopwatch.StartNew();
        await app.StopAsync();
        clock.Stop();
        var received = await RawHttp.ReadToEnd(tcp);
        await app.DisposeAsync();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"stopping took {clock.Elapsed}");
        Assert.DoesNotContain("HTTP/1.1 200", received, StringComparison.Ordinal);
    }

    // ---- telemetry ----

    [Fact]
    public async Task Telemetry_IsOffByDefault_AndListensToRulesCoreWhenConfigured()
    {
        using var source = new ActivitySource("RulesCore");
        using var meter = new Meter("RulesCore");
        var decisions = meter.CreateCounter<long>("rulescore.decisions");
        var quiet = (source.HasListeners(), decisions.Enabled);

        await using (var app = await Start(extraArgs: ["--Telemetry:Exporter", "console"]))
        {
            Assert.True(source.HasListeners());
            Assert.True(decisions.Enabled);
            await app.StopAsync();
        }

        Assert.Equal((false, false), quiet);
        Assert.Throws<ArgumentException>(() => EvaluationService.Build(["--urls", "http://127.0.0.1:0", "--Telemetry:Exporter", "zipkin"]));
    }

    // ---- plans ----

    [Fact]
    public async Task Plan_WithAHospitalDirectoryConfigured_OffersAnotherHospitalBeforeTheVisit()
    {
        var app = await Start(extraArgs: ["--Hospitals", RepositoryFiles.PathOf("samples", "hospitals", "directory.csv")]);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
            using var response = await client.PostAsync("/plan?lang=en&asOf=2025-03-01", Json(Sample("000-pingyi-employee-shanghai-inpatient-only-hospital.json")));
            var plan = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("SH03", plan.GetProperty("steps")[0].GetProperty("hospital").GetString());
            Assert.Equal("direct", plan.GetProperty("reachable").GetString());
            Assert.Equal(2, plan.GetProperty("hospitals").GetArrayLength());
        }
        finally
        {
            await app.StopAsync();
        }
    }

    // ---- helpers ----

    private static async Task<WebApplication> Start(ServiceLimits? limits = null, string[]? extraArgs = null)
    {
        var app = EvaluationService.Build(["--urls", "http://127.0.0.1:0", .. extraArgs ?? []], limits);
        await app.StartAsync();
        return app;
    }

    private static string Sample(string name) => File.ReadAllText(RepositoryFiles.PathOf("samples", "cases", name));

    private static string OneLine(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement[]> AssertProblem(HttpResponseMessage response, int status, string code)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return AssertProblemBody(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement, status, code);
    }

    /// <summary>RFC 7807 members, and the error document's members as extensions.</summary>
    private static JsonElement[] AssertProblemBody(JsonElement body, int status, string code)
    {
        Assert.Equal(status, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("type").GetString()));
        Assert.False(string.IsNullOrEmpty(body.GetProperty("title").GetString()));
        Assert.Equal(1, body.GetProperty("schemaVersion").GetInt32());
        var errors = body.GetProperty("errors").EnumerateArray().ToArray();
        Assert.NotEmpty(errors);
        Assert.Equal(code, errors[0].GetProperty("code").GetString());
        Assert.All(errors, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("path").GetString()) || string.IsNullOrEmpty(e.GetProperty("message").GetString())));
        return errors;
    }



    private static string Chunk(string text) => $"{Encoding.UTF8.GetByteCount(text):x}\r\n{text}\r\n";



    /// <summary>The head and the (de-chunked) body of a raw HTTP/1.1 response.</summary>
    private static (string Head, string Body) Split(string response)
    {
        var end = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = response[..end];
        var body = response[(end + 4)..];
        if (head.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            // Chunk sizes count bytes, not characters (a Chinese message takes three bytes a character).
            var bytes = Encoding.UTF8.GetBytes(body);
            var text = new List<byte>();
            while (true)
            {
                var line = Array.IndexOf(bytes, (byte)'\r');
                var size = Convert.ToInt32(Encoding.ASCII.GetString(bytes, 0, line), 16);
                if (size == 0)
                {
                    break;
                }

                text.AddRange(bytes.AsSpan(line + 2, size).ToArray());
                bytes = bytes[(line + 2 + size + 2)..];
            }

            body = Encoding.UTF8.GetString(text.ToArray());
        }

        return (head, body);
    }

    private static async Task WaitUntilRefused(Uri uri)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync(uri.Host, uri.Port, timeout.Token);
            }
            catch (SocketException)
            {
                return;
            }

            await Task.Delay(50, timeout.Token);
        }
    }
}
