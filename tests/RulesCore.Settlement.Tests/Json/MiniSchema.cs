using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RulesCore.Settlement.Tests.Json;

/// <summary>
/// A JSON Schema (2020-12) checker for the keywords our schemas use: type, enum, const, pattern, format date,
/// properties, required, additionalProperties false, items, min/maxItems, min/maxLength (in code points, as JSON
/// Schema counts), minimum, maximum, anyOf; description and title are annotations. Any other keyword fails loudly, so
/// the schemas cannot silently outgrow it. Patterns run as .NET regular expressions, on UTF-16 text, with a final
/// <c>$</c> meaning the end of the text as in ECMA-262 (not "before a final line feed" as in .NET).
/// </summary>
internal static class MiniSchema
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "title", "description", "type", "enum", "const", "pattern", "format", "properties", "required", "additionalProperties",
        "items", "minItems", "maxItems", "minLength", "maxLength", "minimum", "maximum", "anyOf", "$ref", "$defs",
    };

    /// <summary>The schema <c>#/$defs/…</c> references resolve against while a document is checked.</summary>
    [ThreadStatic]
    private static JsonElement? _root;

    public static List<string> Validate(JsonElement schema, JsonElement value, string path = "$")
    {
        var errors = new List<string>();
        var outer = _root;
        _root ??= schema;
        try
        {
            Check(schema, value, path, errors);
        }
        finally
        {
            _root = outer;
        }

        return errors;
    }

    /// <summary>A <c>$ref</c>: <c>#/$defs/name</c> in the schema being checked, or another file of <c>schemas/</c> by name.</summary>
    private static JsonElement Resolve(string reference)
    {
        if (reference.StartsWith("#/$defs/", StringComparison.Ordinal))
        {
            return _root!.Value.GetProperty("$defs").GetProperty(reference.Substring("#/$defs/".Length));
        }

        return JsonDocument.Parse(File.ReadAllText(RepositoryFiles.PathOf("schemas", reference))).RootElement;
    }

    private static void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Known.Contains(keyword.Name))
            {
                throw new NotSupportedException("Schema keyword not supported by the test checker: " + keyword.Name);
            }
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var local = reference.GetString()!.StartsWith("#", StringComparison.Ordinal);
            var target = Resolve(reference.GetString()!);
            var outer = _root;
            _root = local ? _root : target;
            Check(target, value, path, errors);
            _root = outer;
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToArray() : new[] { type.GetString()! };
            if (!types.Any(t => IsType(value, t)))
            {
                errors.Add($"{path}: expected {string.Join("|", types)}");
                return;
            }
        }

        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => JsonElementEquals(o, value)))
        {
            errors.Add($"{path}: not in enum");
        }

        if (schema.TryGetProperty("anyOf", out var alternatives)
            && !alternatives.EnumerateArray().Any(alternative => Validate(alternative, value, path).Count == 0))
        {
            errors.Add($"{path}: matches none of anyOf");
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElementEquals(constant, value))
        {
            errors.Add($"{path}: not the constant");
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            if (schema.TryGetProperty("pattern", out var pattern) && !PatternMatches(pattern.GetString()!, text))
            {
                errors.Add($"{path}: does not match {pattern.GetString()}");
            }

            if (schema.TryGetProperty("format", out var format) && format.GetString() == "date"
                && !DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                errors.Add($"{path}: not a date");
            }

            if (schema.TryGetProperty("minLength", out var minLength) && CodePoints(text) < minLength.GetInt32())
            {
                errors.Add($"{path}: too short");
            }

            if (schema.TryGetProperty("maxLength", out var maxLength) && CodePoints(text) > maxLength.GetInt32())
            {
                errors.Add($"{path}: too long");
            }
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            if (schema.TryGetProperty("minimum", out var minimum) && value.GetDecimal() < minimum.GetDecimal())
            {
                errors.Add($"{path}: below minimum");
            }

            if (schema.TryGetProperty("maximum", out var maximum) && value.GetDecimal() > maximum.GetDecimal())
            {
                errors.Add($"{path}: above maximum");
            }
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            var properties = schema.TryGetProperty("properties", out var p) ? p : default;
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                {
                    if (!value.TryGetProperty(name, out _))
                    {
                        errors.Add($"{path}.{name}: required");
                    }
                }
            }

            foreach (var property in value.EnumerateObject())
            {
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
                {
                    Check(propertySchema, property.Value, $"{path}.{property.Name}", errors);
                }
                else if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False)
                {
                    errors.Add($"{path}.{property.Name}: not allowed");
                }
            }
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            var count = value.GetArrayLength();
            if (schema.TryGetProperty("minItems", out var minItems) && count < minItems.GetInt32())
            {
                errors.Add($"{path}: too few items");
            }

            if (schema.TryGetProperty("maxItems", out var maxItems) && count > maxItems.GetInt32())
            {
                errors.Add($"{path}: too many items");
            }

            if (schema.TryGetProperty("items", out var items))
            {
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Check(items, item, $"{path}[{i++}]", errors);
                }
            }
        }
    }

    private static bool IsType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException(type),
    };

    /// <summary>Whether a JSON Schema pattern matches a text; a final <c>$</c> is the end of the text, as in ECMA-262.</summary>
    public static bool PatternMatches(string pattern, string text) =>
        Regex.IsMatch(text, pattern.EndsWith('$') && !pattern.EndsWith("\\$", StringComparison.Ordinal) ? pattern[..^1] + "\\z" : pattern, RegexOptions.CultureInvariant);

    private static int CodePoints(string text) => text.Length - text.Count(char.IsLowSurrogate);

    private static bool JsonElementEquals(JsonElement a, JsonElement b) => a.GetRawText() == b.GetRawText();
}
