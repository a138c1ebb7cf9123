using System.Runtime.InteropServices;
using System.Text;

namespace RulesCore.Settlement.Json;

/// <summary>Strict UTF-8 checking: the JSON parser only checks the bytes inside strings when they are read.</summary>
internal static class Utf8
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The document without its UTF-8 byte order mark, if it starts with one (as stream readers accept it).</summary>
    public static ReadOnlyMemory<byte> WithoutByteOrderMark(ReadOnlyMemory<byte> bytes) =>
        bytes.Length >= 3 && bytes.Span[0] == 0xEF && bytes.Span[1] == 0xBB && bytes.Span[2] == 0xBF ? bytes.Slice(3) : bytes;

    /// <summary>Throws <see cref="DecoderFallbackException"/> (an <see cref="ArgumentException"/>) for invalid UTF-8.</summary>
    public static void Check(ReadOnlyMemory<byte> bytes)
    {
        var segment = MemoryMarshal.TryGetArray(bytes, out var array) ? array : new ArraySegment<byte>(bytes.ToArray());
        Strict.GetCharCount(segment.Array!, segment.Offset, segment.Count);
    }
}
