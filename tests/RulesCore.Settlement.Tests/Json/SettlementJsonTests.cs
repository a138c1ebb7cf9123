using RulesCore.Testing;
using System.Text;
using System.Text.Json;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Tests.Json;

public class SettlementJsonTests
{
    private static IReadOnlyList<InputError> Errors(string json)
    {
        Assert.False(SettlementJson.TryReadCase(Encoding.UTF8.GetBytes(json), out var c, out var errors));
        Assert.Null(c);
        return errors;
    }

    private static string Sample(string name) => File.ReadAllText(RepositoryFiles.PathOf("samples", "cases", name));

    public static TheoryData<string> Samples() => new(Directory.GetFiles(RepositoryFiles.PathOf("samples", "cases"), "*.json").OrderBy(f => f, StringComparer.Ordinal).Select(Path.GetFileName)!);

    [Fact]
    public void ControlAndFormatCharacters_AreEscaped_SoNoDocumentCarriesThemRaw()
    {
        // C1 controls were escaped already; format characters (bidirectional overrides and isolates, zero-width
        // characters, the soft hyphen) went out raw and could reorder or hide text wherever the document is shown.
        var c = SettlementJson.ReadCase(Encoding.UTF8.GetBytes(Sample("000-pingyi-employee-shanghai-inpatient-only-hospital.json")), null);
        const string name = "甲\u202E院\u2066\u200B\u200F\u061C\u0085\u00AD乙";

        var written = SettlementJson.WriteCase(c with { Hospital = c.Hospital with { Name = name } });

        Assert.Contains("\"甲\\u202E院\\u2066\\u200B\\u200F\\u061C\\u0085\\u00AD乙\"", written, StringComparison.Ordinal);
        Assert.DoesNotContain(written.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal), CaseLimits.IsControlCharacter);
        Assert.Equal(name, SettlementJson.ReadCase(Encoding.UTF8.GetBytes(written), null).Hospital.Name);
        Assert.Equal(SettlementJson.WriteCase(c), SettlementJson.WriteCase(SettlementJson.ReadCase(Encoding.UTF8.GetBytes(SettlementJson.WriteCase(c)), null)));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void SampleCase_ValidatesAgainstTheSchema_AndRoundTrips(string name)
    {
        var json = Sample(name);
        Assert.Empty(Schemas.Violations("case", json));

        var c = SettlementJson.ReadCase(Encoding.UTF8.GetBytes(json), null);
        var written = SettlementJson.WriteCase(c);
        Assert.Empty(Schemas.Violations("case", written));
        Assert.Equal(written, SettlementJson.WriteCase(SettlementJson.ReadCase(Encoding.UTF8.GetBytes(written), null)));
        Assert.True(JsonElementDeepEquals(JsonDocument.Parse(json).RootElement, JsonDocument.Parse(written).RootElement), "The written case differs from the sample.");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void SampleDecision_ValidatesAgainstTheDecisionSchema(string name)
    {
        var decision = Fixtures.Evaluator.Evaluate(SettlementJson.ReadCase(Encoding.UTF8.GetBytes(Sample(name)), null));

        foreach (var indented in new[] { true, false })
        {
            Assert.Empty(Schemas.Violations("decision", SettlementJson.WriteDecision(decision, indented)));
        }
    }

    [Fact]
    public void ContractExample_Reads()
    {
        var json = """
            {
              "schemaVersion": 1, "asOf": "2025-03-12",
              "person": { "insuredRegion": "430100", "scheme": "employee", "contribution": { "status": "active", "benefitsResumeOn": null },
                          "identityVerified": true, "card": "valid", "eVoucherActivated": false, "personalAccountPaymentEnabled": true },
              "filings": [ { "id": "F1", "reason": "otherTemporary", "destinationRegion": "420100",
                             "validFrom": "2024-08-01", "validUntil": "2025-01-31", "status": "active", "basis": "materials" } ],
              "qualifications": [ { "condition": "hypertension", "validFrom": "2024-01-01", "validUntil": null } ],
              "hospital": { "id": "H1", "name": "…", "region": "420106",
                            "crossRegionServices": { "inpatient": true, "generalOutpatient": true, "chronicConditions": ["hypertension"], "intraProvinceOnly": false } },
              "encounter": { "setting": "generalOutpatient", "date": "2025-03-10", "dischargeDate": null, "condition": null,
                             "items": [ { "code": "A01", "description": "…", "amount": 120.50, "inCatalog": true } ] }
            }
            """;

        var c = SettlementJson.ReadCase(Encoding.UTF8.GetBytes(json), null);
        var d = Fixtures.Evaluator.Evaluate(c);

        Assert.Equal(Fixtures.D("2025-03-12"), c.AsOf);
        Assert.Equal(120.50m, c.Encounter.Items[0].Amount);
        Assert.Equal(Outcome.PayThenClaim, d.Outcome);
        Assert.Equal(new[] { FindingCodes.FilingExpired, FindingCodes.FilingRetroactiveAsk }, d.Findings.Select(f => f.Code));
    }

    [Fact]
    public void DecisionDocument_HasTheContractShape()
    {
        var d = Cases.CrossProvinceOutpatient().WithFilings().WithEncounter(e => e with { Setting = CareSetting.Inpatient }).Evaluate();

        var root = JsonDocument.Parse(SettlementJson.WriteDecision(d)).RootElement;

        Assert.Equal(new[] { "schemaVersion", "outcome", "rateReductionPoints", "asOf", "askedBeforeVisit", "headline", "findings", "selfPayItems", "trace", "provenance" }, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2025-03-10", root.GetProperty("asOf").GetString());
        Assert.False(root.GetProperty("askedBeforeVisit").GetBoolean());
        Assert.Equal("Pay in full, then claim at the insured region", root.GetProperty("headline").GetString());
        var provenance = root.GetProperty("provenance");
        Assert.Equal(Fixtures.Evaluator.RulesFingerprint, provenance.GetProperty("rules").GetString());
        Assert.Equal("national", Assert.Single(provenance.GetProperty("policies").EnumerateArray()).GetProperty("region").GetString());
        Assert.Equal("payThenClaim", root.GetProperty("outcome").GetString());
        var info = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("code").GetString() == FindingCodes.FilingRetroactiveAvailable);
        Assert.Equal(JsonValueKind.Null, info.GetProperty("caps").ValueKind);
        Assert.Equal("info", info.GetProperty("severity").GetString());
        Assert.Equal("filing", info.GetProperty("cause").GetString());
        Assert.Equal("FILE_RETROACTIVELY", info.GetProperty("remedies")[0].GetProperty("code").GetString());
        Assert.Equal("fix", info.GetProperty("remedies")[0].GetProperty("role").GetString());
        Assert.False(info.TryGetProperty("noFix", out _));
        Assert.Contains(root.GetProperty("trace").EnumerateArray(), t => t.GetProperty("rule").GetString() == "filing.missing");
    }

    [Fact]
    public void DecisionDocument_AskedBeforeTheVisit_SaysSo_AndAFindingWithNoFixSaysWhy()
    {
        var before = JsonDocument.Parse(SettlementJson.WriteDecision(Cases.CrossProvinceOutpatient().WithFilings().AsOf("2025-03-01").Evaluate(Languages.Chinese))).RootElement;
        var unqualified = JsonDocument.Parse(SettlementJson.WriteDecision(Cases.CrossProvinceOutpatient().WithChronicCondition(Conditions.Hypertension).WithoutQualification().Evaluate())).RootElement;

        Assert.Equal("2025-03-01", before.GetProperty("asOf").GetString());
        Assert.True(before.GetProperty("askedBeforeVisit").GetBoolean());
        Assert.Equal("如果按目前情况就医：先全额垫付，再回参保地手工报销", before.GetProperty("headline").GetString());
        Assert.Equal(new[] { "fix", "claim", "claim" }, before.GetProperty("findings")[0].GetProperty("remedies").EnumerateArray().Select(r => r.GetProperty("role").GetString()));
        var finding = unqualified.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("code").GetString() == FindingCodes.QualificationMissing);
        Assert.Contains("cannot be backdated", finding.GetProperty("noFix").GetString(), StringComparison.Ordinal);
        Assert.Equal("nextTime", finding.GetProperty("remedies")[0].GetProperty("role").GetString());
    }

    [Fact]
    public void DecisionDocument_KeepsChineseReadable()
    {
        var d = Cases.CrossProvinceOutpatient().WithFilings().Evaluate(Languages.Chinese);

        Assert.Contains("备案", SettlementJson.WriteDecision(d));
    }

    [Fact]
    public void ErrorDocument_HasTheContractShape()
    {
        var json = SettlementJson.WriteErrors(new[] { new InputError("filings[0].validUntil", "DATE_BEFORE_START", "m") });

        Assert.Empty(Schemas.Violations("errors", json));
        Assert.Equal("filings[0].validUntil", JsonDocument.Parse(json).RootElement.GetProperty("errors")[0].GetProperty("path").GetString());
    }

    [Fact]
    public void UnknownProperty_IsAnErrorNamingIt()
    {
        var json = Sample("settles-directly-long-term-resident.json").Replace("\"scheme\"", "\"schem\": \"employee\", \"scheme\"", StringComparison.Ordinal);

        var error = Assert.Single(Errors(json));

        Assert.Equal(("person.schem", InputErrorCodes.UnknownProperty), (error.Path, error.Code));
    }

    [Fact]
    public void WrongTypes_AreErrorsWithPaths()
    {
        var json = Sample("settles-directly-long-term-resident.json")
            .Replace("\"identityVerified\": true", "\"identityVerified\": \"yes\"", StringComparison.Ordinal)
            .Replace("\"amount\": 25.0", "\"amount\": \"25\"", StringComparison.Ordinal)
            .Replace("\"filings\": [", "\"filings\": [ 5, ", StringComparison.Ordinal);

        var errors = Errors(json).Select(e => (e.Path, e.Code)).ToArray();

        Assert.Contains(("person.identityVerified", InputErrorCodes.WrongType), errors);
        Assert.Contains(("encounter.items[0].amount", InputErrorCodes.WrongType), errors);
        Assert.Contains(("filings[0]", InputErrorCodes.WrongType), errors);
    }

    [Fact]
    public void EverySemanticProblem_IsListedTooWithThePath()
    {
        var json = Sample("000-changsha-wuhan-expired-six-month-filing.json")
            .Replace("\"validUntil\": null", "\"validUntil\": \"2020-01-01\"", StringComparison.Ordinal)
            .Replace("\"insuredRegion\": \"430100\"", "\"insuredRegion\": \"43010\"", StringComparison.Ordinal)
            .Replace("\"reason\": \"otherTemporary\"", "\"reason\": \"holiday\"", StringComparison.Ordinal)
            .Replace("\"date\": \"2025-02-10\"", "\"date\": \"2025-02-30\"", StringComparison.Ordinal);

        var errors = Errors(json).Select(e => (e.Path, e.Code)).ToArray();

        Assert.Equal(
            new[]
            {
                ("person.insuredRegion", InputErrorCodes.InvalidRegion), ("filings[0].reason", InputErrorCodes.UnknownValue),
                ("encounter.date", InputErrorCodes.InvalidDate), ("filings[0].validUntil", InputErrorCodes.DateBeforeStart),
            },
            errors);
    }

    [Fact]
    public void MissingRequiredParts_AreListed()
    {
        var errors = Errors("""{ "schemaVersion": 1, "person": null, "filings": [ {} ] }""").Select(e => e.Path).ToArray();

        Assert.Contains("person", errors);
        Assert.Contains("hospital", errors);
        Assert.Contains("encounter", errors);
        Assert.Contains("filings[0].id", errors);
        Assert.Contains("filings[0].validFrom", errors);
        Assert.Contains("filings[0].destinationRegion", errors);
    }

    [Theory]
    [InlineData("", InputErrorCodes.InvalidJson)]
    [InlineData("{", InputErrorCodes.InvalidJson)]
    [InlineData("[]", InputErrorCodes.WrongType)]
    [InlineData("{ \"schemaVersion\": 3 }", InputErrorCodes.UnsupportedSchemaVersion)]
    [InlineData("{ \"person\": 1, \"person\": 2 }", InputErrorCodes.DuplicateProperty)]
    [InlineData("{ /* comment */ }", InputErrorCodes.InvalidJson)]
    public void MalformedDocuments_GiveAnErrorDocument(string json, string code)
    {
        Assert.Contains(Errors(json), e => e.Code == code);
    }

    [Fact]
    public void DeepNesting_IsRejectedAsInvalidJson()
    {
        var json = new string('[', 1000) + new string(']', 1000);

        Assert.Equal(InputErrorCodes.InvalidJson, Assert.Single(Errors(json)).Code);
    }

    [Fact]
    public void InvalidUtf8_IsRejected()
    {
        var bytes = Encoding.UTF8.GetBytes(Sample("settles-directly-long-term-resident.json"));
        bytes[bytes.Length / 2] = 0xff;

        Assert.False(SettlementJson.TryReadCase(bytes, out _, out var errors));
        Assert.Equal(InputErrorCodes.InvalidJson, errors[0].Code);
    }

    [Fact]
    public void LoneSurrogateEscapes_AreErrorsNotExceptions()
    {
        // Found by the JSON fuzzer: "\ud800" is well-formed JSON but not valid Unicode; decoding it used to throw.
        var json = Sample("settles-directly-long-term-resident.json");

        var inValue = Errors(json.Replace("\"date\": \"2025-03-10\"", "\"date\": \"\\ud800\"", StringComparison.Ordinal));
        var inKey = Errors(json.Replace("\"encounter\": {", "\"\\udc00\": 1, \"encounter\": {", StringComparison.Ordinal));

        Assert.Equal(("encounter.date", InputErrorCodes.WrongType), (inValue[0].Path, inValue[0].Code));
        Assert.Equal(("$", InputErrorCodes.InvalidJson), (inKey[0].Path, inKey[0].Code));
    }

    [Fact]
    public void HugeNumbersAndStrings_AreOutOfRangeOrTooLarge()
    {
        var json = Sample("settles-directly-long-term-resident.json")
            .Replace("\"amount\": 25.0", "\"amount\": 1e400", StringComparison.Ordinal)
            .Replace("\"id\": \"H1\"", "\"id\": \"" + new string('x', 5000) + "\"", StringComparison.Ordinal);

        var errors = Errors(json).Select(e => (e.Path, e.Code)).ToArray();

        Assert.Contains(("encounter.items[0].amount", InputErrorCodes.OutOfRange), errors);
        Assert.Contains(("hospital.id", InputErrorCodes.TooLarge), errors);
    }

    [Fact]
    public void Limits_AreOptions()
    {
        var json = Encoding.UTF8.GetBytes(Sample("settles-directly-long-term-resident.json"));

        Assert.False(SettlementJson.TryReadCase(json, out _, out var tooBig, new SettlementJsonOptions { MaxDocumentBytes = 100 }));
        Assert.Equal(("$", InputErrorCodes.TooLarge), (tooBig[0].Path, tooBig[0].Code));
        Assert.False(SettlementJson.TryReadCase(json, out _, out var tooMany, new SettlementJsonOptions { MaxCollection = 1 }));
        Assert.Equal(InputErrorCodes.TooLarge, tooMany[0].Code);
        Assert.True(SettlementJson.TryReadCase(json, out _, out _, new SettlementJsonOptions()));
    }

    [Fact]
    public void ReadCase_Stream_RespectsTheSizeLimit()
    {
        var bytes = Encoding.UTF8.GetBytes(Sample("settles-directly-long-term-resident.json"));

        Assert.NotNull(SettlementJson.ReadCase(new MemoryStream(bytes), null));
        var e = Assert.Throws<InvalidCaseException>(() => SettlementJson.ReadCase(new MemoryStream(bytes), new SettlementJsonOptions { MaxDocumentBytes = 10 }));
        Assert.Equal(InputErrorCodes.TooLarge, e.Errors[0].Code);
    }

    [Fact]
    public void ErrorMessages_NeverEchoValues()
    {
        var json = Sample("settles-directly-long-term-resident.json")
            .Replace("\"scheme\": \"employee\"", "\"scheme\": \"ZZSECRET\"", StringComparison.Ordinal)
            .Replace("\"id\": \"F1\"", "\"id\": 12345678", StringComparison.Ordinal)
            .Replace("\"validFrom\": \"2024-01-01\"", "\"validFrom\": \"ZZSECRET-date\"", StringComparison.Ordinal);

        var errors = Errors(json);

        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.DoesNotContain("ZZSECRET", e.Message));
        Assert.All(errors, e => Assert.DoesNotContain("12345678", e.Message));
    }

    private static readonly JsonElement Null = JsonDocument.Parse("null").RootElement;

    private static JsonElement PropertyOrNull(JsonElement e, string name) => e.TryGetProperty(name, out var value) ? value : Null;

    private static bool JsonElementDeepEquals(JsonElement a, JsonElement b)
    {
        if (a.ValueKind != b.ValueKind)
        {
            return false;
        }

        return a.ValueKind switch
        {
            // An absent property and an explicit null mean the same.
            JsonValueKind.Object => a.EnumerateObject().Select(p => p.Name).Union(b.EnumerateObject().Select(p => p.Name))
                .All(name => JsonElementDeepEquals(PropertyOrNull(a, name), PropertyOrNull(b, name))),
            JsonValueKind.Array => a.GetArrayLength() == b.GetArrayLength() && a.EnumerateArray().Zip(b.EnumerateArray(), JsonElementDeepEquals).All(x => x),
            JsonValueKind.Number => a.GetDecimal() == b.GetDecimal(),
            _ => a.GetRawText() == b.GetRawText(),
        };
    }
}
