using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Json;

/// <summary>
/// What the interchange documents' writers share: the encoder, the writers and the values every document writes (lists
/// of strings, dates, camelCase names). Each document is written with a fixed property order, so equal values give
/// equal bytes.
/// </summary>
internal static class JsonWriting
{
    // Chinese text stays readable; characters significant in HTML are still escaped, and so is every control character
    // in CaseLimits' sense (\u202E): the encoder alone lets format characters through — bidirectional overrides and
    // isolates, zero-width characters — which reorder or hide text wherever the document is shown.
    private static readonly JavaScriptEncoder Encoder = CreateEncoder();

    /// <summary>An encoder that writes every character as it is but those significant in HTML and the control characters (<see cref="CaseLimits.IsControlCharacter"/>).</summary>
    internal static JavaScriptEncoder CreateEncoder()
    {
        var settings = new TextEncoderSettings(UnicodeRanges.All);
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (CaseLimits.IsControlCharacter((char)c))
            {
                settings.ForbidCharacter((char)c);
            }
        }

        return JavaScriptEncoder.Create(settings);
    }

    internal static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);

    internal static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    internal static void Date(Utf8JsonWriter w, string name, DateTime? date)
    {
        if (date is { } d)
        {
            w.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>A writer with the documents' encoder (readable Chinese) onto a stream.</summary>
    public static Utf8JsonWriter Writer(Stream output, bool indented) => new(output, new JsonWriterOptions { Indented = indented, Encoder = Encoder });

    /// <summary>A writer with the documents' encoder (readable Chinese) onto a buffer.</summary>
    public static Utf8JsonWriter Writer(System.Buffers.IBufferWriter<byte> output, bool indented) => new(output, new JsonWriterOptions { Indented = indented, Encoder = Encoder });

    internal static byte[] Write(bool indented, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = Encoder }))
        {
            write(writer);
        }

        return stream.ToArray();
    }
}
