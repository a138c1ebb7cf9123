using System.Text.Json;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Json;

/// <summary>Writes the why-not document: the decision and each rule's diagnosis, with the rules that would have produced what it lacked.</summary>
internal static class WhyNotJsonWriter
{
    public static byte[] Write(WhyNot answer, bool indented) => JsonWriting.Write(indented, w =>
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", SettlementJson.SchemaVersion);
        w.WriteString("asked", answer.Asked);
        w.WritePropertyName("decision");
        DecisionJsonWriter.Write(w, answer.Decision);
        w.WriteStartArray("rules");
        foreach (var rule in answer.Rules)
        {
            Diagnosis(w, rule);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void Diagnosis(Utf8JsonWriter w, RuleDiagnosis rule)
    {
        w.WriteStartObject();
        w.WriteString("rule", rule.Rule);
        w.WriteString("status", JsonWriting.Camel(rule.Status.ToString()));
        w.WriteString("description", rule.Description);
        JsonWriting.Strings(w, "patterns", rule.Patterns);
        w.WriteStartArray("firings");
        foreach (var firing in rule.Firings)
        {
            w.WriteStartArray();
            foreach (var fact in firing)
            {
                w.WriteStringValue(fact);
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();
        w.WriteStartArray("candidates");
        foreach (var candidate in rule.Candidates)
        {
            w.WriteStartObject();
            JsonWriting.Strings(w, "facts", candidate.Facts);
            w.WriteNumber("patternsPassed", candidate.PatternsPassed);
            w.WriteStartArray("stops");
            foreach (var stop in candidate.Stops)
            {
                w.WriteStartObject();
                w.WriteNumber("pattern", stop.Pattern);
                w.WriteString("kind", JsonWriting.Camel(stop.Kind.ToString()));
                JsonWriting.Strings(w, "facts", stop.Facts);
                if (stop.Condition is null)
                {
                    w.WriteNull("condition");
                }
                else
                {
                    w.WriteString("condition", stop.Condition);
                }

                w.WriteString("text", stop.Text);
                w.WriteString("evidence", JsonWriting.Camel(stop.Evidence.ToString()));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("because");
        foreach (var producer in rule.Because)
        {
            Diagnosis(w, producer);
        }

        w.WriteEndArray();
        JsonWriting.Strings(w, "partial", rule.Partial);
        if (rule.DependsOn.Count > 0)
        {
            JsonWriting.Strings(w, "dependsOn", rule.DependsOn);
        }

        w.WriteEndObject();
    }
}
