using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using RulesCore.Settlement;
using RulesCore.Settlement.Model;

namespace RulesCore.Cli;

/// <summary>JSON output of commands that have no interchange document of their own.</summary>
internal static class CliJson
{
    /// <summary>
    /// The commands' encoder: Chinese stays readable; characters significant in HTML and every control character
    /// (<see cref="CaseLimits.IsControlCharacter"/>: C0 and C1 controls, bidirectional overrides such as U+202E,
    /// zero-width characters) are escaped, as the library's documents escape them — the encoder alone lets format
    /// characters through.
    /// </summary>
    public static readonly JavaScriptEncoder Encoder = CreateEncoder();

    private static JavaScriptEncoder CreateEncoder()
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

    public static string Rules(IReadOnlyList<RuleInfo> rules, string language)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = Encoder }))
        {
            w.WriteStartArray();
            foreach (var r in rules)
            {
                w.WriteStartObject();
                w.WriteString("id", r.Id);
                w.WriteString("cause", char.ToLowerInvariant(r.Cause.ToString()[0]) + r.Cause.ToString().Substring(1));
                w.WriteString("description", r.Description.In(language));
                w.WriteString("basis", r.Basis.In(language));
                w.WriteNumber("priority", r.Priority);
                w.WriteStartArray("findings");
                foreach (var code in r.Findings)
                {
                    w.WriteStringValue(code);
                }

                w.WriteEndArray();
                w.WriteString("assembly", r.Assembly);
                w.WriteStartArray("appliesIn");
                foreach (var a in r.AppliesIn)
                {
                    w.WriteStartObject();
                    w.WriteString("role", a.Role == RulesCore.Settlement.Rules.RegionRole.Insured ? "insured" : "treatment");
                    w.WriteString("region", a.Region);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                if (r.InForceFrom is { } from)
                {
                    w.WriteString("inForceFrom", from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                }

                if (r.InForceUntil is { } until)
                {
                    w.WriteString("inForceUntil", until.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                }
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
