using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Json;

/// <summary>Writes the plan document: the current decision, the steps that change it, what cannot be fixed and the hospitals tried.</summary>
internal static class PlanJsonWriter
{
    public static byte[] Write(SettlementPlan plan, bool indented) => JsonWriting.Write(indented, w =>
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", SettlementJson.SchemaVersion);
        w.WritePropertyName("current");
        DecisionJsonWriter.Write(w, plan.Current);
        w.WriteString("reachable", JsonNames.Of(plan.Reachable));
        w.WriteStartArray("steps");
        foreach (var step in plan.Steps)
        {
            w.WriteStartObject();
            w.WriteString("remedy", step.Remedy);
            w.WriteString("text", step.Text);
            w.WriteString("who", JsonWriting.Camel(step.Who.ToString()));
            w.WriteString("where", step.Where);
            JsonWriting.Date(w, "before", step.Before);
            if (step.Hospital is not null)
            {
                w.WriteString("hospital", step.Hospital);
            }

            w.WriteString("outcomeAfter", JsonNames.Of(step.DecisionAfter.Outcome));
            w.WriteNumber("rateReductionPointsAfter", step.DecisionAfter.RateReductionPoints);
            JsonWriting.Strings(w, "findingsAfter", step.DecisionAfter.Findings.Select(f => f.Code).ToArray());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("unfixable");
        foreach (var problem in plan.Unfixable)
        {
            w.WriteStartObject();
            w.WriteString("code", problem.Code);
            w.WriteString("title", problem.Title);
            w.WriteString("reason", problem.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("hospitals");
        foreach (var hospital in plan.Hospitals)
        {
            w.WriteStartObject();
            w.WriteString("id", hospital.Id);
            if (hospital.Name is null)
            {
                w.WriteNull("name");
            }
            else
            {
                w.WriteString("name", hospital.Name);
            }

            w.WriteString("region", hospital.Region.ToString());
            w.WriteString("outcome", JsonNames.Of(hospital.Outcome));
            w.WriteNumber("rateReductionPoints", hospital.RateReductionPoints);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteBoolean("truncated", plan.Truncated);
        JsonWriting.Strings(w, "notTried", plan.NotTried);
        w.WriteEndObject();
    });
}
