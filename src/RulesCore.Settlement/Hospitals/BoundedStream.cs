namespace RulesCore.Settlement.Hospitals;

/// <summary>Reads at most one byte more than the limit, whatever the stream is, and throws when the stream holds more.</summary>
internal sealed class BoundedStream(Stream inner, int limit) : Stream
{
    private long _total;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _total; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, (int)Math.Min(count, limit + 1L - _total));
        _total += read;
        return _total > limit ? throw new TooLargeException() : read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>The stream holds more than the limit.</summary>
    public sealed class TooLargeException : Exception
    {
    }
}
