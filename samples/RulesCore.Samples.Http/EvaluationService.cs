using System.Globalization;
using System.Threading.RateLimiting;
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
        builder.Services.AddRulesCore(options => options.HospitalDirectory = directory);
        builder.Services.AddSingleton(new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = limits.MaxConcurrentEvaluations,
            QueueLimit = limits.EvaluationQueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }));
        builder.Services.AddRequestTimeouts(options => options.DefaultPolicy = TimeoutPolicy(limits.RequestTimeout));
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = Problems.AddErrorDocument);
        builder.Services.AddOpenApi(OpenApiContract.Configure);
        builder.AddTelemetry();

        var app = builder.Build();

        // Readiness: the rule set is compiled here, before the port opens — whoever reaches /health reaches a ready service.
        _ = app.Services.GetRequiredService<ISettlementEvaluator>();

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestTimeouts();
        app.MapGet("/health", (ISettlementEvaluator evaluator) => TypedResults.Ok(new HealthReport("ready", evaluator.Rules.Count)))
            .WithSummary("Liveness and readiness: 200 once the rule set is compiled.")
            .WithTags("RulesCore");
        app.MapPost("/evaluate", Evaluate)
            .WithSummary("Decides one case.")
            .WithTags("RulesCore")
            .AddOpenApiOperationTransformer(OpenApiContract.Evaluate);
        app.MapPost("/plan", Plan)
            .WithSummary("What to do, in what order, so that the visit settles as well as it can: each step verified by evaluating again.")
            .WithTags("RulesCore")
            .AddOpenApiOperationTransformer(OpenApiContract.Plan);
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
            problem = Problems.Result(StatusCodes.Status400BadRequest, "The query is invalid.", new InputError("lang", "UNKNOWN_VALUE", "lang is zh-CN or en."));
            return null;
        }

        DateTime? asOf = null;
        if (request.Query["asOf"].FirstOrDefault() is { } text)
        {
            // The same range as a case's dates and the command line's --as-of.
            if (!DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || !CaseLimits.IsInDateRange(date))
            {
                problem = Problems.Result(StatusCodes.Status400BadRequest, "The query is invalid.", new InputError("asOf", "INVALID_DATE", "asOf is a date between 1900-01-01 and 2999-12-31, yyyy-MM-dd."));
                return null;
            }

            asOf = date;
        }

        return new EvaluationOptions { Language = language, AsOf = asOf };
    }

    internal static IResult UnsupportedMediaType(string expected) =>
        Problems.Result(StatusCodes.Status415UnsupportedMediaType, $"The body is read as {expected}.", new InputError("$", "UNSUPPORTED_MEDIA_TYPE", $"Content-Type is {expected}."));

    internal static IResult Busy() =>
        Problems.Result(StatusCodes.Status503ServiceUnavailable, "Too many cases are being evaluated.", new InputError("$", "BUSY", "Too many cases are being evaluated; try again shortly."));

    private static Task<IResult> Evaluate(HttpRequest request, ISettlementEvaluator evaluator, ConcurrencyLimiter limiter) =>
        Answer(request, limiter, (c, options) => SettlementJson.WriteDecision(evaluator.Evaluate(c, options), indented: false));

    /// <summary>A plan (<see cref="ISettlementEvaluator.Plan"/>); the hospitals it may offer are the evaluator's configured directory's.</summary>
    private static Task<IResult> Plan(HttpRequest request, ISettlementEvaluator evaluator, ConcurrencyLimiter limiter) =>
        Answer(request, limiter, (c, options) => SettlementJson.WritePlan(evaluator.Plan(c, options), indented: false));

    /// <summary>Reads the query and one case, takes an evaluation slot, and answers with what <paramref name="answer"/> writes.</summary>
    private static async Task<IResult> Answer(HttpRequest request, ConcurrencyLimiter limiter, Func<SettlementCase, EvaluationOptions, string> answer)
    {
        var options = ReadOptions(request, out var problem);
        if (options is null)
        {
            return problem!;
        }

        // No Content-Type is read as JSON too (some HIS clients send none); another type is refused.
        if (request.ContentType is not null && !request.HasJsonContentType())
        {
            return UnsupportedMediaType("application/json");
        }

        using var body = new MemoryStream();
        try
        {
            // Kestrel bounds the body (MaxRequestBodySize) and its pace (MinRequestBodyDataRate).
            await request.Body.CopyToAsync(body, request.HttpContext.RequestAborted);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e)
        {
            return e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? Problems.Result(e.StatusCode, "The body is too large.", new InputError("$", InputErrorCodes.TooLarge, $"The document is larger than {SettlementJsonOptions.Default.MaxDocumentBytes} bytes."))
                : Problems.Result(e.StatusCode, "The body was not received.", new InputError("$", e.StatusCode == StatusCodes.Status408RequestTimeout ? "REQUEST_TIMEOUT" : "BAD_REQUEST", "The request body was not received in full, or too slowly."));
        }

        if (!SettlementJson.TryReadCase(body.ToArray(), out var settlementCase, out var errors))
        {
            return Problems.Result(StatusCodes.Status400BadRequest, "The case is invalid.", errors);
        }

        using var lease = await limiter.AcquireAsync(1, request.HttpContext.RequestAborted);
        if (!lease.IsAcquired)
        {
            return Busy();
        }

        return Results.Text(answer(settlementCase!, options), Json);
    }

    private static RequestTimeoutPolicy TimeoutPolicy(TimeSpan timeout) => new()
    {
        Timeout = timeout,
        TimeoutStatusCode = StatusCodes.Status408RequestTimeout,
        WriteTimeoutResponse = context => Problems.Write(context, StatusCodes.Status408RequestTimeout, "The request took too long.",
            new InputError("$", "REQUEST_TIMEOUT", $"The request took longer than {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.")),
    };
}
