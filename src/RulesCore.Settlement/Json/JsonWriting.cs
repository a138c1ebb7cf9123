using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Json;

/// <summary>Writes the interchange documents with a fixed property order, so equal values give equal bytes.</summary>
internal static class JsonWriting
{
    // Chinese text stays readable; characters significant in HTML are still escaped, and so is every control character
    // in CaseLimits' sense (\u202E): the encoder alone lets format characters through — bidirectional overrides and
    // isolates, zero-width characters — which reorder or hide text wherever the document is shown.
    private static readonly JavaScriptEncoder Encoder = CreateEncoder();

    /// <summary>An encoder that writes every character as it is but those significant in HTML and the control characters (<see cref="CaseLimits.IsControlCharacter"/>).</summary>
    internal static JavaScriptEncoder CreateEncoder()
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

    public static byte[] Decision(SettlementDecision decision, bool indented) => Write(indented, w => Decision(w, decision));

    public static void Decision(Utf8JsonWriter w, SettlementDecision decision)
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", SettlementJson.SchemaVersion);
        w.WriteString("outcome", JsonNames.Of(decision.Outcome));
        w.WriteNumber("rateReductionPoints", decision.RateReductionPoints);
        w.WriteStartArray("findings");
        foreach (var f in decision.Findings)
        {
            w.WriteStartObject();
            w.WriteString("code", f.Code);
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
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("basis", f.Basis);
            Strings(w, "facts", f.Facts);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Strings(w, "selfPayItems", decision.SelfPayItems);
        w.WriteStartArray("trace");
        foreach (var t in decision.Trace)
        {
            w.WriteStartObject();
            w.WriteString("rule", t.Rule);
            Strings(w, "facts", t.Facts);
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

    public static byte[] Plan(SettlementPlan plan, bool indented) => Write(indented, w =>
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", SettlementJson.SchemaVersion);
        w.WritePropertyName("current");
        Decision(w, plan.Current);
        w.WriteString("reachable", JsonNames.Of(plan.Reachable));
        w.WriteStartArray("steps");
        foreach (var step in plan.Steps)
        {
            w.WriteStartObject();
            w.WriteString("remedy", step.Remedy);
            w.WriteString("text", step.Text);
            w.WriteString("who", Camel(step.Who.ToString()));
            w.WriteString("where", step.Where);
            Date(w, "before", step.Before);
            if (step.Hospital is not null)
            {
                w.WriteString("hospital", step.Hospital);
            }

            w.WriteString("outcomeAfter", JsonNames.Of(step.DecisionAfter.Outcome));
            w.WriteNumber("rateReductionPointsAfter", step.DecisionAfter.RateReductionPoints);
            Strings(w, "findingsAfter", step.DecisionAfter.Findings.Select(f => f.Code).ToArray());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("unfixable");
        foreach (var problem in plan.Unfixable)
        {
            w.WriteStartObject();
            w.WriteString("code", problem.Code);
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
        Strings(w, "notTried", plan.NotTried);
        w.WriteEndObject();
    });

    public static byte[] WhyNot(WhyNot answer, bool indented) => Write(indented, w =>
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", SettlementJson.SchemaVersion);
        w.WriteString("asked", answer.Asked);
        w.WritePropertyName("decision");
        Decision(w, answer.Decision);
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
        w.WriteString("status", Camel(rule.Status.ToString()));
        w.WriteString("description", rule.Description);
        Strings(w, "patterns", rule.Patterns);
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
            Strings(w, "facts", candidate.Facts);
            w.WriteNumber("patternsPassed", candidate.PatternsPassed);
            w.WriteStartArray("stops");
            foreach (var stop in candidate.Stops)
            {
                w.WriteStartObject();
                w.WriteNumber("pattern", stop.Pattern);
                w.WriteString("kind", Camel(stop.Kind.ToString()));
                Strings(w, "facts", stop.Facts);
                if (stop.Condition is null)
                {
                    w.WriteNull("condition");
                }
                else
                {
                    w.WriteString("condition", stop.Condition);
                }

                w.WriteString("text", stop.Text);
                w.WriteString("evidence", Camel(stop.Evidence.ToString()));
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
        Strings(w, "partial", rule.Partial);
        w.WriteEndObject();
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);

    public static byte[] Errors(IReadOnlyList<InputError> errors, bool indented) => Write(indented, w => Errors(w, errors));

    public static void Errors(Utf8JsonWriter w, IReadOnlyList<InputError> errors)
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

    public static byte[] Case(SettlementCase c, bool indented) => Write(indented, w =>
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", SettlementJson.SchemaVersion);
        Date(w, "asOf", c.AsOf);
        w.WriteStartObject("person");
        if (c.Person.Name is not null)
        {
            w.WriteString("name", c.Person.Name);
        }

        if (c.Person.IdNumber is not null)
        {
            w.WriteString("idNumber", c.Person.IdNumber);
        }

        w.WriteString("insuredRegion", c.Person.InsuredRegion.ToString());
        w.WriteString("scheme", JsonNames.Of(c.Person.Scheme));
        w.WriteStartObject("contribution");
        w.WriteString("status", JsonNames.Of(c.Person.Contribution.Status));
        Date(w, "benefitsResumeOn", c.Person.Contribution.BenefitsResumeOn);
        w.WriteEndObject();
        w.WriteBoolean("identityVerified", c.Person.IdentityVerified);
        w.WriteString("card", JsonNames.Of(c.Person.Card));
        w.WriteBoolean("eVoucherActivated", c.Person.EVoucherActivated);
        w.WriteBoolean("personalAccountPaymentEnabled", c.Person.PersonalAccountPaymentEnabled);
        w.WriteEndObject();
        w.WriteStartArray("filings");
        foreach (var f in c.Filings)
        {
            w.WriteStartObject();
            w.WriteString("id", f.Id);
            w.WriteString("reason", JsonNames.Of(f.Reason));
            w.WriteString("destinationRegion", f.DestinationRegion.ToString());
            Date(w, "validFrom", f.ValidFrom);
            Date(w, "validUntil", f.ValidUntil);
            w.WriteString("status", JsonNames.Of(f.Status));
            w.WriteString("basis", JsonNames.Of(f.Basis));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("qualifications");
        foreach (var q in c.Qualifications)
        {
            w.WriteStartObject();
            w.WriteString("condition", q.Condition);
            Date(w, "validFrom", q.ValidFrom);
            Date(w, "validUntil", q.ValidUntil);
            if (q.DesignatedHospitals is { } designated)
            {
                w.WriteStartArray("designatedHospitals");
                foreach (var id in designated)
                {
                    w.WriteStringValue(id);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("hospital");
        w.WriteString("id", c.Hospital.Id);
        if (c.Hospital.Name is not null)
        {
            w.WriteString("name", c.Hospital.Name);
        }

        w.WriteString("region", c.Hospital.Region.ToString());
        w.WriteStartObject("crossRegionServices");
        w.WriteBoolean("inpatient", c.Hospital.CrossRegionServices.Inpatient);
        w.WriteBoolean("generalOutpatient", c.Hospital.CrossRegionServices.GeneralOutpatient);
        Strings(w, "chronicConditions", c.Hospital.CrossRegionServices.ChronicConditions);
        w.WriteBoolean("intraProvinceOnly", c.Hospital.CrossRegionServices.IntraProvinceOnly);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartObject("encounter");
        w.WriteString("setting", JsonNames.Of(c.Encounter.Setting));
        Date(w, "date", c.Encounter.Date);
        Date(w, "dischargeDate", c.Encounter.DischargeDate);
        if (c.Encounter.Condition is { } condition)
        {
            w.WriteString("condition", condition);
        }
        else
        {
            w.WriteNull("condition");
        }

        w.WriteStartArray("items");
        foreach (var i in c.Encounter.Items)
        {
            w.WriteStartObject();
            w.WriteString("code", i.Code);
            if (i.Description is not null)
            {
                w.WriteString("description", i.Description);
            }

            w.WriteNumber("amount", i.Amount);
            w.WriteBoolean("inCatalog", i.InCatalog);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    });

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void Date(Utf8JsonWriter w, string name, DateTime? date)
    {
        if (date is { } d)
        {
            w.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>A writer with the documents' encoder (readable Chinese) onto a stream.</summary>
    public static Utf8JsonWriter Writer(Stream output, bool indented) => new(output, new JsonWriterOptions { Indented = indented, Encoder = Encoder });

    /// <summary>A writer with the documents' encoder (readable Chinese) onto a buffer.</summary>
    public static Utf8JsonWriter Writer(System.Buffers.IBufferWriter<byte> output, bool indented) => new(output, new JsonWriterOptions { Indented = indented, Encoder = Encoder });

    private static byte[] Write(bool indented, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = Encoder }))
        {
            write(writer);
        }

        return stream.ToArray();
    }
}
