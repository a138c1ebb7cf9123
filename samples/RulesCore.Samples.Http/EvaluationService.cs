using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using RulesCore.Settlement;
using RulesCore.Settlement.Json;

namespace RulesCore.Samples.Http;

/// <summary>The HTTP endpoint: a case in, the decision (or the error document) out.</summary>
public static class EvaluationService
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        if (builder.Configuration["urls"] is null)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.AddRulesCore();
        var app = builder.Build();
        app.MapPost("/evaluate", Evaluate);
        return app;
    }

    private static async Task<IResult> Evaluate(HttpRequest request, ISettlementEvaluator evaluator)
    {
        var language = request.Query["lang"].FirstOrDefault() ?? Languages.Chinese;
        DateTime? asOf = null;
        if (!Languages.IsSupported(language))
        {
            return Errors(new CaseError("lang", "UNKNOWN_VALUE", "lang is zh-CN or en."));
        }

        if (request.Query["asOf"].FirstOrDefault() is { } text)
        {
            if (!DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return Errors(new CaseError("asOf", "INVALID_DATE", "asOf is a date, yyyy-MM-dd."));
            }

            asOf = date;
        }

        // Read at most the document limit, whatever Content-Length claims: a huge body is refused, not buffered.
        var limit = SettlementJsonOptions.Default.MaxDocumentBytes;
        using var body = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
        {
            if (body.Length + read > limit)
            {
                return Errors(new CaseError("$", CaseErrorCodes.TooLarge, $"The document is larger than {limit} bytes."));
            }

            body.Write(buffer, 0, read);
        }

        if (!SettlementJson.TryReadCase(body.ToArray(), out var settlementCase, out var errors))
        {
            return Errors(errors.ToArray());
        }

        var decision = evaluator.Evaluate(settlementCase!, new EvaluationOptions { Language = language, AsOf = asOf });
        return Results.Text(SettlementJson.WriteDecision(decision, indented: false), "application/json; charset=utf-8");
    }

    private static IResult Errors(params CaseError[] errors) =>
        Results.Text(SettlementJson.WriteErrors(errors, indented: false), "application/json; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
}
