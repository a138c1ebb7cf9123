namespace RulesCore.Fuzz;

/// <summary>A valid case the pack target evaluates under each pack (the long-term resident who settles directly).</summary>
internal static class Seed
{
    public const string Case = """
        { "schemaVersion": 1,
          "person": { "insuredRegion": "430100", "scheme": "employee", "contribution": { "status": "active" }, "identityVerified": true,
                      "card": "valid", "eVoucherActivated": false, "personalAccountPaymentEnabled": true },
          "filings": [ { "id": "F1", "reason": "otherTemporary", "destinationRegion": "420100", "validFrom": "2025-01-01", "validUntil": null,
                         "status": "active", "basis": "materials" } ],
          "qualifications": [ { "condition": "diabetes", "validFrom": "2024-01-01" } ],
          "hospital": { "id": "H1", "region": "420106",
                        "crossRegionServices": { "inpatient": true, "generalOutpatient": true, "chronicConditions": ["diabetes"] } },
          "encounter": { "setting": "emergency", "date": "2025-03-10",
                         "items": [ { "code": "A01", "amount": 25.0, "inCatalog": true }, { "code": "B07", "amount": 1, "inCatalog": false } ] } }
        """;
}
