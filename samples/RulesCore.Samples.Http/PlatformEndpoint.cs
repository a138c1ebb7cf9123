using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using RulesCore.NationalPlatform;
using RulesCore.Settlement;
using RulesCore.Settlement.Errors;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Model;

namespace RulesCore.Samples.Http;

/// <summary>
/// <c>POST /evaluate/platform</c>: the HIS's own national-platform messages in one document (<c>{ "person": …1101…,
/// "chronic": …5301…, "designations": [ …5302… ], "encounter": …2201/2401…, "discharge": …2402…, "fees": …2204…,
/// "hospital": { … } }</c>) → <c>{ "schemaVersion": 1, "decision", "case", "assumptions" }</c>: the decision of the
/// partial case they make, the case itself, and the assumptions it rests on. Invalid messages get 400 problem details
/// whose errors' paths start with the message's name.
/// </summary>
public static class PlatformEndpoint
{
    private const string Json = "application/json; charset=utf-8";

    private static readonly PlatformCaseBuilder Builder = new();

    public static async Task<IResult> Evaluate(HttpContext context, ISettlementEvaluator evaluator, EvaluationPools pools, ServiceMetrics metrics, ServiceLimits limits)
    {
        var request = context.Request;
        var cancellationToken = context.RequestAborted;
        var options = EvaluationService.ReadOptions(request, out var problem);
        if (options is null)
        {
            return problem!;
        }

        if (request.ContentType is not null && !request.HasJsonContentType())
        {
            return EvaluationService.UnsupportedMediaType("application/json", options.Language!);
        }

        using var body = new MemoryStream();
        try
        {
            await request.Body.CopyToAsync(body, cancellationToken);
        }
        catch (BadHttpRequestException e)
        {
            return Problems.Result(e.StatusCode, options.Language!, new LocalizedText("没有收全请求体。", "The body was not received in full."), new InputError("$",
                e.StatusCode == StatusCodes.Status413PayloadTooLarge ? InputErrorCodes.TooLarge : "BAD_REQUEST", new LocalizedText("请求体太大、没有收全，或传得太慢。", "The body is too large, not received in full, or too slow.")));
        }
        catch (OperationCanceledException) when (ServiceMetrics.TimedOut(context))
        {
            return EvaluationService.TimedOut(limits.RequestTimeout, options.Language!);
        }

        if (!PlatformJson.TryReadMessageSet(body.ToArray(), out var messages, out var errors) || !Builder.TryBuild(messages!, out var built, out errors))
        {
            return Problems.Result(StatusCodes.Status400BadRequest, options.Language!, new LocalizedText("平台报文无效。", "The platform messages are invalid."), errors);
        }

        using var slot = await pools.Evaluate.TakeAsync(cancellationToken);
        if (slot is null)
        {
            metrics.CountRefusal(pools.Evaluate);
            return EvaluationService.Busy(context.Response, pools, pools.Evaluate, options.Language!);
        }

        try
        {
            var decision = evaluator.Evaluate(built!.Case, options, cancellationToken);
            return Results.Text(Answer(decision, built, options.Language!), Json);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            metrics.CountStop(pools.Evaluate, context);
            if (ServiceMetrics.TimedOut(context))
            {
                return EvaluationService.TimedOut(limits.RequestTimeout, options.Language!);
            }

            throw;
        }
    }

    /// <summary>The answer: the decision and the case as the library writes them, and the assumptions in the request's language.</summary>
    private static string Answer(Settlement.Decisions.SettlementDecision decision, PlatformCase built, string language)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("schemaVersion", SettlementJson.SchemaVersion);
            writer.WritePropertyName("decision");
            writer.WriteRawValue(SettlementJson.WriteDecision(decision, indented: false));
            writer.WritePropertyName("case");
            writer.WriteRawValue(SettlementJson.WriteCase(built.Case, indented: false));
            writer.WriteStartArray("assumptions");
            foreach (var assumption in built.Assumptions)
            {
                writer.WriteStartObject();
                writer.WriteString("field", assumption.Field);
                writer.WriteString("code", assumption.Code);
                writer.WriteString("becomes", assumption.Becomes);
                writer.WriteString("confidence", assumption.Confidence.ToString());
                writer.WriteString("text", assumption.Text.In(language));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
