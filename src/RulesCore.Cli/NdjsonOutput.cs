using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace RulesCore.Cli;

/// <summary>
/// <c>evaluate --ndjson</c>'s documents in input order: each is put with its line's sequence number and written when every earlier one is.
/// Finished documents stay in the output buffer until the input has to be waited for, or for at most
/// <see cref="FlushMilliseconds"/> while later lines are decided.
/// </summary>
internal sealed class NdjsonOutput(NdjsonSink sink, int window)
{
    /// <summary>How long finished documents may wait in the output buffer while the next one is still being decided.</summary>
    public const int FlushMilliseconds = 100;

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
