using System.Text.Json;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Errors;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Hospitals;

/// <summary>
/// Reads a JSON hospital directory as a stream: one entry at a time is parsed (through the case reader's rules for a
/// hospital), so memory holds the hospitals read and one entry's text, never the whole document.
/// </summary>
internal static class DirectoryJsonReader
{
    private const int InitialBuffer = 64 * 1024;

    /// <summary>The largest single entry: a case document's limit (4 MiB), far above any real hospital.</summary>
    private static readonly int MaxEntryBytes = SettlementJsonOptions.Default.MaxDocumentBytes;

    private enum Phase
    {
        Start,
        InArray,
        Done,
    }

    public static void Read(Stream stream, DirectoryBuilder builder)
    {
        var maxBytes = builder.Options.MaxBytes;
        var state = new JsonReaderState(new JsonReaderOptions { MaxDepth = SettlementJsonOptions.Default.MaxDepth });
        var buffer = new byte[Math.Min(InitialBuffer, maxBytes + 1)];
        int start = 0, end = 0;
        long total = 0;
        var final = false;
        var byteOrderMarkChecked = false;
        var phase = Phase.Start;
        while (!builder.Stopped)
        {
            if (!final)
            {
                // What is not consumed moves to the front; the buffer grows only while one entry does not fit.
                if (start > 0)
                {
                    Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                    end -= start;
                    start = 0;
                }

                if (end == buffer.Length)
                {
                    if (buffer.Length > MaxEntryBytes)
                    {
                        builder.Refuse(new InputError($"[{builder.Entries}]", InputErrorCodes.TooLarge, new LocalizedText($"有条目超过 {MaxEntryBytes} 字节。", $"An entry is larger than {MaxEntryBytes} bytes.")));
                        return;
                    }

                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                var read = stream.Read(buffer, end, (int)Math.Min(buffer.Length - end, maxBytes + 1L - total));
                total += read;
                end += read;
                if (total > maxBytes)
                {
                    builder.RefuseTooManyBytes();
                    return;
                }

                final = read == 0;
            }

            if (!byteOrderMarkChecked)
            {
                if (end - start < 3 && !final)
                {
                    continue;
                }

                if (end - start >= 3 && buffer[start] == 0xEF && buffer[start + 1] == 0xBB && buffer[start + 2] == 0xBF)
                {
                    start += 3;
                }

                byteOrderMarkChecked = true;
            }

            var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(buffer, start, end - start), final, state);
            try
            {
                Advance(ref reader, buffer, start, builder, ref phase);
            }
            catch (JsonException e)
            {
                var (where, at) = e is { LineNumber: { } line, BytePositionInLine: { } position }
                    ? ($" at line {line + 1}, byte {position + 1}", $"（第 {line + 1} 行第 {position + 1} 个字节处）")
                    : (string.Empty, string.Empty);
                var depth = SettlementJsonOptions.Default.MaxDepth;
                builder.Error("$", InputErrorCodes.InvalidJson, new LocalizedText(
                    "文档不是格式正确的 UTF-8 JSON" + at + "，嵌套最多 " + depth + " 层。",
                    "The document is not well-formed UTF-8 JSON" + where + " (nesting is limited to " + depth + ")."));
                return;
            }

            start += (int)reader.BytesConsumed;
            state = reader.CurrentState;
            if (final)
            {
                if (phase == Phase.Start && !builder.Stopped)
                {
                    builder.Error("$", InputErrorCodes.InvalidJson, new LocalizedText("文档是空的：医院目录应为由医院组成的 JSON 数组。", "The document is empty: a hospital directory is a JSON array of hospitals."));
                }

                return;
            }
        }
    }

    /// <summary>Reads every complete token in the buffer; stops, rewound, before an entry that is not complete yet.</summary>
    private static void Advance(ref Utf8JsonReader reader, byte[] buffer, int offset, DirectoryBuilder builder, ref Phase phase)
    {
        while (!builder.Stopped)
        {
            var checkpoint = reader;
            if (!reader.Read())
            {
                reader = checkpoint;
                return;
            }

            if (phase == Phase.Start)
            {
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    builder.Refuse(new InputError("$", InputErrorCodes.WrongType, new LocalizedText("医院目录应为由医院组成的 JSON 数组。", "A hospital directory is a JSON array of hospitals.")));
                    return;
                }

                phase = Phase.InArray;
                continue;
            }

            if (reader.TokenType == JsonTokenType.EndArray)
            {
                phase = Phase.Done;
                continue;
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                var probe = reader;
                if (!probe.TrySkip())
                {
                    reader = checkpoint;
                    return;
                }
            }

            if (!builder.NextEntry())
            {
                return;
            }

            var path = "[" + (builder.Entries - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            var from = (int)reader.TokenStartIndex;
            using var entry = JsonDocument.ParseValue(ref reader);
            try
            {
                // The parser checks the UTF-8 inside strings only when they are read; check the entry's text first.
                Utf8.Check(new ReadOnlyMemory<byte>(buffer, offset + from, (int)reader.BytesConsumed - from));
            }
            catch (ArgumentException)
            {
                builder.Error(path, InputErrorCodes.InvalidJson, new LocalizedText("这个条目不是有效的 UTF-8。", "The entry is not valid UTF-8."));
                continue;
            }

            ReadEntry(entry.RootElement, path, builder);
        }
    }

    private static void ReadEntry(JsonElement element, string path, DirectoryBuilder builder)
    {
        var reader = new CaseJsonReader(SettlementJsonOptions.Default);
        DirectoryHospital? hospital;
        try
        {
            hospital = reader.ReadDirectoryEntry(element, path);
        }
        catch (InvalidOperationException)
        {
            // Escaped text that is not valid Unicode (a lone surrogate such as "\ud800"), found when decoded.
            builder.Error(path, InputErrorCodes.InvalidJson, new LocalizedText("这个条目中有字符串或字段名不是有效的 Unicode 文本。", "The entry contains a string or property name that is not valid Unicode text."));
            return;
        }

        foreach (var error in reader.Errors)
        {
            builder.Error(error);
        }

        if (hospital is not null)
        {
            builder.Add(hospital, path + ".id", path);
        }
    }
}
