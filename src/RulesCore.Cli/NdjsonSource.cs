using System.Buffers;
using RulesCore.Settlement;
using RulesCore.Settlement.Errors;

namespace RulesCore.Cli;

/// <summary>
/// The lines of <c>evaluate --ndjson</c>'s inputs in order, each with its sequence number, handed to one worker at a time. A file that
/// cannot be opened or read gives an error document in its place (or at the point the reading failed).
/// </summary>
internal sealed class NdjsonSource(IReadOnlyList<string> inputs, Stream? stdin, int limit, NdjsonOutput output)
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
                        refused = new[] { InputFile.CaseError(InputFile.ReasonFor(name, e)) };
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
                    refused = new[] { InputFile.CaseError(InputFile.ReadError) };
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
