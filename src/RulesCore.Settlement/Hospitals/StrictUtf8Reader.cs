using System.Text;

namespace RulesCore.Settlement.Hospitals;

/// <summary>
/// UTF-8 text from a stream, decoded strictly and only as far as it is valid (RFC 3629: no overlong forms, no
/// surrogates, nothing above U+10FFFF — as strict as <see cref="UTF8Encoding"/> with <c>throwOnInvalidBytes</c>); a
/// leading byte order mark is skipped. The characters before invalid bytes come out first, and
/// <see cref="InvalidUtf8Exception"/>, naming the offset of the first invalid byte, is thrown when the reader asks for the
/// next one — so what is read before the bad bytes (and its errors) is the same however the stream hands the bytes out,
/// and a CSV reader above this one is reading the record that holds them. One path for every target framework
/// (netstandard2.0 has no <c>Utf8.ToUtf16</c>): the validity check is ours, the decoding the framework's.
/// </summary>
internal sealed class StrictUtf8Reader(Stream stream) : TextReader
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[] _bytes = new byte[16 * 1024];
    private readonly char[] _chars = new char[16 * 1024];
    private long _dropped; // bytes of the stream before _bytes[0]
    private int _start;
    private int _end;
    private bool _final;
    private int _charStart;
    private int _charEnd;
    private bool _started;
    private long? _invalidAt;

    public override int Read(char[] buffer, int index, int count)
    {
        if (_charStart == _charEnd && !Decode())
        {
            return 0;
        }

        var n = Math.Min(count, _charEnd - _charStart);
        Array.Copy(_chars, _charStart, buffer, index, n);
        _charStart += n;
        return n;
    }

    public override int Peek() => _charStart < _charEnd || Decode() ? _chars[_charStart] : -1;

    public override int Read()
    {
        var c = Peek();
        _charStart += c >= 0 ? 1 : 0;
        return c;
    }

    /// <summary>Decodes the next valid characters into <c>_chars</c>; false at the end of the document; throws at invalid bytes.</summary>
    private bool Decode()
    {
        while (true)
        {
            if (_invalidAt is { } at)
            {
                throw new InvalidUtf8Exception(at);
            }

            // At most _chars.Length bytes: each makes at most one character (a 4-byte sequence makes two).
            var window = Math.Min(_end - _start, _chars.Length);
            var valid = ValidPrefix(_bytes, _start, _start + window, _final && _start + window == _end, out var invalid);
            if (invalid)
            {
                _invalidAt = _dropped + _start + valid;
            }

            if (valid > 0)
            {
                _charEnd = Strict.GetChars(_bytes, _start, valid, _chars, 0);
                _charStart = 0;
                _start += valid;
                if (!_started)
                {
                    _started = true;
                    _charStart = _chars[0] == '\uFEFF' ? 1 : 0;
                }

                if (_charStart < _charEnd)
                {
                    return true;
                }

                continue;
            }

            if (_invalidAt is not null)
            {
                continue;
            }

            if (_final)
            {
                return false;
            }

            // Nothing yet, or a character cut at the end of the bytes read so far: read more.
            Buffer.BlockCopy(_bytes, _start, _bytes, 0, _end - _start);
            _dropped += _start;
            _end -= _start;
            _start = 0;
            var more = stream.Read(_bytes, _end, _bytes.Length - _end);
            _end += more;
            _final = more == 0;
        }
    }

    /// <summary>
    /// The length of the complete, valid UTF-8 sequences at the start of <c>bytes[start..end)</c>;
    /// <paramref name="invalid"/> when what follows them is not UTF-8 — a sequence cut at <paramref name="end"/> is not,
    /// unless no byte comes after it (<paramref name="final"/>).
    /// </summary>
    private static int ValidPrefix(byte[] bytes, int start, int end, bool final, out bool invalid)
    {
        invalid = false;
        var i = start;
        while (i < end)
        {
            int lead = bytes[i];
            if (lead < 0x80)
            {
                i++;
                continue;
            }

            int length;
            int low = 0x80, high = 0xBF;
            if (lead is >= 0xC2 and <= 0xDF)
            {
                length = 2;
            }
            else if (lead is >= 0xE0 and <= 0xEF)
            {
                length = 3;
                (low, high) = lead == 0xE0 ? (0xA0, 0xBF) : lead == 0xED ? (0x80, 0x9F) : (low, high);
            }
            else if (lead is >= 0xF0 and <= 0xF4)
            {
                length = 4;
                (low, high) = lead == 0xF0 ? (0x90, 0xBF) : lead == 0xF4 ? (0x80, 0x8F) : (low, high);
            }
            else
            {
                invalid = true;
                return i - start;
            }

            for (var k = 1; k < length; k++)
            {
                if (i + k >= end)
                {
                    invalid = final;
                    return i - start;
                }

                int next = bytes[i + k];
                if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF))
                {
                    invalid = true;
                    return i - start;
                }
            }

            i += length;
        }

        return i - start;
    }

    /// <summary>The document is not valid UTF-8 from <see cref="Offset"/> (a byte offset, counted from 0) on.</summary>
    public sealed class InvalidUtf8Exception(long offset) : Exception("The document is not valid UTF-8.")
    {
        public long Offset => offset;
    }
}
