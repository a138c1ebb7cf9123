using System.Buffers;
using RulesCore.Settlement;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Errors;
using RulesCore.Settlement.Model;

namespace RulesCore.Cli;

/// <summary>
/// <c>rulescore evaluate --ndjson</c>: one case per line in, one compact decision or error document per line out, in
/// input order. Each of <c>parallel</c> workers (the calling thread one of them) takes the next line, parses,
/// evaluates and writes its document; a document is written as soon as every earlier one is, by the worker that
/// finishes it or the one that finishes the last earlier one. At most 4 × <c>parallel</c> lines are in flight, so
/// memory does not grow with the input, and a line is limited to a case document's size, never the stream.
/// </summary>
/// <remarks>
/// A worker hands nothing to another thread on the way: with one worker everything runs on the calling thread, and
/// with more a worker only waits when the window is full or the input is. (Handing each line to a task and each
/// answer back through a channel cost several thread wake-ups and spin-waits per line, more than reading and
/// writing the line.)
/// </remarks>
internal static class NdjsonEvaluation
{
    /// <summary>Lines read ahead per worker (the window is this many times the number of workers).</summary>
    private const int AheadPerWorker = 4;

    public static int Run(ISettlementEvaluator evaluator, EvaluationOptions options, IReadOnlyList<string> inputs, int parallel, TextWriter stdout, Stream? stdin, string language)
    {
        var limit = SettlementJsonOptions.Default.MaxDocumentBytes;
        var output = new NdjsonOutput(NdjsonSink.For(stdout), parallel == 1 ? 1 : AheadPerWorker * parallel);
        var source = new NdjsonSource(inputs.Count == 0 ? new[] { "-" } : inputs, stdin, limit, output);

        // The line's document into the worker's buffer; whether the line was decided (null: a rule failed on it).
        bool? Decide(ReadOnlyMemory<byte> line, bool tooLarge, ArrayBufferWriter<byte> document)
        {
            if (tooLarge)
            {
                Refuse(new[] { new InputError("$", InputErrorCodes.TooLarge, new LocalizedText($"文档超过 {limit} 字节。", $"The document is larger than {limit} bytes.")) }, language, document);
                return false;
            }

            if (!SettlementJson.TryReadCase(line, out var @case, out var errors, SettlementJsonOptions.Default))
            {
                Refuse(errors, language, document);
                return false;
            }

            try
            {
                SettlementJson.WriteDecision(evaluator.Evaluate(@case!, options), document, indented: false);
            }
            catch (RulesCore.Settlement.Rules.RuleFailedException e)
            {
                // A rule's bug on this line: the line gets an error document naming the rule, the others their decisions.
                document.ResetWrittenCount();
                Refuse(new[] { new InputError("$", RuleFailedCode, new LocalizedText(CliApp.RuleFailure(e, Languages.Chinese, withMessage: false), CliApp.RuleFailure(e, Languages.English, withMessage: false))) }, language, document);
                return null;
            }

            return true;
        }

        void Work()
        {
            var line = new ArrayBufferWriter<byte>(4096);
            var document = new ArrayBufferWriter<byte>(8192);
            try
            {
                while (source.Next(line, out var sequence, out var length, out var tooLarge, out var refused))
                {
                    document.ResetWrittenCount();
                    if (refused is not null)
                    {
                        Refuse(refused, language, document);
                        output.Put(sequence, document.WrittenSpan, decided: false);
                    }
                    else
                    {
                        var decided = Decide(line.WrittenMemory.Slice(0, length), tooLarge, document);
                        output.Put(sequence, document.WrittenSpan, decided);
                    }
                }
            }
            catch (Exception e)
            {
                output.Fail(e);
            }
        }

        var others = new Thread[parallel - 1];
        for (var i = 0; i < others.Length; i++)
        {
            others[i] = new Thread(Work) { IsBackground = true, Name = "rulescore ndjson " + (i + 2) };
            others[i].Start();
        }

        Work();
        foreach (var other in others)
        {
            // After a failure, a worker still waiting for input (a pipe) holds nothing up: it is a background thread.
            while (!other.Join(50) && !output.Failed)
            {
            }
        }

        return output.Finish();
    }

    /// <summary>The error document's code for a line on which a rule failed (the message names the rule).</summary>
    internal const string RuleFailedCode = "RULE_FAILED";

    private static void Refuse(IReadOnlyList<InputError> errors, string language, ArrayBufferWriter<byte> document) => SettlementJson.WriteErrors(errors, document, language, indented: false);
}
