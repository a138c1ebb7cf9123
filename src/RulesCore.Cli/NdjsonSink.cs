using System.Text;

namespace RulesCore.Cli;

/// <summary>
/// Where the documents go, as UTF-8. The command's own standard output (a UTF-8 <see cref="StreamWriter"/> without
/// a byte order mark) takes the bytes as they are written, into a buffer of its own before its stream: no document
/// is decoded to text to be encoded again. Any other writer (a test's) takes the text.
/// </summary>
internal abstract class NdjsonSink
{
    public static NdjsonSink For(TextWriter writer) =>
        writer is StreamWriter { Encoding: UTF8Encoding utf8 } stream && utf8.GetPreamble().Length == 0 ? new StreamSink(stream) : new TextSink(writer);

    public abstract void Write(ReadOnlySpan<byte> utf8);

    public abstract void Flush();

    private sealed class StreamSink : NdjsonSink
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

    private sealed class TextSink(TextWriter writer) : NdjsonSink
    {
        public override void Write(ReadOnlySpan<byte> utf8) => writer.Write(Encoding.UTF8.GetString(utf8));

        public override void Flush() => writer.Flush();
    }
}
