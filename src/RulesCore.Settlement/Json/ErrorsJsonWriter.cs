using System.Text.Json;
using RulesCore.Settlement.Errors;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Json;

/// <summary>Writes the errors document: each problem's path, code and message in the reader's language.</summary>
internal static class ErrorsJsonWriter
{
    public static byte[] Write(IReadOnlyList<InputError> errors, string language, bool indented) => JsonWriting.Write(indented, w => Write(w, errors, language));

    public static void Write(Utf8JsonWriter w, IReadOnlyList<InputError> errors, string language)
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", SettlementJson.SchemaVersion);
        w.WriteStartArray("errors");
        foreach (var e in errors)
        {
            w.WriteStartObject();
            w.WriteString("path", e.Path);
            w.WriteString("code", e.Code);
            w.WriteString("message", language == Languages.English ? e.Message : e.Text.Chinese);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
