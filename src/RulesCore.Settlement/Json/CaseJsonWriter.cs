using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Json;

/// <summary>Writes a case document: the person, filings, qualifications, hospital and encounter.</summary>
internal static class CaseJsonWriter
{
    public static byte[] Write(SettlementCase c, bool indented) => JsonWriting.Write(indented, w =>
    {
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", SettlementJson.SchemaVersion);
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
        w.WriteStartObject("contribution");
        w.WriteString("status", JsonNames.Of(c.Person.Contribution.Status));
        JsonWriting.Date(w, "benefitsResumeOn", c.Person.Contribution.BenefitsResumeOn);
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
            JsonWriting.Date(w, "validFrom", f.ValidFrom);
            JsonWriting.Date(w, "validUntil", f.ValidUntil);
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
            JsonWriting.Date(w, "validFrom", q.ValidFrom);
            JsonWriting.Date(w, "validUntil", q.ValidUntil);
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
        JsonWriting.Strings(w, "chronicConditions", c.Hospital.CrossRegionServices.ChronicConditions);
        w.WriteBoolean("intraProvinceOnly", c.Hospital.CrossRegionServices.IntraProvinceOnly);
        w.WriteEndObject();
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
}
