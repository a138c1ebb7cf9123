using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using RulesCore.Settlement;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Errors;
using RulesCore.Settlement.Model;

namespace RulesCore.Samples.Http;

/// <summary>
/// <c>POST /evaluate/ndjson</c>: one case per line in, one decision or error document per line out, in input order,
/// each written as soon as it is ready. Memory stays bounded: the size limit is per line (the document limit), never
/// for the stream; a bad line gets its error document and the stream goes on.
/// </summary>
public static class NdjsonBatch
{
    public const string ContentType = "application/x-ndjson";

    private static readonly InputError TooLargeLine = new("$", InputErrorCodes.TooLarge, new LocalizedText(
        $"这一行超过 {SettlementJsonOptions.Default.MaxDocumentBytes} 字节。", $"The line is larger than {SettlementJsonOptions.Default.MaxDocumentBytes} bytes."));

    internal static async Task Evaluate(HttpContext context, ISettlementEvaluator evaluator, EvaluationPools pools, ServiceMetrics metrics, ServiceLimits limits)
    {
        var answered = 0L;
        try
        {
            await AnswerLines(context, evaluator, pools, metrics, () => answered++);
        }
        catch (OperationCanceledException) when (ServiceMetrics.TimedOut(context))
        {
            if (!context.Response.HasStarted)
            {
                // Nothing answered yet: 408 problem details, as for any request over its time.
                context.Response.Clear();
                await EvaluationService.TimedOut(limits.BatchTimeout, Problems.LanguageOf(context.Request)).ExecuteAsync(context);
                return;
            }

            // Lines were answered: the batch is cut (the connection is closed without the response's end, so the client
            // knows it is incomplete), and logged once, without the exception.
            metrics.LogCut(limits.BatchTimeout, answered);
            context.Abort();
        }
    }

    /// <summary>Answers each line; <paramref name="answered"/> is called after each line's answer is sent.</summary>
    private static async Task AnswerLines(HttpContext context, ISettlementEvaluator evaluator, EvaluationPools pools, ServiceMetrics metrics, Action answered)
    {
        var options = EvaluationService.ReadOptions(context.Request, out var problem);
        if (options is null || !IsNdjson(context.Request))
        {
            await (problem ?? EvaluationService.UnsupportedMediaType(ContentType, options!.Language!)).ExecuteAsync(context);
            return;
        }

        var tooLargeLine = Line(SettlementJson.WriteErrors([TooLargeLine], options.Language!, indented: false));

        // The document limit applies to each line (below), not to the stream.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = null;
        }

        context.Response.ContentType = ContentType;
        var limit = SettlementJsonOptions.Default.MaxDocumentBytes;
        var input = context.Request.BodyReader;
        var output = context.Response.BodyWriter;
        // Cancelled when the client goes away or the batch is over its time (the request-timeout middleware links its
        // timer into RequestAborted): reading, waiting for a slot and each line's evaluation stop with it.
        var aborted = context.RequestAborted;
        var skipping = false; // inside a line over the limit: its bytes are dropped until its end
        while (true)
        {
            var read = await input.ReadAsync(aborted);
            var buffer = read.Buffer;
            try
            {
                while (buffer.PositionOf((byte)'\n') is { } end)
                {
                    var line = buffer.Slice(0, end);
                    buffer = buffer.Slice(buffer.GetPosition(1, end));
                    await Answer(skipping ? null : line);
                    skipping = false;
                }

                if (buffer.Length > limit)
                {
                    skipping = true;
                }

                if (read.IsCompleted && (skipping || buffer.Length > 0))
                {
                    await Answer(skipping ? null : buffer);
                    buffer = buffer.Slice(buffer.End);
                }
            }
            catch
            {
                // A line's evaluation or answer was stopped (the batch is over its time, or its client went away): the
                // read is given back, so that the server can drain or drop the rest of the body.
                input.AdvanceTo(buffer.Start, buffer.End);
                throw;
            }

            if (read.IsCompleted)
            {
                input.AdvanceTo(buffer.End);
                return;
            }

            input.AdvanceTo(skipping ? buffer.End : buffer.Start, buffer.End);
        }

        // Evaluates one line (null: a line over the limit) and sends its answer before reading on.
        async Task Answer(ReadOnlySequence<byte>? line)
        {
            output.Write(line is { } bytes ? await AnswerTo(bytes) : tooLargeLine);
            await output.FlushAsync(aborted);
            answered();
        }

        async Task<byte[]> AnswerTo(ReadOnlySequence<byte> line)
        {
            if (line.Length > 0 && line.Slice(line.Length - 1).FirstSpan[0] == (byte)'\r')
            {
                line = line.Slice(0, line.Length - 1);
            }

            if (line.Length > limit)
            {
                return tooLargeLine;
            }

            if (!SettlementJson.TryReadCase(line.ToArray(), out var settlementCase, out var errors))
            {
                return Line(SettlementJson.WriteErrors(errors, options.Language!, indented: false));
            }

            using var slot = await pools.Evaluate.TakeAsync(aborted);
            if (slot is null)
            {
                metrics.CountRefusal(pools.Evaluate);
                return Line(SettlementJson.WriteErrors([EvaluationService.BusyError(pools.Evaluate.Name, pools.RetryAfterSeconds)], options.Language!, indented: false));
            }

            try
            {
                return Line(SettlementJson.WriteDecision(evaluator.Evaluate(settlementCase!, options, aborted), indented: false));
            }
            catch (OperationCanceledException) when (aborted.IsCancellationRequested)
            {
                metrics.CountStop(pools.Evaluate, context);
                throw;
            }
        }
    }

    // No Content-Type is read as NDJSON too, as /evaluate reads it as JSON.
    private static bool IsNdjson(HttpRequest request) => request.ContentType is null ||
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.MediaType.Equals(ContentType, StringComparison.OrdinalIgnoreCase);

    private static byte[] Line(string json) => Encoding.UTF8.GetBytes(json + "\n");
}
