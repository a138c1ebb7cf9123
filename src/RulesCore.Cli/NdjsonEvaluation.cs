using System.Buffers;
using System.Diagnostics;
using System.Threading.Channels;
using RulesCore.Settlement;
using RulesCore.Settlement.Json;

namespace RulesCore.Cli;

/// <summary>
/// <c>rulescore evaluate --ndjson</c>: one case per line in, one compact decision or error document per line out, in
/// input order. One thread reads lines; up to <c>parallel</c> workers parse, evaluate and write each line's document;
/// the calling thread writes the documents in order. At most 4 × <c>parallel</c> lines are in flight, so memory does
/// not grow with the input, and a line is limited to a case document's size, never the stream.
/// </summary>
internal static class NdjsonEvaluation
{
    /// <summary>How long finished documents may wait in the output buffer while the next one is still being decided.</summary>
    private const int FlushMilliseconds = 100;

    private readonly record struct Line(byte[] Bytes, bool TooLarge);

    private readonly record struct Answer(string Document, bool Decided);

    public static int Run(ISettlementEvaluator evaluator, EvaluationOptions options, IReadOnlyList<string> inputs, int parallel, TextWriter stdout, Stream? stdin, string language)
    {
        var limit = SettlementJsonOptions.Default.MaxDocumentBytes;
        var workers = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, parallel).ConcurrentScheduler;
        var window = Channel.CreateBounded<Task<Answer>>(new BoundedChannelOptions(4 * parallel) { SingleReader = true, SingleWriter = true });
        using var stop = new CancellationTokenSource();

        Answer Decide(Line line)
        {
            if (line.TooLarge)
            {
                return Refuse(TextReport.InLanguage(new[] { new InputError("$", InputErrorCodes.TooLarge, $"The document is larger than {limit} bytes.") }, language));
            }

            return SettlementJson.TryReadCase(line.Bytes, out var @case, out var errors, SettlementJsonOptions.Default)
                ? new Answer(SettlementJson.WriteDecision(evaluator.Evaluate(@case!, options), indented: false), Decided: true)
                : new Answer(SettlementJson.WriteErrors(TextReport.InLanguage(errors, language), indented: false), Decided: false);
        }

        void Post(Task<Answer> answer) => window.Writer.WriteAsync(answer, stop.Token).AsTask().GetAwaiter().GetResult();

        void ReadAll()
        {
            try
            {
                foreach (var name in inputs.Count == 0 ? new[] { "-" } : inputs)
                {
                    FileStream? file;
                    try
                    {
                        file = name == "-" ? null : File.OpenRead(name);
                    }
                    catch (Exception e) when (InputFile.IsUnreadable(e))
                    {
                        Post(Task.FromResult(Refuse(new[] { InputFile.CaseError(InputFile.ReasonFor(name, e), language) })));
                        continue;
                    }

                    using (file)
                    {
                        try
                        {
                            // Standard input is read, never closed: a second '-' finds it at its end.
                            foreach (var line in Lines(file ?? stdin ?? Console.OpenStandardInput(), limit))
                            {
                                Post(Task.Factory.StartNew(() => Decide(line), stop.Token, TaskCreationOptions.None, workers));
                            }
                        }
                        catch (Exception e) when (InputFile.IsUnreadable(e))
                        {
                            Post(Task.FromResult(Refuse(new[] { InputFile.CaseError(InputFile.ReadError, language) })));
                        }
                    }
                }

                window.Writer.Complete();
            }
            catch (Exception e)
            {
                window.Writer.TryComplete(e);
            }
        }

        var reading = Task.Factory.StartNew(ReadAll, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            var status = CliApp.Ok;
            var sinceFlush = Stopwatch.StartNew();
            while (true)
            {
                if (!window.Reader.TryRead(out var next))
                {
                    // Nothing is waiting (the input is slower than the workers, or a caller waits for an answer before
                    // sending the next line): what is written so far goes out now.
                    stdout.Flush();
                    sinceFlush.Restart();
                    if (!window.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
                    {
                        break;
                    }

                    continue;
                }

                if (!next.IsCompleted && sinceFlush.ElapsedMilliseconds >= FlushMilliseconds)
                {
                    stdout.Flush();
                    sinceFlush.Restart();
                }

                var answer = next.GetAwaiter().GetResult();
                stdout.Write(answer.Document);
                stdout.Write('\n');
                if (!answer.Decided)
                {
                    status = CliApp.InvalidInput;
                }
            }

            stdout.Flush();
            reading.GetAwaiter().GetResult();
            return status;
        }
        finally
        {
            stop.Cancel();
        }
    }

    private static Answer Refuse(IReadOnlyList<InputError> errors) => new(SettlementJson.WriteErrors(errors, indented: false), Decided: false);

    /// <summary>
    /// The lines of <paramref name="stream"/>, split at line feeds (a carriage return before one is dropped); a final line
    /// feed does not start a line. A line longer than <paramref name="limit"/> bytes is not kept: it is skipped to its end
    /// and reported as too large.
    /// </summary>
    private static IEnumerable<Line> Lines(Stream stream, int limit)
    {
        var buffer = new byte[64 * 1024];
        var line = new ArrayBufferWriter<byte>();
        var tooLarge = false;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            var rest = buffer.AsMemory(0, read);
            while (true)
            {
                var end = rest.Span.IndexOf((byte)'\n');
                var part = end < 0 ? rest : rest.Slice(0, end);
                if (!tooLarge)
                {
                    // One byte over the limit may still be the carriage return of a line that fits.
                    if (line.WrittenCount + part.Length > limit + 1)
                    {
                        tooLarge = true;
                        line.ResetWrittenCount();
                    }
                    else
                    {
                        line.Write(part.Span);
                    }
                }

                if (end < 0)
                {
                    break;
                }

                yield return Take(line, tooLarge, limit);
                tooLarge = false;
                rest = rest.Slice(end + 1);
            }
        }

        if (line.WrittenCount > 0 || tooLarge)
        {
            yield return Take(line, tooLarge, limit);
        }
    }

    private static Line Take(ArrayBufferWriter<byte> line, bool tooLarge, int limit)
    {
        var bytes = line.WrittenSpan;
        if (bytes.Length > 0 && bytes[bytes.Length - 1] == (byte)'\r')
        {
            bytes = bytes.Slice(0, bytes.Length - 1);
        }

        var result = tooLarge || bytes.Length > limit ? new Line(Array.Empty<byte>(), TooLarge: true) : new Line(bytes.ToArray(), TooLarge: false);
        line.ResetWrittenCount();
        return result;
    }
}
