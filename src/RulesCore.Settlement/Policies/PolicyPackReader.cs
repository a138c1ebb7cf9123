using System.Globalization;
using System.Text.Json;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Policies;

/// <summary>Reads and validates a policy pack document; collects every problem before rejecting the pack whole.</summary>
internal sealed class PolicyPackReader
{
    private static readonly string[] RootProperties = { "schemaVersion", "region", "name", "parameters" };
    private static readonly string[] EntryProperties = { "value", "effectiveFrom", "effectiveUntil", "source", "confidence" };
    private static readonly string[] Confidences = { "stated", "national", "low" };

    /// <summary>The largest pack accepted, in bytes (the shipped national pack is under 5 KB).</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The longest name or source, in characters (the case's limit for free text).</summary>
    public const int MaxText = CaseLimits.MaxTextLength;

    private const int MaxErrors = 100;

    private readonly string _origin;
    private readonly List<InputError> _errors = new();

    private readonly IReadOnlyList<PolicyParameter> _declared;

    private PolicyPackReader(string origin, IReadOnlyList<PolicyParameter>? declared)
    {
        _origin = origin;
        _declared = declared ?? Array.Empty<PolicyParameter>();
    }

    public static PolicyPack Read(ReadOnlyMemory<byte> utf8Json, string origin, IReadOnlyList<PolicyParameter>? declared = null)
    {
        var reader = new PolicyPackReader(origin, declared);
        JsonDocument document;
        try
        {
            utf8Json = Json.Utf8.WithoutByteOrderMark(utf8Json);
            Json.Utf8.Check(utf8Json);
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            var at = e is JsonException { LineNumber: { } line, BytePositionInLine: { } position } ? $"（第 {line + 1} 行第 {position + 1} 个字节处）" : string.Empty;
            throw new InvalidPolicyPackException(origin, new[] { new InputError("$", InputErrorCodes.InvalidJson, new LocalizedText("文档不是格式正确的 UTF-8 JSON" + at + "。", "The document is not well-formed UTF-8 JSON (" + FirstLine(e.Message) + ").")) });
        }

        using (document)
        {
            PolicyPack? pack;
            try
            {
                pack = reader.ReadRoot(document.RootElement);
            }
            catch (InvalidOperationException)
            {
                throw new InvalidPolicyPackException(origin, new[] { new InputError("$", InputErrorCodes.InvalidJson, new LocalizedText("文档中有字符串或字段名不是有效的 Unicode 文本。", "The document contains a string or property name that is not valid Unicode text.")) });
            }

            if (reader._errors.Count > 0 || pack is null)
            {
                throw new InvalidPolicyPackException(origin, reader._errors);
            }

            return pack;
        }
    }

    internal static string FirstLine(string message)
    {
        var newline = message.IndexOf('\n');
        return newline < 0 ? message : message.Substring(0, newline).TrimEnd();
    }

    private static bool TryDate(JsonElement element, out DateTime? date)
    {
        date = null;
        if (element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (element.ValueKind == JsonValueKind.String &&
            DateTime.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }

    private PolicyPack? ReadRoot(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Error("$", InputErrorCodes.WrongType, "政策包应为一个 JSON 对象。", "A policy pack is a JSON object.");
            return null;
        }

        CheckProperties(root, "$", RootProperties);
        if (root.TryGetProperty("schemaVersion", out var version) && !(version.ValueKind == JsonValueKind.Number && version.TryGetInt32(out var v) && v == 1))
        {
            Error("schemaVersion", InputErrorCodes.UnsupportedSchemaVersion, "只支持 schemaVersion 1。", "Only schemaVersion 1 is understood.");
        }

        RegionCode? region = null;
        if (!root.TryGetProperty("region", out var regionElement))
        {
            Error("region", InputErrorCodes.Required, "缺少这个必填字段：应为 \"national\" 或省、市的行政区划代码（GB/T 2260）。", "This property is required: \"national\" or a province or city code (GB/T 2260).");
        }
        else if (regionElement.ValueKind != JsonValueKind.String)
        {
            Error("region", InputErrorCodes.WrongType, "这里应为字符串：\"national\" 或省、市的行政区划代码（GB/T 2260）。", "A string is expected here: \"national\" or a province or city code (GB/T 2260).");
        }
        else if (regionElement.GetString() != "national")
        {
            if (!RegionCode.TryParse(regionElement.GetString(), out var code))
            {
                Error("region", InputErrorCodes.InvalidRegion, "应为 \"national\"，或前两位是已知省份的六位 GB/T 2260 行政区划代码。", "\"national\" or a six-digit GB/T 2260 region code with a known province prefix is expected.");
            }
            else if (!code.IsProvince && !code.IsCity)
            {
                Error("region", InputErrorCodes.InvalidRegion, "政策包适用于全国、省（xx0000）或市（xxxx00），不适用于区县。", "A pack applies to the nation, a province (xx0000) or a city (xxxx00), not a district.");
            }
            else
            {
                region = code;
            }
        }

        var name = string.Empty;
        if (!root.TryGetProperty("name", out var nameElement) || nameElement.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(nameElement.GetString()))
        {
            Error("name", InputErrorCodes.Required, "缺少名称（不能为空）。", "A non-empty name is required.");
        }
        else if (nameElement.ValueKind != JsonValueKind.String)
        {
            Error("name", InputErrorCodes.WrongType, "这里应为字符串。", "A string is expected here.");
        }
        else if (Text(nameElement.GetString()!, "name"))
        {
            name = nameElement.GetString()!;
        }

        var entries = new List<PolicyEntry>();
        if (!root.TryGetProperty("parameters", out var parameters))
        {
            Error("parameters", InputErrorCodes.Required, "缺少这个必填字段：应为一个对象，把参数名对应到带生效期的取值。", "This property is required: an object of parameter names to effective-dated values.");
        }
        else if (parameters.ValueKind != JsonValueKind.Object)
        {
            Error("parameters", InputErrorCodes.WrongType, "应为一个对象，把参数名对应到带生效期的取值。", "An object of parameter names to effective-dated values is expected.");
        }
        else if (!parameters.EnumerateObject().Any())
        {
            Error("parameters", InputErrorCodes.Required, "至少需要一个参数：空的政策包会把该地区自带的政策包替换成空。", "At least one parameter is required: an empty pack would replace the shipped pack for its region with nothing.");
        }
        else
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in parameters.EnumerateObject())
            {
                var path = "parameters." + Shown(property.Name);
                if (!seen.Add(property.Name))
                {
                    Error(path, InputErrorCodes.DuplicateProperty, "这个参数出现了不止一次。", "The parameter appears more than once.");
                    continue;
                }

                var parameter = PolicyParameters.Find(property.Name) ?? _declared.FirstOrDefault(p => p.Name == property.Name);
                if (parameter is null)
                {
                    var known = PolicyParameters.All.Concat(_declared).Select(p => p.Name).ToList();
                    var nearest = Spelling.DidYouMean(property.Name, known);
                    Error(new InputError(path, InputErrorCodes.UnknownProperty, new LocalizedText(
                        "没有这个政策参数（已知参数：" + string.Join("、", known) + "）。" + nearest.Chinese,
                        "Not a policy parameter (known: " + string.Join(", ", known) + ")." + nearest.English)));
                    continue;
                }

                ReadEntries(parameter, property.Value, path, entries);
            }
        }

        return new PolicyPack(_origin, region, name, entries);
    }

    private void ReadEntries(PolicyParameter parameter, JsonElement array, string path, List<PolicyEntry> entries)
    {
        if (array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
        {
            Error(path, array.ValueKind == JsonValueKind.Array ? InputErrorCodes.Required : InputErrorCodes.WrongType,
                "应为非空数组，每项为 { value, effectiveFrom, effectiveUntil, source, confidence }。",
                "A non-empty array of { value, effectiveFrom, effectiveUntil, source, confidence } is expected.");
            return;
        }

        var read = new List<(PolicyEntry Entry, int Index)>();
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var entryPath = $"{path}[{index}]";
            if (ReadEntry(parameter, element, entryPath) is { } entry)
            {
                read.Add((entry, index));
            }

            index++;
        }

        // Ranges of one parameter in one pack must not overlap.
        read.Sort((a, b) => Nullable.Compare(a.Entry.EffectiveFrom, b.Entry.EffectiveFrom));
        for (var i = 1; i < read.Count; i++)
        {
            var previous = read[i - 1].Entry;
            var current = read[i].Entry;
            if (previous.EffectiveUntil is null || current.EffectiveFrom is null || current.EffectiveFrom <= previous.EffectiveUntil)
            {
                Error($"{path}[{read[i].Index}]", InputErrorCodes.OverlappingRange, $"生效期与条目 [{read[i - 1].Index}] 重叠。", $"The effective range overlaps entry [{read[i - 1].Index}].");
            }
        }

        entries.AddRange(read.Select(r => r.Entry));
    }

    private PolicyEntry? ReadEntry(PolicyParameter parameter, JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(path, InputErrorCodes.WrongType, "这里应为对象。", "An object is expected here.");
            return null;
        }

        var errorsBefore = _errors.Count;
        CheckProperties(element, path, EntryProperties);

        object? value = null;
        if (!element.TryGetProperty("value", out var valueElement))
        {
            Error(path + ".value", InputErrorCodes.Required, "缺少这个必填字段。", "This property is required.");
        }
        else
        {
            value = parameter.Read(valueElement, out var error);
            if (error is not null)
            {
                Error(error with { Path = path + ".value" });
            }
        }

        DateTime? from = null;
        DateTime? until = null;
        if (element.TryGetProperty("effectiveFrom", out var fromElement) && !TryDate(fromElement, out from))
        {
            Error(path + ".effectiveFrom", InputErrorCodes.InvalidDate, "应为 yyyy-MM-dd 格式的真实日期，或 null。", "A calendar date in the form yyyy-MM-dd, or null, is expected.");
        }

        if (element.TryGetProperty("effectiveUntil", out var untilElement) && !TryDate(untilElement, out until))
        {
            Error(path + ".effectiveUntil", InputErrorCodes.InvalidDate, "应为 yyyy-MM-dd 格式的真实日期，或 null。", "A calendar date in the form yyyy-MM-dd, or null, is expected.");
        }

        if (from is { } f && until is { } u && u < f)
        {
            Error(path + ".effectiveUntil", InputErrorCodes.DateBeforeStart, "生效期在 effectiveFrom 之前就结束了。", "The range ends before effectiveFrom.");
        }

        var source = element.TryGetProperty("source", out var sourceElement) ? ReadSource(sourceElement) : null;
        if (source is null)
        {
            Error(path + ".source", element.TryGetProperty("source", out var given) && !(given.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(given.GetString())) ? InputErrorCodes.WrongType : InputErrorCodes.Required,
                "缺少取值所依据的文件：应为非空字符串，或同时给出两种文字的 { \"zh-CN\": \"…\", \"en\": \"…\" }。",
                "The document the value comes from is required: a non-empty string, or { \"zh-CN\": \"…\", \"en\": \"…\" } with both texts.");
        }
        else if (!Text(source.Chinese, path + ".source") || !Text(source.English, path + ".source"))
        {
            source = null;
        }

        var confidence = default(Confidence);
        if (!element.TryGetProperty("confidence", out var confidenceElement))
        {
            Error(path + ".confidence", InputErrorCodes.Required, "缺少这个必填字段：stated、national 或 low。", "This property is required: stated, national or low.");
        }
        else if (confidenceElement.ValueKind != JsonValueKind.String)
        {
            Error(path + ".confidence", InputErrorCodes.WrongType, "应为以下取值之一：stated、national、low。", "One of stated, national, low is expected.");
        }
        else
        {
            switch (confidenceElement.GetString())
            {
                case "stated": confidence = Confidence.Stated; break;
                case "national": confidence = Confidence.National; break;
                case "low": confidence = Confidence.Low; break;
                default:
                    var nearest = Spelling.DidYouMean(confidenceElement.GetString()!, Confidences);
                    Error(path + ".confidence", InputErrorCodes.UnknownValue, "应为以下取值之一：stated、national、low。" + nearest.Chinese, "One of stated, national, low is expected." + nearest.English);
                    break;
            }
        }

        return _errors.Count == errorsBefore ? new PolicyEntry(parameter, value, from, until, source!, confidence) : null;
    }

    /// <summary>Checks a name or source: not longer than <see cref="MaxText"/>, no control character.</summary>
    private bool Text(string text, string path)
    {
        if (text.Length > MaxText)
        {
            Error(path, InputErrorCodes.TooLarge, $"最多接受 {MaxText} 个字符。", $"At most {MaxText} characters are accepted.");
            return false;
        }

        if (CaseLimits.HasControlCharacter(text))
        {
            Error(path, InputErrorCodes.InvalidCharacter, "文本含有控制字符。", "The text contains a control character.");
            return false;
        }

        return true;
    }

    private void CheckProperties(JsonElement element, string path, string[] known)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (Array.IndexOf(known, property.Name) < 0)
            {
                Error(Json.JsonFieldReader.UnknownProperty(Child(path, Shown(property.Name)), property.Name, known));
            }
            else if (!seen.Add(property.Name))
            {
                Error(Child(path, Shown(property.Name)), InputErrorCodes.DuplicateProperty, "这个字段出现了不止一次。", "The property appears more than once.");
            }
        }
    }

    /// <summary>A property name as a path shows it: at most 64 characters, never half a surrogate pair.</summary>
    private static string Shown(string name) => CaseLimits.Shown(name);

    /// <summary>Records a problem; after <see cref="MaxErrors"/>, one more says the rest are not listed.</summary>
    private void Error(string path, string code, string chinese, string english) => Error(new InputError(path, code, new LocalizedText(chinese, english)));

    private void Error(InputError error)
    {
        if (_errors.Count < MaxErrors)
        {
            _errors.Add(error);
        }
        else if (_errors.Count == MaxErrors)
        {
            _errors.Add(InputErrorText.TooMany(MaxErrors));
        }
    }

    /// <summary>The path of a property: <c>name</c> at the root, <c>parent.name</c> below it.</summary>
    private static string Child(string path, string name) => path == "$" ? name : path + "." + name;

    /// <summary>A source: one text for every language, or <c>{ "zh-CN": "…", "en": "…" }</c> with both non-empty.</summary>
    private static LocalizedText? ReadSource(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            var text = element.GetString();
            return string.IsNullOrWhiteSpace(text) ? null : new LocalizedText(text!, text!);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        string? chinese = null, english = null, other = null;
        foreach (var property in element.EnumerateObject())
        {
            var text = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
            switch (property.Name)
            {
                case Languages.Chinese: chinese = text; break;
                case Languages.English: english = text; break;
                default: other = property.Name; break;
            }
        }

        return other is null && !string.IsNullOrWhiteSpace(chinese) && !string.IsNullOrWhiteSpace(english) ? new LocalizedText(chinese!, english!) : null;
    }
}
