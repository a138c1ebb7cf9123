using System.Buffers;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Text;
using RulesCore.Settlement;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Errors;

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
    /// <summary>How long finished documents may wait in the output buffer while the next one is still being decided.</summary>
    private const int FlushMilliseconds = 100;

    /// <summary>Lines read ahead per worker (the window is this many times the number of workers).</summary>
    private const int AheadPerWorker = 4;

    public static int Run(ISettlementEvaluator evaluator, EvaluationOptions options, IReadOnlyList<string> inputs, int parallel, TextWriter stdout, Stream? stdin, string language)
    {
        var limit = SettlementJsonOptions.Default.MaxDocumentBytes;
        var output = new OrderedOutput(Sink.For(stdout), parallel == 1 ? 1 : AheadPerWorker * parallel);
        var source = new Source(inputs.Count == 0 ? new[] { "-" } : inputs, stdin, limit, language, output);

        // The line's document into the worker's buffer; whether the line was decided (null: a rule failed on it).
        bool? Decide(ReadOnlyMemory<byte> line, bool tooLarge, ArrayBufferWriter<byte> document)
        {
            if (tooLarge)
            {
                Refuse(TextReport.InLanguage(new[] { new InputError("$", InputErrorCodes.TooLarge, $"The document is larger than {limit} bytes.") }, language), document);
                return false;
            }

            if (!SettlementJson.TryReadCase(line, out var @case, out var errors, SettlementJsonOptions.Default))
            {
                Refuse(TextReport.InLanguage(errors, language), document);
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
                Refuse(new[] { new InputError("$", RuleFailedCode, CliApp.RuleFailure(e, language, withMessage: false)) }, document);
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
                        Refuse(refused, document);
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

    private static void Refuse(IReadOnlyList<InputError> errors, ArrayBufferWriter<byte> document) => SettlementJson.WriteErrors(errors, document, indented: false);

    /// <summary>
    /// The documents in input order: each is put with its line's sequence number and written when every earlier one is.
    /// Finished documents stay in the output buffer until the input has to be waited for, or for at most
    /// <see cref="FlushMilliseconds"/> while later lines are decided.
    /// </summary>
    private sealed class OrderedOutput(Sink sink, int window)
    {
        private readonly object _gate = new();
        private readonly (byte[] Document, bool? Decided)?[] _waiting = new (byte[], bool?)?[window];
        private readonly Stopwatch _sinceFlush = Stopwatch.StartNew();
        private long _written;
        private int _status = CliApp.Ok;
        private bool _takerWaits;
        private volatile bool _inputWaits;
        private ExceptionDispatchInfo? _failure;

        /// <summary>Whether a worker failed: the others stop at their next line.</summary>
        public bool Failed => Volatile.Read(ref _failure) is not null;

        /// <summary>Waits until the line numbered <paramref name="sequence"/> fits in the window (or a worker failed).</summary>
        public void WaitForRoom(long sequence)
        {
            if (sequence < Volatile.Read(ref _written) + window)
            {
                return;
            }

            lock (_gate)
            {
                while (sequence >= _written + window && _failure is null)
                {
                    _takerWaits = true;
                    Monitor.Wait(_gate);
                }
            }
        }

        /// <summary>
        /// The document of the line numbered <paramref name="sequence"/>: written now if every earlier one is (with
        /// those after it that wait), else kept until then.
        /// </summary>
        public void Put(long sequence, ReadOnlySpan<byte> document, bool? decided)
        {
            lock (_gate)
            {
                if (_failure is not null)
                {
                    // The command fails: nothing more is written.
                    return;
                }

                if (sequence != _written)
                {
                    _waiting[sequence % window] = (document.ToArray(), decided);
                    return;
                }

                Write(document, decided);
                while (_waiting[_written % window] is { } next)
                {
                    _waiting[_written % window] = null;
                    Write(next.Document, next.Decided);
                }

                if (_takerWaits)
                {
                    _takerWaits = false;
                    Monitor.PulseAll(_gate);
                }

                // The input is being waited for (a caller may wait for this answer before sending the next line), or
                // written documents have waited long enough.
                if (_inputWaits || _sinceFlush.ElapsedMilliseconds >= FlushMilliseconds)
                {
                    FlushLocked();
                }
            }
        }

        /// <summary>
        /// Called before the input is read, which may wait: what is written so far goes out now, and so does what is
        /// written while the read lasts, until <see cref="InputRead"/>.
        /// </summary>
        public void InputWaits()
        {
            _inputWaits = true;
            lock (_gate)
            {
                FlushLocked();
            }
        }

        public void InputRead() => _inputWaits = false;

        public void Fail(Exception e)
        {
            lock (_gate)
            {
                _failure ??= ExceptionDispatchInfo.Capture(e);
                Monitor.PulseAll(_gate);
            }
        }

        /// <summary>After every worker has stopped: flushes, and returns the exit code or throws what a worker threw.</summary>
        public int Finish()
        {
            // What was written before a failure goes out: no decided line is lost.
            sink.Flush();
            _failure?.Throw();
            return _status;
        }

        /// <summary>Writes a document; a rule's failure (exit code 3) outweighs an invalid line (2).</summary>
        private void Write(ReadOnlySpan<byte> document, bool? decided)
        {
            sink.Write(document);
            sink.Write("\n"u8);
            if (decided is null)
            {
                _status = CliApp.RuleFailed;
            }
            else if (!decided.Value && _status == CliApp.Ok)
            {
                _status = CliApp.InvalidInput;
            }

            Volatile.Write(ref _written, _written + 1);
        }

        private void FlushLocked()
        {
            sink.Flush();
            _sinceFlush.Restart();
        }
    }

    /// <summary>
    /// Where the documents go, as UTF-8. The command's own standard output (a UTF-8 <see cref="StreamWriter"/> without
    /// a byte order mark) takes the bytes as they are written, into a buffer of its own before its stream: no document
    /// is decoded to text to be encoded again. Any other writer (a test's) takes the text.
    /// </summary>
    private abstract class Sink
    {
        public static Sink For(TextWriter writer) =>
            writer is StreamWriter { Encoding: UTF8Encoding utf8 } stream && utf8.GetPreamble().Length == 0 ? new StreamSink(stream) : new TextSink(writer);

        public abstract void Write(ReadOnlySpan<byte> utf8);

        public abstract void Flush();

        private sealed class StreamSink : Sink
        {
            private readonly Stream _stream;
            private readonly byte[] _buffer = new byte[64 * 1024];
            private int _count;

            public StreamSink(StreamWriter writer)
            {
                // What the writer holds goes first.
                writer.Flush();
                _stream = writer.BaseStream;
            }

            public override void Write(ReadOnlySpan<byte> utf8)
            {
                if (_count + utf8.Length > _buffer.Length)
                {
                    Drain();
                    if (utf8.Length > _buffer.Length)
                    {
                        _stream.Write(utf8);
                        return;
                    }
                }

                utf8.CopyTo(_buffer.AsSpan(_count));
                _count += utf8.Length;
            }

            public override void Flush()
            {
                Drain();
                _stream.Flush();
            }

            private void Drain()
            {
                if (_count > 0)
                {
                    _stream.Write(_buffer, 0, _count);
                    _count = 0;
                }
            }
        }

        private sealed class TextSink(TextWriter writer) : Sink
        {
            public override void Write(ReadOnlySpan<byte> utf8) => writer.Write(Encoding.UTF8.GetString(utf8));

            public override void Flush() => writer.Flush();
        }
    }

    /// <summary>
    /// The lines of the inputs in order, each with its sequence number, handed to one worker at a time. A file that
    /// cannot be opened or read gives an error document in its place (or at the point the reading failed).
    /// </summary>
    private sealed class Source(IReadOnlyList<string> inputs, Stream? stdin, int limit, string language, OrderedOutput output)
    {
        private readonly object _gate = new();
        private readonly byte[] _buffer = new byte[64 * 1024];
        private int _start;
        private int _end;
        private int _input = -1;
        private Stream? _stream;
        private bool _ownsStream;
        private bool _readFailed;
        private long _next;

        /// <summary>
        /// The next line into <paramref name="line"/>, its first <paramref name="length"/> bytes (a carriage return
        /// before its line feed left out), or the errors refusing a file in <paramref name="refused"/>;
        /// <see langword="false"/> at the end of the last input.
        /// </summary>
        public bool Next(ArrayBufferWriter<byte> line, out long sequence, out int length, out bool tooLarge, out IReadOnlyList<InputError>? refused)
        {
            lock (_gate)
            {
                line.ResetWrittenCount();
                length = 0;
                tooLarge = false;
                refused = null;
                sequence = _next;
                output.WaitForRoom(sequence);
                if (output.Failed)
                {
                    return false;
                }

                while (true)
                {
                    if (_stream is null)
                    {
                        if (_input + 1 >= inputs.Count)
                        {
                            return false;
                        }

                        var name = inputs[++_input];
                        try
                        {
                            // Standard input is read, never closed: a second '-' finds it at its end.
                            _ownsStream = name != "-";
                            _stream = _ownsStream ? File.OpenRead(name) : stdin ?? Console.OpenStandardInput();
                        }
                        catch (Exception e) when (InputFile.IsUnreadable(e))
                        {
                            refused = new[] { InputFile.CaseError(InputFile.ReasonFor(name, e), language) };
                            _next++;
                            return true;
                        }
                    }

                    if (ReadLine(line, out length, ref tooLarge))
                    {
                        _next++;
                        return true;
                    }

                    EndOfInput();
                    if (_readFailed)
                    {
                        _readFailed = false;
                        line.ResetWrittenCount();
                        tooLarge = false;
                        refused = new[] { InputFile.CaseError(InputFile.ReadError, language) };
                        _next++;
                        return true;
                    }
                }
            }
        }

        /// <summary>
        /// Reads the current input's next line: split at line feeds, a final line feed starting no line. A line longer
        /// than the limit is not kept: it is skipped to its end and reported as too large. <see langword="false"/> at
        /// the input's end, or when reading it failed (<see cref="_readFailed"/>).
        /// </summary>
        private bool ReadLine(ArrayBufferWriter<byte> line, out int length, ref bool tooLarge)
        {
            length = 0;
            while (true)
            {
                if (_start == _end)
                {
                    _start = _end = 0;
                    var read = Fill();
                    if (read <= 0)
                    {
                        // The last line, without a line feed (not when reading failed: that line is lost).
                        return read == 0 && (line.WrittenCount > 0 || tooLarge) && Take(line, out length, ref tooLarge);
                    }

                    _end = read;
                }

                var rest = _buffer.AsSpan(_start, _end - _start);
                var end = rest.IndexOf((byte)'\n');
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
                        line.Write(part);
                    }
                }

                if (end < 0)
                {
                    _start = _end;
                    continue;
                }

                _start += end + 1;
                return Take(line, out length, ref tooLarge);
            }
        }

        /// <summary>
        /// Reads the next block of the input: the bytes read, 0 at its end, -1 when it cannot be read. Reading may
        /// wait (a pipe, a terminal), so what is written so far is flushed first.
        /// </summary>
        private int Fill()
        {
            output.InputWaits();
            try
            {
                return _stream!.Read(_buffer, 0, _buffer.Length);
            }
            catch (Exception e) when (InputFile.IsUnreadable(e))
            {
                _readFailed = true;
                return -1;
            }
            finally
            {
                output.InputRead();
            }
        }

        /// <summary>Ends a line: leaves out its carriage return, and marks it too large if it still exceeds the limit.</summary>
        private bool Take(ArrayBufferWriter<byte> line, out int length, ref bool tooLarge)
        {
            length = line.WrittenCount;
            if (length > 0 && line.WrittenSpan[length - 1] == (byte)'\r')
            {
                length--;
            }

            if (tooLarge || length > limit)
            {
                tooLarge = true;
                length = 0;
            }

            return true;
        }

        private void EndOfInput()
        {
            if (_ownsStream)
            {
                _stream?.Dispose();
            }

            _stream = null;
            _start = _end = 0;
        }
    }
}
