using System.Globalization;
using System.Text;
using System.Text.Json;
using RulesCore.Settlement.Errors;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Model;

namespace RulesCore.NationalPlatform.Json;

/// <summary>
/// Reads the members of a JSON document one at a time, each checked against the limits, collecting every problem with
/// its path (the first per path, at most <see cref="SettlementJsonOptions.MaxErrors"/>, then one saying the rest are not
/// listed). The platform's messages carry many members the mapping does not use: only the members asked for are read,
/// so the others — personal data among them — are never decoded. No message holds a value from the document, except a
/// short code of letters and digits (<see cref="Shown"/>).
/// </summary>
internal sealed class JsonFields
{
    /// <summary>The longest code an error quotes; longer values are described, never echoed.</summary>
    private const int MaxShownCode = 6;

    private readonly List<InputError> _errors = new();
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);
    private bool _truncated;

    public JsonFields(SettlementJsonOptions options) => Options = options;

    public SettlementJsonOptions Options { get; }

    /// <summary>Gets the problems found, ending with one saying the rest are not listed when there were more.</summary>
    public IReadOnlyList<InputError> Errors => _truncated
        ? _errors.Concat(new[] { new InputError("$", InputErrorCodes.TooLarge, new LocalizedText($"问题超过 {Options.MaxErrors} 个，其余的没有列出。", $"More than {Options.MaxErrors} problems; the rest are not listed.")) }).ToList()
        : _errors;

    public bool HasErrors => _errors.Count > 0;

    public static string Join(string parent, string name) => parent.Length == 0 ? name : name.Length == 0 ? parent : parent + "." + name;

    public static string Index(string parent, int index) => parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

    /// <summary>A value as an error may quote it: a code of at most six ASCII letters and digits, else <see langword="null"/>.</summary>
    public static string? Shown(string? value)
    {
        if (value is null || value.Length == 0 || value.Length > MaxShownCode)
        {
            return null;
        }

        foreach (var c in value)
        {
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            {
                return null;
            }
        }

        return value;
    }

    public void Error(string path, string code, string chinese, string english) => Error(new InputError(path, code, new LocalizedText(chinese, english)));

    public void Error(InputError error)
    {
        if (_paths.Contains(error.Path))
        {
            return;
        }

        if (_errors.Count >= Options.MaxErrors)
        {
            _truncated = true;
            return;
        }

        _paths.Add(error.Path);
        _errors.Add(error);
    }

    /// <summary>Parses a document: at most the size and depth limits, strict UTF-8 (a byte order mark is skipped).</summary>
    public JsonDocument? Parse(ReadOnlyMemory<byte> utf8Json, string path)
    {
        if (utf8Json.Length > Options.MaxDocumentBytes)
        {
            Error(path, InputErrorCodes.TooLarge, $"文档超过 {Options.MaxDocumentBytes} 字节。", $"The document is larger than {Options.MaxDocumentBytes} bytes.");
            return null;
        }

        var span = utf8Json.Span;
        if (span.Length >= 3 && span[0] == 0xEF && span[1] == 0xBB && span[2] == 0xBF)
        {
            utf8Json = utf8Json.Slice(3);
        }

        try
        {
            Utf8.Check(utf8Json);
            return JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = Options.MaxDepth });
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            if (IsBlank(utf8Json.Span))
            {
                Error(path, InputErrorCodes.InvalidJson, "文档是空的：应为一个 JSON 对象。", "The document is empty: a JSON object is expected.");
                return null;
            }

            var (at, where) = e is JsonException { LineNumber: { } line, BytePositionInLine: { } position }
                ? ($"（第 {line + 1} 行第 {position + 1} 个字节处）", $" at line {line + 1}, byte {position + 1}")
                : (string.Empty, string.Empty);
            Error(path, InputErrorCodes.InvalidJson,
                "文档不是格式正确的 UTF-8 JSON" + at + "，嵌套最多 " + Options.MaxDepth + " 层。",
                "The document is not well-formed UTF-8 JSON" + where + " (nesting is limited to " + Options.MaxDepth + ").");
            return null;
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> utf8Json)
    {
        foreach (var b in utf8Json)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="e"/> is an object; else an error (<c>WRONG_TYPE</c>) at <paramref name="path"/>.</summary>
    public bool IsObject(JsonElement e, string path)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        Error(path, InputErrorCodes.WrongType, "这里应为对象。", "An object is expected here.");
        return false;
    }

    /// <summary>Whether the object has a member of that name (given, even as null).</summary>
    public static bool Has(JsonElement parent, string name) => parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out _);

    /// <summary>
    /// Finds a member of an object: absent, null and the empty string count as not given (the platform sends "" for an
    /// empty field); a member given twice is an error, as it is ambiguous.
    /// </summary>
    public bool Find(JsonElement parent, string name, string parentPath, bool required, out JsonElement value, out string path)
    {
        path = Join(parentPath, name);
        value = default;
        if (parent.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var count = 0;
        foreach (var property in parent.EnumerateObject())
        {
            if (property.NameEquals(name))
            {
                value = property.Value;
                count++;
            }
        }

        if (count > 1)
        {
            Error(path, InputErrorCodes.DuplicateProperty, "这个字段出现了不止一次。", "The property appears more than once.");
            return false;
        }

        if (count == 0 || value.ValueKind == JsonValueKind.Null || (value.ValueKind == JsonValueKind.String && value.ValueEquals(string.Empty)))
        {
            if (required)
            {
                Error(path, InputErrorCodes.Required, "缺少这个必填字段。", "This property is required.");
            }

            return false;
        }

        return true;
    }

    /// <summary>An object member; one of another kind is an error.</summary>
    public bool Object(JsonElement parent, string name, string parentPath, bool required, out JsonElement value, out string path) =>
        Find(parent, name, parentPath, required, out value, out path) && IsObject(value, path);

    /// <summary>
    /// The objects of an array member, each with its path (at most <see cref="SettlementJsonOptions.MaxCollection"/>); with
    /// <paramref name="singleObject"/>, an object in place of the array is read as its only element (its path without an index).
    /// </summary>
    public List<(JsonElement Element, string Path)> Objects(JsonElement parent, string name, string parentPath, bool required, bool singleObject = false)
    {
        var list = new List<(JsonElement, string)>();
        if (!Find(parent, name, parentPath, required, out var value, out var path))
        {
            return list;
        }

        if (singleObject && value.ValueKind == JsonValueKind.Object)
        {
            list.Add((value, path));
            return list;
        }

        return ObjectsOf(value, path);
    }

    /// <summary>The objects of an array (see <see cref="Objects"/>).</summary>
    public List<(JsonElement Element, string Path)> ObjectsOf(JsonElement value, string path)
    {
        var list = new List<(JsonElement, string)>();
        if (value.ValueKind != JsonValueKind.Array)
        {
            Error(path, InputErrorCodes.WrongType, "这里应为数组。", "An array is expected here.");
            return list;
        }

        if (value.GetArrayLength() > Options.MaxCollection)
        {
            Error(path, InputErrorCodes.TooLarge, $"最多接受 {Options.MaxCollection} 个条目。", $"At most {Options.MaxCollection} entries are accepted.");
            return list;
        }

        var index = 0;
        foreach (var element in value.EnumerateArray())
        {
            var elementPath = Index(path, index++);
            if (IsObject(element, elementPath))
            {
                list.Add((element, elementPath));
            }
        }

        return list;
    }

    /// <summary>
    /// A code: a string, or a whole number (some HIS write codes as numbers), as text; at most
    /// <see cref="CaseLimits.MaxIdLength"/> characters and free of control characters.
    /// </summary>
    public string? Code(JsonElement parent, string name, string parentPath, bool required)
    {
        if (!Find(parent, name, parentPath, required, out var value, out var path))
        {
            return null;
        }

        string text;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) && number >= 0)
        {
            text = number.ToString(CultureInfo.InvariantCulture);
        }
        else if (value.ValueKind == JsonValueKind.String)
        {
            if (!TryText(value, path, out text))
            {
                return null;
            }

            text = text.Trim();
            if (text.Length == 0)
            {
                if (required)
                {
                    Error(path, InputErrorCodes.Required, "缺少这个必填字段。", "This property is required.");
                }

                return null;
            }
        }
        else
        {
            Error(path, InputErrorCodes.WrongType, "这里应为代码（字符串或非负整数）。", "A code (a string or a whole number) is expected here.");
            return null;
        }

        if (text.Length > CaseLimits.MaxIdLength)
        {
            Error(path, InputErrorCodes.TooLarge, $"代码超过 {CaseLimits.MaxIdLength} 个字符。", $"The code is longer than {CaseLimits.MaxIdLength} characters.");
            return null;
        }

        if (text.Any(CaseLimits.IsControlCharacter))
        {
            Error(path, InputErrorCodes.InvalidCharacter, "代码含有控制字符。", "The code contains a control character.");
            return null;
        }

        return text;
    }

    /// <summary>Free text of at most <see cref="CaseLimits.MaxTextLength"/> characters.</summary>
    public string? Text(JsonElement parent, string name, string parentPath, bool required)
    {
        if (!Find(parent, name, parentPath, required, out var value, out var path))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Error(path, InputErrorCodes.WrongType, "这里应为字符串。", "A string is expected here.");
            return null;
        }

        if (!TryText(value, path, out var text))
        {
            return null;
        }

        if (text.Length > Math.Min(CaseLimits.MaxTextLength, Options.MaxStringLength))
        {
            var max = Math.Min(CaseLimits.MaxTextLength, Options.MaxStringLength);
            Error(path, InputErrorCodes.TooLarge, $"最多接受 {max} 个字符。", $"At most {max} characters are accepted.");
            return null;
        }

        return text;
    }

    /// <summary>A boolean member.</summary>
    public bool? Bool(JsonElement parent, string name, string parentPath, bool required)
    {
        if (!Find(parent, name, parentPath, required, out var value, out var path))
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Error(path, InputErrorCodes.WrongType, "这里应为 true 或 false。", "true or false is expected here.");
        return null;
    }

    /// <summary>
    /// A date: <c>yyyy-MM-dd</c>, optionally followed by a time (<c>yyyy-MM-dd HH:mm:ss</c>, as the platform writes
    /// <c>begntime</c>, or with a <c>T</c>); the time of day is dropped. Between 1900-01-01 and 2999-12-31.
    /// </summary>
    public DateTime? Date(JsonElement parent, string name, string parentPath, bool required)
    {
        if (!Find(parent, name, parentPath, required, out var value, out var path))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Error(path, InputErrorCodes.WrongType, "这里应为日期字符串（yyyy-MM-dd 或 yyyy-MM-dd HH:mm:ss）。", "A date string (yyyy-MM-dd or yyyy-MM-dd HH:mm:ss) is expected here.");
            return null;
        }

        if (!TryText(value, path, out var text))
        {
            return null;
        }

        if (!TryParseDate(text.Trim(), out var date))
        {
            Error(path, InputErrorCodes.InvalidDate, "不是有效的日期（yyyy-MM-dd 或 yyyy-MM-dd HH:mm:ss）。", "Not a valid date (yyyy-MM-dd or yyyy-MM-dd HH:mm:ss).");
            return null;
        }

        if (!CaseLimits.IsInDateRange(date))
        {
            Error(path, InputErrorCodes.OutOfRange, "应为 1900-01-01 至 2999-12-31 之间的日期。", "A date between 1900-01-01 and 2999-12-31 is expected.");
            return null;
        }

        return date;
    }

    private static readonly string[] DateFormats =
    {
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
    };

    internal static bool TryParseDate(string text, out DateTime date)
    {
        if (text.Length is < 10 or > 40 || !DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            date = default;
            return false;
        }

        date = date.Date;
        return true;
    }

    /// <summary>An amount in yuan: a number, or a string holding one (some HIS write amounts as text); 0 to 1,000,000,000.</summary>
    public decimal? Amount(JsonElement parent, string name, string parentPath, bool required)
    {
        if (!Find(parent, name, parentPath, required, out var value, out var path))
        {
            return null;
        }

        var amount = 0m;
        var ok = false;
        if (value.ValueKind == JsonValueKind.Number)
        {
            ok = value.TryGetDecimal(out amount);
            ok = ok && !(amount == 0m && value.GetRawText().StartsWith("-", StringComparison.Ordinal) && value.GetRawText().Any(c => c is >= '1' and <= '9') && !value.GetRawText().Contains('e') && !value.GetRawText().Contains('E'));
        }
        else if (value.ValueKind == JsonValueKind.String && TryText(value, path, out var text))
        {
            text = text.Trim();
            ok = text.Length is > 0 and <= 40 && text.All(c => (c >= '0' && c <= '9') || c == '.' || c == '-') && decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out amount)
                && !(amount == 0m && text.StartsWith("-", StringComparison.Ordinal) && text.Any(c => c is >= '1' and <= '9'));
            if (!ok)
            {
                amount = 0m;
            }
        }
        else
        {
            Error(path, InputErrorCodes.WrongType, "这里应为金额（数字，或写成字符串的数字）。", "An amount (a number, or a number written as a string) is expected here.");
            return null;
        }

        if (ok && amount >= 0m && amount <= CaseLimits.MaxAmount)
        {
            return amount;
        }

        Error(path, InputErrorCodes.OutOfRange, "金额应在 0 到 1,000,000,000 之间。", "An amount between 0 and 1,000,000,000 is expected.");
        return null;
    }

    /// <summary>
    /// An object of our own format (a hospital entry, a code table): any member not in <paramref name="known"/> is an
    /// error naming it (escaped and cut), with the nearest known name when it looks misspelt.
    /// </summary>
    public bool Strict(JsonElement e, string path, params string[] known)
    {
        if (!IsObject(e, path))
        {
            return false;
        }

        foreach (var property in e.EnumerateObject())
        {
            if (Array.IndexOf(known, property.Name) >= 0)
            {
                continue;
            }

            var name = ShownName(property.Name);
            var nearest = Spelling.DidYouMean(property.Name, known);
            Error(new InputError(
                path == "$" ? (name.Length == 0 ? "[\"\"]" : name) : Join(path, name.Length == 0 ? "[\"\"]" : name),
                InputErrorCodes.UnknownProperty,
                new LocalizedText(
                    "这个对象没有这个字段（已知字段：" + string.Join("、", known) + "）。" + nearest.Chinese,
                    "Not a property of this object (known: " + string.Join(", ", known) + ")." + nearest.English)));
        }

        return true;
    }

    /// <summary>A property name as a path shows it: control characters escaped, at most 64 characters (never half a surrogate pair).</summary>
    private static string ShownName(string name)
    {
        var cut = name;
        if (name.Length > 64)
        {
            var at = char.IsHighSurrogate(name[63]) && char.IsLowSurrogate(name[64]) ? 63 : 64;
            cut = name.Substring(0, at) + "…";
        }

        return CaseLimits.EscapeControlCharacters(cut);
    }

    /// <summary>Decodes a JSON string; text that is not valid Unicode (a lone surrogate) is an error, not an exception.</summary>
    private bool TryText(JsonElement value, string path, out string text)
    {
        try
        {
            text = value.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            text = string.Empty;
            Error(path, InputErrorCodes.WrongType, "文本不是有效的 Unicode。", "The text is not valid Unicode.");
            return false;
        }
    }

    /// <summary>Strict UTF-8 checking: the parser checks the bytes inside strings only when they are read.</summary>
    private static class Utf8
    {
        private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        public static void Check(ReadOnlyMemory<byte> bytes)
        {
            var segment = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var array) ? array : new ArraySegment<byte>(bytes.ToArray());
            Strict.GetCharCount(segment.Array!, segment.Offset, segment.Count);
        }
    }
}
