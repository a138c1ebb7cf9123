using System.Runtime.InteropServices;
using System.Text;

namespace RulesCore.Settlement.Json;

/// <summary>Strict UTF-8 checking: the JSON parser only checks the bytes inside strings when they are read.</summary>
internal static class Utf8
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Throws <see cref="DecoderFallbackException"/> (an <see cref="ArgumentException"/>) for invalid UTF-8.</summary>
    public static void Check(ReadOnlyMemory<byte> bytes)
    {
        var segment = MemoryMarshal.TryGetArray(bytes, out var array) ? array : new ArraySegment<byte>(bytes.ToArray());
        Strict.GetCharCount(segment.Array!, segment.Offset, segment.Count);
    }
}
