using System.Globalization;
using System.Text.Json;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Json;

/// <summary>
/// Reads the values of a JSON document's properties — objects, lists, strings, booleans, dates, regions, enum values
/// and amounts — each checked against the limits, collecting every problem with its path (the first per path).
/// </summary>
internal abstract class JsonFieldReader
{
    private readonly List<InputError> _errors = new();
    private readonly HashSet<string> _errorPaths = new(StringComparer.Ordinal);

    protected JsonFieldReader(SettlementJsonOptions options) => Options = options;

    public IReadOnlyList<InputError> Errors => _errors;

    /// <summary>Gets the limits the document is read with.</summary>
    protected SettlementJsonOptions Options { get; }

    /// <summary>Checks an object: its type, unknown and duplicate properties. Returns false if not an object.</summary>
    protected bool Object(JsonElement e, string path, KnownProperties known)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            Error(path, InputErrorCodes.WrongType, "这里应为对象。", "An object is expected here.");
            return false;
        }

        // Names are compared as UTF-8 and no path is built unless there is an error: objects are checked for every
        // case read, and their properties usually come in the listed order, so the search starts after the last match.
        ulong seen = 0;
        var next = 0;
        foreach (var property in e.EnumerateObject())
        {
            var index = known.IndexOf(property, next);
            if (index < 0)
            {
                Error(UnknownProperty(PropertyPath(path, property.Name), property.Name, known.Names));
                continue;
            }

            next = index + 1;
            if ((seen & (1UL << index)) != 0)
            {
                Error(PropertyPath(path, property.Name), InputErrorCodes.DuplicateProperty, "这个字段出现了不止一次。", "The property appears more than once.");
            }

            seen |= 1UL << index;
        }

        return true;
    }

    private static string PropertyPath(string path, string name)
    {
        var parent = path == "$" ? string.Empty : path;
        return name.Length == 0 ? parent + "[\"\"]" : Join(parent, CaseLimits.Shown(name));
    }

    private static string Join(string parent, string name) => parent.Length == 0 ? name : parent + "." + name;

    private bool Find(JsonElement parent, string name, string path, bool required, out JsonElement value)
    {
        value = default;
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required && parent.ValueKind == JsonValueKind.Object)
            {
                Error(path, InputErrorCodes.Required, "缺少这个必填字段。", "This property is required.");
            }

            return false;
        }

        return true;
    }

    /// <summary>Finds a property of the expected JSON kind; a missing required one or one of another kind is an error.</summary>
    private bool Get(JsonElement parent, string name, string parentPath, bool required, JsonValueKind kind, LocalizedText expected, out JsonElement value, out string path)
    {
        path = Join(parentPath, name);
        if (!Find(parent, name, path, required, out value))
        {
            return false;
        }

        if (value.ValueKind == kind)
        {
            return true;
        }

        Error(new InputError(path, InputErrorCodes.WrongType, expected));
        return false;
    }

    protected T? Child<T>(JsonElement parent, string name, string parentPath, Func<JsonElement, string, T> read) where T : class =>
        Get(parent, name, parentPath, required: true, JsonValueKind.Object, Expected("这里应为对象。", "An object is expected here."), out var value, out var path) ? read(value, path) : null;

    protected IReadOnlyList<T> List<T>(JsonElement parent, string name, string parentPath, Func<JsonElement, string, T> read)
    {
        if (!Get(parent, name, parentPath, required: false, JsonValueKind.Array, Expected("这里应为数组。", "An array is expected here."), out var value, out var path))
        {
            return Array.Empty<T>();
        }

        var length = value.GetArrayLength();
        if (length > Options.MaxCollection)
        {
            Error(path, InputErrorCodes.TooLarge, $"最多接受 {Options.MaxCollection} 个条目。", $"At most {Options.MaxCollection} entries are accepted.");
            return Array.Empty<T>();
        }

        var list = new List<T>(length);
        var index = 0;
        foreach (var element in value.EnumerateArray())
        {
            var elementPath = $"{path}[{index++}]";
            if (element.ValueKind == JsonValueKind.Null)
            {
                Error(elementPath, InputErrorCodes.Required, "这里需要一个值，不能为 null。", "A value is required here, not null.");
                continue;
            }

            list.Add(read(element, elementPath));
        }

        return list;
    }

    protected string? String(JsonElement parent, string name, string parentPath, bool required)
    {
        var path = Join(parentPath, name);
        return Find(parent, name, path, required, out var value) ? StringValue(value, path) : null;
    }

    protected string? StringValue(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            Error(path, InputErrorCodes.WrongType, "这里应为字符串。", "A string is expected here.");
            return null;
        }

        if (!TryText(value, path, out var text))
        {
            return null;
        }

        if (text.Length > Options.MaxStringLength)
        {
            Error(path, InputErrorCodes.TooLarge, $"最多接受 {Options.MaxStringLength} 个字符。", $"At most {Options.MaxStringLength} characters are accepted.");
            return null;
        }

        return text;
    }

    protected bool Bool(JsonElement parent, string name, string parentPath, bool required)
    {
        var path = Join(parentPath, name);
        if (!Find(parent, name, path, required, out var value))
        {
            return false;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Error(path, InputErrorCodes.WrongType, "这里应为 true 或 false。", "true or false is expected here.");
        return false;
    }

    protected DateTime? Date(JsonElement parent, string name, string parentPath, bool required)
    {
        if (!Get(parent, name, parentPath, required, JsonValueKind.String, Expected("这里应为日期字符串（yyyy-MM-dd）。", "A date string (yyyy-MM-dd) is expected here."), out var value, out var path))
        {
            return null;
        }

        if (TryText(value, path, out var dateText) && DateTime.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && CaseLimits.IsInDateRange(date))
        {
            return date;
        }

        Error(path, InputErrorCodes.InvalidDate, "应为 1900 年至 2999 年之间的真实日期，格式 yyyy-MM-dd。", "A calendar date between 1900 and 2999 in the form yyyy-MM-dd is expected.");
        return null;
    }

    protected RegionCode Region(JsonElement parent, string name, string parentPath)
    {
        if (!Get(parent, name, parentPath, required: true, JsonValueKind.String, Expected("这里应为六位行政区划代码字符串。", "A six-digit region code string is expected here."), out var value, out var path))
        {
            return default;
        }

        if (!TryText(value, path, out var regionText))
        {
            return default;
        }

        if (RegionCode.TryParse(regionText, out var region))
        {
            return region;
        }

        Error(path, InputErrorCodes.InvalidRegion, "应为六位 GB/T 2260 行政区划代码，且前两位是已知的省份。", "A six-digit GB/T 2260 region code with a known province prefix is expected.");
        return default;
    }

    protected T Enum<T>(JsonElement parent, string name, string parentPath, Dictionary<string, T> values) where T : struct, System.Enum
    {
        var path = Join(parentPath, name);
        if (!Find(parent, name, path, required: true, out var value))
        {
            return default;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            if (!TryText(value, path, out var enumText))
            {
                return default;
            }

            if (values.TryGetValue(enumText, out var result))
            {
                return result;
            }
        }

        var allowed = new LocalizedText("应为以下取值之一：" + string.Join("、", values.Keys) + "。", "One of " + string.Join(", ", values.Keys) + " is expected.");
        if (value.ValueKind == JsonValueKind.String)
        {
            var nearest = Spelling.DidYouMean(value.GetString()!, values.Keys);
            Error(new InputError(path, InputErrorCodes.UnknownValue, new LocalizedText(allowed.Chinese + nearest.Chinese, allowed.English + nearest.English)));
        }
        else
        {
            Error(new InputError(path, InputErrorCodes.WrongType, allowed));
        }
        return default;
    }

    protected decimal Amount(JsonElement parent, string name, string parentPath)
    {
        if (!Get(parent, name, parentPath, required: true, JsonValueKind.Number, Expected("这里应为数字。", "A number is expected here."), out var value, out var path))
        {
            return 0m;
        }

        // A negative amount too small for decimal reads as 0; its sign still makes it negative.
        if (value.TryGetDecimal(out var amount) && amount <= CaseLimits.MaxAmount && !(amount == 0m && IsNegative(value.GetRawText())))
        {
            return amount;
        }

        Error(path, InputErrorCodes.OutOfRange, "金额应在 0 到 1,000,000,000 之间。", "An amount up to 1,000,000,000 is expected.");
        return 0m;
    }

    private static bool IsNegative(string number)
    {
        if (number[0] != '-')
        {
            return false;
        }

        foreach (var c in number)
        {
            if (c is 'e' or 'E')
            {
                return false;
            }

            if (c is >= '1' and <= '9')
            {
                return true;
            }
        }

        return false;
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

    protected void Error(string path, string code, string chinese, string english) => Error(new InputError(path, code, new LocalizedText(chinese, english)));

    /// <summary>
    /// A property the object does not define: the known names, and the nearest one if the name looks misspelt. The name
    /// itself is in the path only (shown escaped and cut, see <see cref="CaseLimits.Shown"/>).
    /// </summary>
    internal static InputError UnknownProperty(string path, string name, IReadOnlyCollection<string> known)
    {
        var nearest = Spelling.DidYouMean(name, known);
        return new InputError(path, InputErrorCodes.UnknownProperty, new LocalizedText(
            "这个对象没有这个字段（已知字段：" + string.Join("、", known) + "）。" + nearest.Chinese,
            "Not a property of this object (known: " + string.Join(", ", known) + ")." + nearest.English));
    }

    private static LocalizedText Expected(string chinese, string english) => new(chinese, english);

    protected void Error(InputError error)
    {
        if (_errors.Count < Options.MaxErrors && _errorPaths.Add(error.Path))
        {
            _errors.Add(error);
        }
    }
}
