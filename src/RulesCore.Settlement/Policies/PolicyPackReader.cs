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
            throw new InvalidPolicyPackException(origin, new[] { new InputError("$", InputErrorCodes.InvalidJson, "The document is not well-formed UTF-8 JSON (" + FirstLine(e.Message) + ").") });
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
                throw new InvalidPolicyPackException(origin, new[] { new InputError("$", InputErrorCodes.InvalidJson, "The document contains a string or property name that is not valid Unicode text.") });
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
            Error("$", InputErrorCodes.WrongType, "A policy pack is a JSON object.");
            return null;
        }

        CheckProperties(root, "$", RootProperties);
        if (root.TryGetProperty("schemaVersion", out var version) && !(version.ValueKind == JsonValueKind.Number && version.TryGetInt32(out var v) && v == 1))
        {
            Error("schemaVersion", InputErrorCodes.UnsupportedSchemaVersion, "Only schemaVersion 1 is understood.");
        }

        RegionCode? region = null;
        if (!root.TryGetProperty("region", out var regionElement))
        {
            Error("region", InputErrorCodes.Required, "This property is required: \"national\" or a province or city code (GB/T 2260).");
        }
        else if (regionElement.ValueKind != JsonValueKind.String)
        {
            Error("region", InputErrorCodes.WrongType, "A string is expected here: \"national\" or a province or city code (GB/T 2260).");
        }
        else if (regionElement.GetString() != "national")
        {
            if (!RegionCode.TryParse(regionElement.GetString(), out var code))
            {
                Error("region", InputErrorCodes.InvalidRegion, "\"national\" or a six-digit GB/T 2260 region code with a known province prefix is expected.");
            }
            else if (!code.IsProvince && !code.IsCity)
            {
                Error("region", InputErrorCodes.InvalidRegion, "A pack applies to the nation, a province (xx0000) or a city (xxxx00), not a district.");
            }
            else
            {
                region = code;
            }
        }

        var name = string.Empty;
        if (!root.TryGetProperty("name", out var nameElement) || nameElement.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(nameElement.GetString()))
        {
            Error("name", InputErrorCodes.Required, "A non-empty name is required.");
        }
        else if (nameElement.ValueKind != JsonValueKind.String)
        {
            Error("name", InputErrorCodes.WrongType, "A string is expected here.");
        }
        else if (Text(nameElement.GetString()!, "name"))
        {
            name = nameElement.GetString()!;
        }

        var entries = new List<PolicyEntry>();
        if (!root.TryGetProperty("parameters", out var parameters))
        {
            Error("parameters", InputErrorCodes.Required, "This property is required: an object of parameter names to effective-dated values.");
        }
        else if (parameters.ValueKind != JsonValueKind.Object)
        {
            Error("parameters", InputErrorCodes.WrongType, "An object of parameter names to effective-dated values is expected.");
        }
        else if (!parameters.EnumerateObject().Any())
        {
            Error("parameters", InputErrorCodes.Required, "At least one parameter is required: an empty pack would replace the shipped pack for its region with nothing.");
        }
        else
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in parameters.EnumerateObject())
            {
                var path = "parameters." + Shown(property.Name);
                if (!seen.Add(property.Name))
                {
                    Error(path, InputErrorCodes.DuplicateProperty, "The parameter appears more than once.");
                    continue;
                }

                var parameter = PolicyParameters.Find(property.Name) ?? _declared.FirstOrDefault(p => p.Name == property.Name);
                if (parameter is null)
                {
                    Error(path, InputErrorCodes.UnknownProperty, "Not a policy parameter (known: " + string.Join(", ", PolicyParameters.All.Concat(_declared).Select(p => p.Name)) + ").");
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
                Error($"{path}[{read[i].Index}]", InputErrorCodes.OverlappingRange, $"The effective range overlaps entry [{read[i - 1].Index}].");
            }
        }

        entries.AddRange(read.Select(r => r.Entry));
    }

    private PolicyEntry? ReadEntry(PolicyParameter parameter, JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(path, InputErrorCodes.WrongType, "An object is expected here.");
            return null;
        }

        var errorsBefore = _errors.Count;
        CheckProperties(element, path, EntryProperties);

        object? value = null;
        if (!element.TryGetProperty("value", out var valueElement))
        {
            Error(path + ".value", InputErrorCodes.Required, "This property is required.");
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
            Error(path + ".effectiveFrom", InputErrorCodes.InvalidDate, "A calendar date in the form yyyy-MM-dd, or null, is expected.");
        }

        if (element.TryGetProperty("effectiveUntil", out var untilElement) && !TryDate(untilElement, out until))
        {
            Error(path + ".effectiveUntil", InputErrorCodes.InvalidDate, "A calendar date in the form yyyy-MM-dd, or null, is expected.");
        }

        if (from is { } f && until is { } u && u < f)
        {
            Error(path + ".effectiveUntil", InputErrorCodes.DateBeforeStart, "The range ends before effectiveFrom.");
        }

        var source = element.TryGetProperty("source", out var sourceElement) ? ReadSource(sourceElement) : null;
        if (source is null)
        {
            Error(path + ".source", element.TryGetProperty("source", out var given) && !(given.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(given.GetString())) ? InputErrorCodes.WrongType : InputErrorCodes.Required,
                "The document the value comes from is required: a non-empty string, or { \"zh-CN\": \"…\", \"en\": \"…\" } with both texts.");
        }
        else if (!Text(source.Chinese, path + ".source") || !Text(source.English, path + ".source"))
        {
            source = null;
        }

        var confidence = default(Confidence);
        if (!element.TryGetProperty("confidence", out var confidenceElement))
        {
            Error(path + ".confidence", InputErrorCodes.Required, "This property is required: stated, national or low.");
        }
        else if (confidenceElement.ValueKind != JsonValueKind.String)
        {
            Error(path + ".confidence", InputErrorCodes.WrongType, "One of stated, national, low is expected.");
        }
        else
        {
            switch (confidenceElement.GetString())
            {
                case "stated": confidence = Confidence.Stated; break;
                case "national": confidence = Confidence.National; break;
                case "low": confidence = Confidence.Low; break;
                default: Error(path + ".confidence", InputErrorCodes.UnknownValue, "One of stated, national, low is expected."); break;
            }
        }

        return _errors.Count == errorsBefore ? new PolicyEntry(parameter, value, from, until, source!, confidence) : null;
    }

    /// <summary>Checks a name or source: not longer than <see cref="MaxText"/>, no control character.</summary>
    private bool Text(string text, string path)
    {
        if (text.Length > MaxText)
        {
            Error(path, InputErrorCodes.TooLarge, $"At most {MaxText} characters are accepted.");
            return false;
        }

        if (CaseLimits.HasControlCharacter(text))
        {
            Error(path, InputErrorCodes.InvalidCharacter, "The text contains a control character.");
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
                Error(Child(path, Shown(property.Name)), InputErrorCodes.UnknownProperty, "Not a property of this object (known: " + string.Join(", ", known) + ").");
            }
            else if (!seen.Add(property.Name))
            {
                Error(Child(path, Shown(property.Name)), InputErrorCodes.DuplicateProperty, "The property appears more than once.");
            }
        }
    }

    /// <summary>A property name as a path shows it: at most 64 characters, never half a surrogate pair.</summary>
    private static string Shown(string name) => CaseLimits.Shown(name);

    /// <summary>Records a problem; after <see cref="MaxErrors"/>, one more says the rest are not listed.</summary>
    private void Error(string path, string code, string message) => Error(new InputError(path, code, message));

    private void Error(InputError error)
    {
        if (_errors.Count < MaxErrors)
        {
            _errors.Add(error);
        }
        else if (_errors.Count == MaxErrors)
        {
            _errors.Add(new InputError("$", InputErrorCodes.TooLarge, $"More than {MaxErrors} problems; the rest are not listed."));
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
