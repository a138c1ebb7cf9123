using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RulesCore.Settlement;
using RulesCore.Settlement.Hospitals;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Errors;

namespace RulesCore.Samples.Http;

/// <summary>The HTTP endpoints: a case in, the decision (or problem details) out; NDJSON batches; health; OpenAPI.</summary>
public static class EvaluationService
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    private const string Json = "application/json; charset=utf-8";

    /// <summary>Builds the service: the rule set is compiled, the hospital directory and policy packs are read.</summary>
    /// <param name="args">The command line: <c>--urls</c>, <c>--Hospitals FILE</c>, <c>--RulesCore:PolicyPacks:0 FILE</c>, <c>--contentRoot DIR</c>…</param>
    /// <param name="limits">The limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The service, not started.</returns>
    /// <exception cref="InvalidHospitalDirectoryException">The <c>Hospitals</c> file cannot be read or is not a valid directory.</exception>
    /// <exception cref="InvalidPolicyPackException">A <c>RulesCore:PolicyPacks</c> file cannot be read or is not a valid pack.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of range (a pool of no slot, a negative wait…), named.</exception>
    public static WebApplication Build(string[] args, ServiceLimits? limits = null)
    {
        limits ??= new ServiceLimits();
        var builder = WebApplication.CreateSlimBuilder(args);
        if (builder.Configuration["urls"] is null)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // Control characters from requests (a path or header with an escape sequence) are escaped in the console log.
        EscapingConsoleFormatter.Use(builder.Logging);

        // A failure to start is reported by Program on standard error (a port in use in one line); the host's own
        // "Hosting failed to start" entry would repeat it with a stack trace. (The sample runs no BackgroundService,
        // whose faults this category logs too.)
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // A body larger than a case document is refused by Kestrel before it is streamed (Content-Length), or as
            // soon as it passes the limit (chunked); the endpoint answers with problem details. (NDJSON: per line.)
            kestrel.Limits.MaxRequestBodySize = SettlementJsonOptions.Default.MaxDocumentBytes;

            // The slow-body defence: a client sending under 240 bytes/s after the grace period is cut off (408).
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: limits.SlowBodyGracePeriod);
        });

        // Graceful shutdown: Kestrel stops accepting at once and lets requests in flight finish within this time.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = limits.ShutdownTimeout);
        // RulesCore:DefaultLanguage and RulesCore:PolicyPacks (appsettings.json, the command line, the environment); a
        // relative pack path is resolved against the content root, where appsettings.json is read from.
        builder.Services.AddRulesCore(builder.Configuration.GetSection("RulesCore"), builder.Environment.ContentRootPath);

        // --Hospitals FILE (.json or .csv): the hospital directory plans may offer ("go to hospital X instead"); read now,
        // relative to the content root as the packs are.
        var hospitals = builder.Configuration["Hospitals"];
        var directory = hospitals is null ? null : HospitalDirectory.LoadFile(Path.Combine(builder.Environment.ContentRootPath, hospitals));
        // WarmUp: every situation's rules compile when the host starts, before the port opens, not on a patient's request.
        builder.Services.AddRulesCore(options =>
        {
            options.HospitalDirectory = directory;
            options.WarmUp = true;
        });

        // Two pools of slots: plans (up to hundreds of cases each) cannot take the slots evaluations need; a request that
        // finds no free slot in its pool within the wait is refused with 503 and Retry-After. Limits out of range are refused
        // here, before the port opens.
        builder.Services.AddSingleton(new EvaluationPools(limits));
        builder.Services.AddSingleton(limits);
        builder.Services.AddSingleton<ServiceMetrics>();
        builder.Services.AddRequestTimeouts(options => options.DefaultPolicy = TimeoutPolicy(limits.RequestTimeout));
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = Problems.AddErrorDocument);
        builder.Services.AddOpenApi(OpenApiContract.Configure);
        builder.AddTelemetry();

        var app = builder.Build();

        // Readiness: the rule set is compiled here, before the port opens — whoever reaches /health reaches a ready service.
        _ = app.Services.GetRequiredService<ISettlementEvaluator>();
        // The service's instruments (slots in use, refusals, stopped evaluations) exist from the start.
        _ = app.Services.GetRequiredService<ServiceMetrics>();

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestTimeouts();
        app.MapGet("/health", (ISettlementEvaluator evaluator, EvaluationPools pools) => TypedResults.Ok(HealthReport.Of(evaluator.Rules.Count, pools)))
            .WithSummary("Liveness and readiness: 200 once the rule set is compiled; status degraded (still 200) while every slot of a pool is taken.")
            .WithTags("RulesCore");
        app.MapPost("/evaluate", Evaluate)
            .WithSummary("Decides one case.")
            .WithTags("RulesCore")
            .AddOpenApiOperationTransformer(OpenApiContract.Evaluate);
        app.MapPost("/plan", Plan)
            .WithSummary("What to do, in what order, so that the visit settles as well as it can: each step verified by evaluating again.")
            .WithTags("RulesCore")
            .AddOpenApiOperationTransformer(OpenApiContract.Plan);
        app.MapPost("/evaluate/platform", PlatformEndpoint.Evaluate)
            .WithSummary("Decides the partial case the HIS's national-platform messages make (1101, 5301, 5302, 2201/2401, 2402, 2204 and the hospital's configuration), with the case and the assumptions it rests on.")
            .WithTags("RulesCore")
            .AddOpenApiOperationTransformer(OpenApiContract.EvaluatePlatform);
        app.MapPost("/evaluate/ndjson", NdjsonBatch.Evaluate)
            .WithSummary("Decides one case per line, answering one decision or error document per line, in order, as each is ready.")
            .WithTags("RulesCore")
            .WithRequestTimeout(TimeoutPolicy(limits.BatchTimeout))
            .AddOpenApiOperationTransformer(OpenApiContract.EvaluateNdjson);
        app.MapOpenApi();
        return app;
    }

    /// <summary>Reads the <c>lang</c> and <c>asOf</c> query parameters, or says what is wrong with them.</summary>
    internal static EvaluationOptions? ReadOptions(HttpRequest request, out IResult? problem)
    {
        problem = null;
        var language = request.Query["lang"].FirstOrDefault() ?? Languages.Chinese;
        if (!Languages.IsSupported(language))
        {
            problem = Problems.Result(StatusCodes.Status400BadRequest, Languages.Chinese, InvalidQuery,
                new InputError("lang", "UNKNOWN_VALUE", new LocalizedText("lang 只能是 zh-CN 或 en。", "lang is zh-CN or en.")));
            return null;
        }

        DateTime? asOf = null;
        if (request.Query["asOf"].FirstOrDefault() is { } text)
        {
            // The same range as a case's dates and the command line's --as-of.
            if (!DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || !CaseLimits.IsInDateRange(date))
            {
                problem = Problems.Result(StatusCodes.Status400BadRequest, language, InvalidQuery, new InputError("asOf", "INVALID_DATE", new LocalizedText(
                    "asOf 应为 1900-01-01 至 2999-12-31 之间的日期，格式 yyyy-MM-dd。", "asOf is a date between 1900-01-01 and 2999-12-31, yyyy-MM-dd.")));
                return null;
            }

            asOf = date;
        }

        return new EvaluationOptions { Language = language, AsOf = asOf };
    }

    private static readonly LocalizedText InvalidQuery = new("查询参数有误。", "The query is invalid.");

    internal static IResult UnsupportedMediaType(string expected, string language) =>
        Problems.Result(StatusCodes.Status415UnsupportedMediaType, language, new LocalizedText($"请求体按 {expected} 读取。", $"The body is read as {expected}."),
            new InputError("$", "UNSUPPORTED_MEDIA_TYPE", new LocalizedText($"Content-Type 应为 {expected}。", $"Content-Type is {expected}.")));

    /// <summary>503 problem details with <c>Retry-After</c>: no slot of <paramref name="pool"/> freed up within the wait.</summary>
    internal static IResult Busy(HttpResponse response, EvaluationPools pools, EvaluationSlots pool, string language)
    {
        response.Headers.RetryAfter = pools.RetryAfterSeconds;
        var detail = pool == pools.Plan ? new LocalizedText("正在制定的方案太多。", "Too many plans are being made.") : new LocalizedText("正在判断的病例太多。", "Too many cases are being evaluated.");
        return Problems.Result(StatusCodes.Status503ServiceUnavailable, language, detail, BusyError(pool.Name, pools.RetryAfterSeconds));
    }

    /// <summary>The error of a request or line that found no free slot of the pool named <paramref name="pool"/>.</summary>
    internal static InputError BusyError(string pool, string retryAfterSeconds) =>
        new("$", "BUSY", new LocalizedText($"{pool} 的处理名额已全部占用，请 {retryAfterSeconds} 秒后再试。", $"Every {pool} slot is taken; try again in {retryAfterSeconds} s."));

    /// <summary>408 problem details: the request took longer than <paramref name="timeout"/>.</summary>
    internal static IResult TimedOut(TimeSpan timeout, string language)
    {
        var seconds = timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        return Problems.Result(StatusCodes.Status408RequestTimeout, language, new LocalizedText("请求用时太长。", "The request took too long."),
            new InputError("$", "REQUEST_TIMEOUT", new LocalizedText($"请求用时超过 {seconds} 秒。", $"The request took longer than {seconds} s.")));
    }

    private static Task<IResult> Evaluate(HttpContext context, ISettlementEvaluator evaluator, EvaluationPools pools, ServiceMetrics metrics, ServiceLimits limits) =>
        Answer(context, pools, pools.Evaluate, metrics, limits, (c, options, cancellationToken) =>
            SettlementJson.WriteDecision(evaluator.Evaluate(c, options, cancellationToken), indented: false));

    /// <summary>A plan (<see cref="ISettlementEvaluator.Plan"/>); the hospitals it may offer are the evaluator's configured directory's.</summary>
    private static Task<IResult> Plan(HttpContext context, ISettlementEvaluator evaluator, EvaluationPools pools, ServiceMetrics metrics, ServiceLimits limits) =>
        Answer(context, pools, pools.Plan, metrics, limits, (c, options, cancellationToken) =>
            SettlementJson.WritePlan(evaluator.Plan(c, options, cancellationToken), indented: false));

    /// <summary>
    /// Reads the query and one case, takes a slot of <paramref name="pool"/>, and answers with what
    /// <paramref name="answer"/> writes; it gets the request's cancellation token, so the work stops with the request.
    /// </summary>
    private static async Task<IResult> Answer(HttpContext context, EvaluationPools pools, EvaluationSlots pool, ServiceMetrics metrics, ServiceLimits limits,
        Func<SettlementCase, EvaluationOptions, CancellationToken, string> answer)
    {
        try
        {
            return await AnswerInSlot(context, pools, pool, metrics, answer);
        }
        catch (OperationCanceledException) when (ServiceMetrics.TimedOut(context))
        {
            // Over its time, while its body was read, it waited or it was evaluated: answered here (the request-timeout
            // middleware would answer the same, and log the exception as a warning). A client that went away needs no
            // answer: the exception goes on to ASP.NET's exception handler, which ends the request quietly.
            return TimedOut(limits.RequestTimeout, Problems.LanguageOf(context.Request));
        }
    }

    private static async Task<IResult> AnswerInSlot(HttpContext context, EvaluationPools pools, EvaluationSlots pool, ServiceMetrics metrics,
        Func<SettlementCase, EvaluationOptions, CancellationToken, string> answer)
    {
        var request = context.Request;

        // Cancelled when the client goes away (Kestrel) or when the request is over its time (the request-timeout
        // middleware links its timer into RequestAborted): everything below stops with it, the library's work included.
        var cancellationToken = context.RequestAborted;
        var options = ReadOptions(request, out var problem);
        if (options is null)
        {
            return problem!;
        }

        // No Content-Type is read as JSON too (some HIS clients send none); another type is refused.
        if (request.ContentType is not null && !request.HasJsonContentType())
        {
            return UnsupportedMediaType("application/json", options.Language!);
        }

        using var body = new MemoryStream();
        try
        {
            // Kestrel bounds the body (MaxRequestBodySize) and its pace (MinRequestBodyDataRate).
            await request.Body.CopyToAsync(body, cancellationToken);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e)
        {
            return e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? Problems.Result(e.StatusCode, options.Language!, new LocalizedText("请求体太大。", "The body is too large."), new InputError("$", InputErrorCodes.TooLarge, new LocalizedText(
                    $"文档超过 {SettlementJsonOptions.Default.MaxDocumentBytes} 字节。", $"The document is larger than {SettlementJsonOptions.Default.MaxDocumentBytes} bytes.")))
                : Problems.Result(e.StatusCode, options.Language!, new LocalizedText("没有收到请求体。", "The body was not received."), new InputError("$", e.StatusCode == StatusCodes.Status408RequestTimeout ? "REQUEST_TIMEOUT" : "BAD_REQUEST", new LocalizedText(
                    "请求体没有收全，或传得太慢。", "The request body was not received in full, or too slowly.")));
        }

        if (!SettlementJson.TryReadCase(body.ToArray(), out var settlementCase, out var errors))
        {
            return Problems.Result(StatusCodes.Status400BadRequest, options.Language!, new LocalizedText("病例无效。", "The case is invalid."), errors);
        }

        using var slot = await pool.TakeAsync(cancellationToken);
        if (slot is null)
        {
            metrics.CountRefusal(pool);
            return Busy(context.Response, pools, pool, options.Language!);
        }

        try
        {
            return Results.Text(answer(settlementCase!, options, cancellationToken), Json);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The library stopped between two units of work; the slot is given back as the exception leaves.
            metrics.CountStop(pool, context);
            throw;
        }
    }

    private static RequestTimeoutPolicy TimeoutPolicy(TimeSpan timeout) => new()
    {
        Timeout = timeout,
        TimeoutStatusCode = StatusCodes.Status408RequestTimeout,
        WriteTimeoutResponse = context => TimedOut(timeout, Problems.LanguageOf(context.Request)).ExecuteAsync(context),
    };
}
