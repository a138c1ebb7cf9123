using System.Text.Json;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Json;

/// <summary>Writes the errors document: each problem's path, code and message.</summary>
internal static class ErrorsJsonWriter
{
    public static byte[] Write(IReadOnlyList<InputError> errors, bool indented) => JsonWriting.Write(indented, w => Write(w, errors));

    public static void Write(Utf8JsonWriter w, IReadOnlyList<InputError> errors)
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", SettlementJson.SchemaVersion);
        w.WriteStartArray("errors");
        foreach (var e in errors)
        {
            w.WriteStartObject();
            w.WriteString("path", e.Path);
            w.WriteString("code", e.Code);
            w.WriteString("message", e.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
