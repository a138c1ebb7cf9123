using System.Text.Json;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Json;

/// <summary>Writes the decision document: outcome, when and how it reads, findings with their remedies and roles, self-pay items, trace and provenance.</summary>
internal static class DecisionJsonWriter
{
    public static byte[] Write(SettlementDecision decision, bool indented) => JsonWriting.Write(indented, w => Write(w, decision));

    public static void Write(Utf8JsonWriter w, SettlementDecision decision)
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", decision.PossibleOutcomes is { IsDetermined: false } ? SettlementJson.PartialSchemaVersion : SettlementJson.SchemaVersion);
        // "undetermined" is not an outcome: only a case that lists unknown facts is answered with it.
        w.WriteString("outcome", decision.PossibleOutcomes is { IsDetermined: false } ? "undetermined" : JsonNames.Of(decision.Outcome));
        w.WriteNumber("rateReductionPoints", decision.RateReductionPoints);
        JsonWriting.Date(w, "asOf", decision.AsOf);
        w.WriteBoolean("askedBeforeVisit", decision.AskedBeforeVisit);
        w.WriteString("headline", decision.Headline);
        if (decision.PossibleOutcomes is { } range)
        {
            w.WriteStartObject("possibleOutcomes");
            w.WriteString("best", JsonNames.Of(range.Best));
            w.WriteString("worst", JsonNames.Of(range.Worst));
            w.WriteBoolean("exhaustive", range.Exhaustive);
            w.WriteEndObject();
            w.WriteStartArray("checks");
            foreach (var c in decision.Checks)
            {
                w.WriteStartObject();
                w.WriteString("fact", c.Fact);
                w.WriteString("text", c.Text);
                w.WriteString("where", c.Where);
                w.WriteString("worstIfUnfavourable", JsonNames.Of(c.WorstIfUnfavourable));
                JsonWriting.Strings(w, "couldRaise", c.CouldRaise);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteStartArray("findings");
        foreach (var f in decision.Findings)
        {
            w.WriteStartObject();
            w.WriteString("code", f.Code);
            w.WriteString("title", f.Title);
            w.WriteString("cause", JsonNames.Of(f.Cause));
            w.WriteString("severity", JsonNames.Of(f.Severity));
            if (f.Caps is { } caps)
            {
                w.WriteString("caps", JsonNames.Of(caps));
            }
            else
            {
                w.WriteNull("caps");
            }

            w.WriteString("rule", f.Rule);
            w.WriteString("message", f.Message);
            w.WriteStartArray("remedies");
            foreach (var r in f.Remedies)
            {
                w.WriteStartObject();
                w.WriteString("code", r.Code);
                w.WriteString("text", r.Text);
                w.WriteString("role", JsonNames.Of(r.Role));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (f.NoFix is { } noFix)
            {
                w.WriteString("noFix", noFix);
            }

            w.WriteString("basis", f.Basis);
            JsonWriting.Strings(w, "facts", f.Facts);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        JsonWriting.Strings(w, "selfPayItems", decision.SelfPayItems);
        w.WriteStartArray("trace");
        foreach (var t in decision.Trace)
        {
            w.WriteStartObject();
            w.WriteString("rule", t.Rule);
            JsonWriting.Strings(w, "facts", t.Facts);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (decision.Provenance is { } provenance)
        {
            w.WriteStartObject("provenance");
            w.WriteString("library", provenance.Library);
            w.WriteString("rules", provenance.Rules);
            w.WriteStartArray("policies");
            foreach (var p in provenance.Policies)
            {
                w.WriteStartObject();
                w.WriteString("region", p.Region);
                w.WriteString("name", p.Name);
                w.WriteString("hash", p.Hash);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
