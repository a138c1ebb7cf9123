using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Json;

/// <summary>Writes a case document: the person, filings, qualifications, hospital and encounter.</summary>
internal static class CaseJsonWriter
{
    public static byte[] Write(SettlementCase c, bool indented) => JsonWriting.Write(indented, w =>
    {
        // A fact the case lists as unknown is left out; the list itself comes last.
        var unknown = c.UnknownFacts.Count == 0 ? null : new HashSet<string>(c.UnknownFacts, StringComparer.Ordinal);
        bool Known(string path) => unknown is null || !unknown.Contains(path);
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", unknown is null ? SettlementJson.SchemaVersion : SettlementJson.PartialSchemaVersion);
        JsonWriting.Date(w, "asOf", c.AsOf);
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
        if (Known(FactPaths.Contribution))
        {
            w.WriteStartObject("contribution");
            w.WriteString("status", JsonNames.Of(c.Person.Contribution.Status));
            JsonWriting.Date(w, "benefitsResumeOn", c.Person.Contribution.BenefitsResumeOn);
            w.WriteEndObject();
        }

        if (Known(FactPaths.IdentityVerified))
        {
            w.WriteBoolean("identityVerified", c.Person.IdentityVerified);
        }

        if (Known(FactPaths.Card))
        {
            w.WriteString("card", JsonNames.Of(c.Person.Card));
        }

        if (Known(FactPaths.EVoucherActivated))
        {
            w.WriteBoolean("eVoucherActivated", c.Person.EVoucherActivated);
        }

        if (Known(FactPaths.PersonalAccountPaymentEnabled))
        {
            w.WriteBoolean("personalAccountPaymentEnabled", c.Person.PersonalAccountPaymentEnabled);
        }

        w.WriteEndObject();
        if (Known(FactPaths.Filings))
        {
            w.WriteStartArray("filings");
        }

        foreach (var f in c.Filings)
        {
            w.WriteStartObject();
            w.WriteString("id", f.Id);
            w.WriteString("reason", JsonNames.Of(f.Reason));
            w.WriteString("destinationRegion", f.DestinationRegion.ToString());
            JsonWriting.Date(w, "validFrom", f.ValidFrom);
            JsonWriting.Date(w, "validUntil", f.ValidUntil);
            w.WriteString("status", JsonNames.Of(f.Status));
            w.WriteString("basis", JsonNames.Of(f.Basis));
            w.WriteEndObject();
        }

        if (Known(FactPaths.Filings))
        {
            w.WriteEndArray();
        }

        if (Known(FactPaths.Qualifications))
        {
            w.WriteStartArray("qualifications");
        }

        for (var k = 0; k < c.Qualifications.Count; k++)
        {
            var q = c.Qualifications[k];
            w.WriteStartObject();
            w.WriteString("condition", q.Condition);
            JsonWriting.Date(w, "validFrom", q.ValidFrom);
            JsonWriting.Date(w, "validUntil", q.ValidUntil);
            if (q.DesignatedHospitals is { } designated && (unknown is null || Known(FactPaths.DesignatedHospitals(k))))
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

        if (Known(FactPaths.Qualifications))
        {
            w.WriteEndArray();
        }

        w.WriteStartObject("hospital");
        w.WriteString("id", c.Hospital.Id);
        if (c.Hospital.Name is not null)
        {
            w.WriteString("name", c.Hospital.Name);
        }

        w.WriteString("region", c.Hospital.Region.ToString());
        if (Known(FactPaths.CrossRegionServices))
        {
            w.WriteStartObject("crossRegionServices");
            w.WriteBoolean("inpatient", c.Hospital.CrossRegionServices.Inpatient);
            w.WriteBoolean("generalOutpatient", c.Hospital.CrossRegionServices.GeneralOutpatient);
            JsonWriting.Strings(w, "chronicConditions", c.Hospital.CrossRegionServices.ChronicConditions);
            w.WriteBoolean("intraProvinceOnly", c.Hospital.CrossRegionServices.IntraProvinceOnly);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteStartObject("encounter");
        w.WriteString("setting", JsonNames.Of(c.Encounter.Setting));
        JsonWriting.Date(w, "date", c.Encounter.Date);
        JsonWriting.Date(w, "dischargeDate", c.Encounter.DischargeDate);
        if (c.Encounter.Condition is { } condition)
        {
            w.WriteString("condition", condition);
        }
        else
        {
            w.WriteNull("condition");
        }

        w.WriteStartArray("items");
        for (var k = 0; k < c.Encounter.Items.Count; k++)
        {
            var i = c.Encounter.Items[k];
            w.WriteStartObject();
            w.WriteString("code", i.Code);
            if (i.Description is not null)
            {
                w.WriteString("description", i.Description);
            }

            w.WriteNumber("amount", i.Amount);
            if (unknown is null || Known(FactPaths.ItemInCatalog(k)))
            {
                w.WriteBoolean("inCatalog", i.InCatalog);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        if (unknown is not null)
        {
            JsonWriting.Strings(w, "unknownFacts", c.UnknownFacts);
        }

        w.WriteEndObject();
    });
}
