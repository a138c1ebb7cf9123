using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using RulesCore.Settlement;
using RulesCore.Settlement.Json;

namespace RulesCore.Samples.Http;

/// <summary>How much the service takes on at once, and for how long.</summary>
public sealed record ServiceLimits
{
    /// <summary>Gets how long one request may take, body included (default 30 s); then 408 with the error document.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets how long a body may arrive slower than 240 bytes/s before Kestrel cuts it off with 408 (default 5 s).</summary>
    public TimeSpan SlowBodyGracePeriod { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets how many cases are evaluated at once (default: twice the cores); reading bodies is not limited by it.</summary>
    public int MaxConcurrentEvaluations { get; init; } = 2 * Environment.ProcessorCount;

    /// <summary>Gets how many requests may wait for an evaluation slot (default 1,000); beyond that, 503 with the error document.</summary>
    public int EvaluationQueueLimit { get; init; } = 1_000;
}

/// <summary>The HTTP endpoint: a case in, the decision (or the error document) out.</summary>
public static class EvaluationService
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    private const string Json = "application/json; charset=utf-8";

    public static WebApplication Build(string[] args, ServiceLimits? limits = null)
    {
        limits ??= new ServiceLimits();
        var builder = WebApplication.CreateSlimBuilder(args);
        if (builder.Configuration["urls"] is null)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // A body larger than a case document is refused by Kestrel before it is streamed (Content-Length), or as
            // soon as it passes the limit (chunked); the endpoint answers with the error document.
            kestrel.Limits.MaxRequestBodySize = SettlementJsonOptions.Default.MaxDocumentBytes;

            // The slow-body defence: a client sending under 240 bytes/s after the grace period is cut off (408, error document).
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: limits.SlowBodyGracePeriod);
        });
        builder.Services.AddRulesCore();
        builder.Services.AddSingleton(new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = limits.MaxConcurrentEvaluations,
            QueueLimit = limits.EvaluationQueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }));
        builder.Services.AddRequestTimeouts(options => options.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = limits.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status408RequestTimeout,
            WriteTimeoutResponse = context => WriteErrors(context.Response, StatusCodes.Status408RequestTimeout,
                new InputError("$", "REQUEST_TIMEOUT", $"The request took longer than {limits.RequestTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.")),
        });

        var app = builder.Build();
        app.UseRequestTimeouts();
        app.MapPost("/evaluate", Evaluate);
        return app;
    }

    private static async Task<IResult> Evaluate(HttpRequest request, ISettlementEvaluator evaluator, ConcurrencyLimiter limiter)
    {
        var language = request.Query["lang"].FirstOrDefault() ?? Languages.Chinese;
        DateTime? asOf = null;
        if (!Languages.IsSupported(language))
        {
            return Errors(StatusCodes.Status400BadRequest, new InputError("lang", "UNKNOWN_VALUE", "lang is zh-CN or en."));
        }

        if (request.Query["asOf"].FirstOrDefault() is { } text)
        {
            // The same range as a case's dates and the command line's --as-of.
            if (!DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || !CaseLimits.IsInDateRange(date))
            {
                return Errors(StatusCodes.Status400BadRequest, new InputError("asOf", "INVALID_DATE", "asOf is a date between 1900-01-01 and 2999-12-31, yyyy-MM-dd."));
            }

            asOf = date;
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
                ? Errors(e.StatusCode, new InputError("$", InputErrorCodes.TooLarge, $"The document is larger than {SettlementJsonOptions.Default.MaxDocumentBytes} bytes."))
                : Errors(e.StatusCode, new InputError("$", e.StatusCode == StatusCodes.Status408RequestTimeout ? "REQUEST_TIMEOUT" : "BAD_REQUEST", "The request body was not received in full, or too slowly."));
        }

        if (!SettlementJson.TryReadCase(body.ToArray(), out var settlementCase, out var errors))
        {
            return Errors(StatusCodes.Status400BadRequest, errors.ToArray());
        }

        using var lease = await limiter.AcquireAsync(1, request.HttpContext.RequestAborted);
        if (!lease.IsAcquired)
        {
            return Errors(StatusCodes.Status503ServiceUnavailable, new InputError("$", "BUSY", "Too many cases are being evaluated; try again shortly."));
        }

        var decision = evaluator.Evaluate(settlementCase!, new EvaluationOptions { Language = language, AsOf = asOf });
        return Results.Text(SettlementJson.WriteDecision(decision, indented: false), Json);
    }

    private static IResult Errors(int status, params InputError[] errors) =>
        Results.Text(SettlementJson.WriteErrors(errors, indented: false), Json, statusCode: status);

    private static Task WriteErrors(HttpResponse response, int status, params InputError[] errors)
    {
        response.StatusCode = status;
        response.ContentType = Json;
        return response.WriteAsync(SettlementJson.WriteErrors(errors, indented: false));
    }
}
