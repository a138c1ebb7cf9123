using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Tests.Json;

/// <summary>
/// The schemas in <c>schemas/</c> state the limits the library enforces, taken from the code (CaseLimits, the reader's
/// default options, the enums, Conditions), so the two cannot drift; and every property says what it means in Chinese
/// and in English.
/// </summary>
public class SchemaAgreementTests
{
    private static readonly JsonElement CaseSchema = Schemas.Text("case");
    private static readonly JsonElement DecisionSchema = Schemas.Text("decision");
    private static readonly JsonElement ErrorsSchema = Schemas.Text("errors");

    private static readonly SettlementJsonOptions Reader = SettlementJsonOptions.Default;

    /// <summary>Every array of a case and the most entries the library accepts in it.</summary>
    private static readonly Dictionary<string, int> CaseArrays = new(StringComparer.Ordinal)
    {
        ["filings"] = Math.Min(CaseLimits.MaxFilings, Reader.MaxCollection),
        ["qualifications"] = Math.Min(CaseLimits.MaxFilings, Reader.MaxCollection),
        ["qualifications[].designatedHospitals"] = Math.Min(CaseLimits.MaxFilings, Reader.MaxCollection),
        ["hospital.crossRegionServices.chronicConditions"] = Math.Min(CaseLimits.MaxFilings, Reader.MaxCollection),
        ["encounter.items"] = Math.Min(CaseLimits.MaxItems, Reader.MaxCollection),
        ["unknownFacts"] = Math.Min(CaseLimits.MaxItems, Reader.MaxCollection),
    };

    /// <summary>Every string of a case, by what the library checks in it.</summary>
    private static readonly Dictionary<string, string> CaseStrings = new(StringComparer.Ordinal)
    {
        ["asOf"] = "date",
        ["person.name"] = "text",
        ["person.idNumber"] = "text",
        ["person.insuredRegion"] = "region",
        ["person.scheme"] = "enum",
        ["person.contribution.status"] = "enum",
        ["person.contribution.benefitsResumeOn"] = "date",
        ["person.card"] = "enum",
        ["filings[].id"] = "id",
        ["filings[].reason"] = "enum",
        ["filings[].destinationRegion"] = "region",
        ["filings[].validFrom"] = "date",
        ["filings[].validUntil"] = "date",
        ["filings[].status"] = "enum",
        ["filings[].basis"] = "enum",
        ["qualifications[].condition"] = "condition",
        ["qualifications[].validFrom"] = "date",
        ["qualifications[].validUntil"] = "date",
        ["qualifications[].designatedHospitals[]"] = "id",
        ["hospital.id"] = "id",
        ["hospital.name"] = "text",
        ["hospital.region"] = "region",
        ["hospital.crossRegionServices.chronicConditions[]"] = "condition",
        ["encounter.setting"] = "enum",
        ["encounter.date"] = "date",
        ["encounter.dischargeDate"] = "date",
        ["encounter.condition"] = "condition",
        ["encounter.items[].code"] = "id",
        ["encounter.items[].description"] = "text",
        ["unknownFacts[]"] = "fact",
    };

    private static readonly Dictionary<string, Type> CaseEnums = new(StringComparer.Ordinal)
    {
        ["person.scheme"] = typeof(InsuranceScheme),
        ["person.contribution.status"] = typeof(ContributionStatus),
        ["person.card"] = typeof(CardStatus),
        ["filings[].reason"] = typeof(FilingReason),
        ["filings[].status"] = typeof(FilingStatus),
        ["filings[].basis"] = typeof(FilingBasis),
        ["encounter.setting"] = typeof(CareSetting),
    };

    /// <summary>A valid case with every list non-empty; the violations below change one value of it.</summary>
    private const string ValidCase = """
        {
          "schemaVersion": 1, "asOf": "2025-03-12",
          "person": { "name": "n", "idNumber": "i", "insuredRegion": "430100", "scheme": "employee",
                      "contribution": { "status": "active", "benefitsResumeOn": null },
                      "identityVerified": true, "card": "valid", "eVoucherActivated": false, "personalAccountPaymentEnabled": true },
          "filings": [ { "id": "F1", "reason": "otherTemporary", "destinationRegion": "420100",
                         "validFrom": "2024-08-01", "validUntil": "2025-01-31", "status": "active", "basis": "materials" } ],
          "qualifications": [ { "condition": "hypertension", "validFrom": "2024-01-01", "validUntil": null, "designatedHospitals": ["H1"] } ],
          "hospital": { "id": "H1", "name": "h", "region": "420106",
                        "crossRegionServices": { "inpatient": true, "generalOutpatient": true, "chronicConditions": ["hypertension"], "intraProvinceOnly": false } },
          "encounter": { "setting": "generalOutpatient", "date": "2025-03-10", "dischargeDate": null, "condition": null,
                         "items": [ { "code": "A01", "description": "d", "amount": 120.50, "inCatalog": true } ] }
        }
        """;

    /// <summary>The schema of a property: <c>filings[].id</c> is the id of an entry of filings.</summary>
    private static JsonElement At(JsonElement schema, string path)
    {
        foreach (var step in path.Split('.'))
        {
            var name = step.Replace("[]", string.Empty, StringComparison.Ordinal);
            if (name.Length > 0)
            {
                schema = schema.GetProperty("properties").GetProperty(name);
            }

            for (var i = 0; i < (step.Length - name.Length) / 2; i++)
            {
                schema = schema.GetProperty("items");
            }
        }

        return schema;
    }

    /// <summary>Every property schema below a node, with its path in the form <see cref="At"/> reads.</summary>
    private static IEnumerable<(string Path, JsonElement Schema)> Properties(JsonElement schema, string path = "")
    {
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                var propertyPath = path.Length == 0 ? property.Name : path + "." + property.Name;
                yield return (propertyPath, property.Value);
                foreach (var inner in Properties(property.Value, propertyPath))
                {
                    yield return inner;
                }
            }
        }

        if (schema.TryGetProperty("$defs", out var definitions))
        {
            foreach (var definition in definitions.EnumerateObject())
            {
                yield return ("$defs." + definition.Name, definition.Value);
                foreach (var inner in Properties(definition.Value, "$defs." + definition.Name))
                {
                    yield return inner;
                }
            }
        }

        if (schema.TryGetProperty("items", out var items))
        {
            yield return (path + "[]", items);
            foreach (var inner in Properties(items, path + "[]"))
            {
                yield return inner;
            }
        }
    }

    private static bool Allows(JsonElement schema, string type) =>
        schema.TryGetProperty("type", out var t) && (t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().Any(x => x.GetString() == type) : t.GetString() == type);

    private static string Pattern(JsonElement schema) => schema.GetProperty("pattern").GetString()!;

    private static bool Matches(string pattern, string text) => Schemas.Matches(pattern, text);

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    [Fact]
    public void EveryArrayOfACase_HasTheLibrarysMaxItems()
    {
        var arrays = Properties(CaseSchema).Where(p => Allows(p.Schema, "array")).ToDictionary(p => p.Path, p => p.Schema.GetProperty("maxItems").GetInt32());

        Assert.Equal(CaseArrays.OrderBy(p => p.Key, StringComparer.Ordinal), arrays.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void EveryStringOfACase_IsBoundedAsTheLibraryChecksIt()
    {
        var strings = Properties(CaseSchema).Where(p => Allows(p.Schema, "string") || p.Schema.TryGetProperty("enum", out _)).Select(p => p.Path);
        Assert.Equal(CaseStrings.Keys.OrderBy(k => k, StringComparer.Ordinal), strings.OrderBy(k => k, StringComparer.Ordinal));

        foreach (var (path, kind) in CaseStrings)
        {
            var schema = At(CaseSchema, path);
            switch (kind)
            {
                case "id":
                    Assert.Equal(Math.Min(CaseLimits.MaxIdLength, Reader.MaxStringLength), schema.GetProperty("maxLength").GetInt32());
                    Assert.Equal(1, schema.GetProperty("minLength").GetInt32());
                    Assert.Equal(Pattern(At(CaseSchema, "hospital.id")), Pattern(schema));
                    break;
                case "text":
                    Assert.Equal(Math.Min(CaseLimits.MaxTextLength, Reader.MaxStringLength), schema.GetProperty("maxLength").GetInt32());
                    break;
                case "date":
                    Assert.Equal("date", schema.GetProperty("format").GetString());
                    Assert.Equal(Pattern(At(CaseSchema, "encounter.date")), Pattern(schema));
                    Assert.Contains(CaseLimits.MinDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), schema.GetProperty("description").GetString(), StringComparison.Ordinal);
                    Assert.Contains(CaseLimits.MaxDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), schema.GetProperty("description").GetString(), StringComparison.Ordinal);
                    break;
                case "region":
                    Assert.Equal(Pattern(At(CaseSchema, "hospital.region")), Pattern(schema));
                    break;
                case "fact":
                    var fixedPaths = typeof(FactPaths).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);
                    Assert.Equal(fixedPaths.OrderBy(n => n, StringComparer.Ordinal), Strings(schema.GetProperty("anyOf")[0].GetProperty("enum")).OrderBy(n => n, StringComparer.Ordinal));
                    foreach (var indexed in new[] { FactPaths.DesignatedHospitals(0), FactPaths.DesignatedHospitals(12), FactPaths.ItemInCatalog(7), "qualifications[01].designatedHospitals", "encounter.items[-1].inCatalog", "encounter.items[1].inCatalogue" })
                    {
                        var bySchema = Matches(Pattern(schema.GetProperty("anyOf")[1]), indexed) || Matches(Pattern(schema.GetProperty("anyOf")[2]), indexed);
                        Assert.Equal(UnknownFactSet.TryParse(indexed, out _), bySchema);
                    }

                    break;
                case "condition":
                    Assert.Equal(Strings(At(CaseSchema, "encounter.condition").GetProperty("anyOf")[0].GetProperty("enum")), Strings(schema.GetProperty("anyOf")[0].GetProperty("enum")));
                    Assert.Equal(Pattern(At(CaseSchema, "encounter.condition").GetProperty("anyOf")[1]), Pattern(schema.GetProperty("anyOf")[1]));
                    break;
                default:
                    Assert.True(CaseEnums.ContainsKey(path), path);
                    break;
            }
        }
    }

    [Fact]
    public void IdPattern_RejectsExactlyWhatTheLibraryRejects()
    {
        // The library works on UTF-16 characters; so does this check. (A format character outside the BMP — a
        // surrogate pair to the library — is accepted by it and refused by a code-point validator: the schema says so.)
        var pattern = Pattern(At(CaseSchema, "hospital.id"));
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }

            var ch = ((char)c).ToString();
            Assert.True(Matches(pattern, "H" + ch + "1") == !CaseLimits.IsControlCharacter((char)c), $"U+{c:X4} inside an id");
            Assert.True(Matches(pattern, ch) == (!string.IsNullOrWhiteSpace(ch) && !CaseLimits.IsControlCharacter((char)c)), $"U+{c:X4} alone");
        }

        Assert.False(Matches(pattern, "   "));
        Assert.True(Matches(pattern, " H 1 "));
        Assert.False(Matches(pattern, "H1\n"));
        Assert.False(Matches(pattern, "H1\r\n"));
    }

    [Fact]
    public void Amount_IsBoundedAsTheLibraryBoundsIt()
    {
        var amount = At(CaseSchema, "encounter.items[].amount");

        Assert.Equal(0m, amount.GetProperty("minimum").GetDecimal());
        Assert.Equal(CaseLimits.MaxAmount, amount.GetProperty("maximum").GetDecimal());
    }

    [Fact]
    public void DatePattern_HoldsTheLibrarysDateRange()
    {
        var pattern = Pattern(At(CaseSchema, "encounter.date"));
        static string Text(DateTime d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        Assert.True(Matches(pattern, Text(CaseLimits.MinDate)));
        Assert.True(Matches(pattern, Text(CaseLimits.MaxDate)));
        Assert.False(Matches(pattern, Text(CaseLimits.MinDate.AddDays(-1))));
        Assert.False(Matches(pattern, Text(CaseLimits.MaxDate.AddDays(1))));
        for (var d = CaseLimits.MinDate; d <= CaseLimits.MaxDate; d = d.AddDays(97))
        {
            Assert.True(Matches(pattern, Text(d)), Text(d));
        }

        Assert.False(Matches(pattern, "2025-3-10"));
        Assert.False(Matches(pattern, "2025-03-10T00:00:00"));
    }

    [Fact]
    public void EveryEnumOfACase_ListsExactlyTheValuesTheReaderAccepts()
    {
        var enums = Properties(CaseSchema).Where(p => p.Schema.TryGetProperty("enum", out _)).Select(p => p.Path);
        Assert.Equal(CaseEnums.Keys.OrderBy(k => k, StringComparer.Ordinal), enums.OrderBy(k => k, StringComparer.Ordinal));

        foreach (var (path, type) in CaseEnums)
        {
            // Every enum of a case starts at 1: 0 is "never set", refused by validation.
            var expected = Enum.GetValues(type).Cast<object>().Where(v => Convert.ToInt32(v, CultureInfo.InvariantCulture) != 0).Select(v => CamelCase(v.ToString()!));
            var listed = Strings(At(CaseSchema, path).GetProperty("enum"));
            Assert.Equal(expected.OrderBy(v => v, StringComparer.Ordinal), listed.OrderBy(v => v, StringComparer.Ordinal));

            foreach (var value in listed)
            {
                var at = path.Replace("[]", "[0]", StringComparison.Ordinal);
                Assert.DoesNotContain(ReadWith(path, JsonValue.Create(value)), e => e.Path == at);
                Assert.Contains(ReadWith(path, JsonValue.Create(char.ToUpperInvariant(value[0]) + value.Substring(1))), e => e.Path == at && e.Code == InputErrorCodes.UnknownValue);
            }
        }
    }

    [Fact]
    public void EveryEnumOfADecision_ListsTheLibrarysValues()
    {
        static string[] Of<T>() where T : struct, Enum => Enum.GetNames(typeof(T)).Select(CamelCase).ToArray();

        // "undetermined" is no outcome of the library's: the document's word for an open range of a partial case.
        Assert.Equal(Of<Outcome>().Append("undetermined"), Strings(At(DecisionSchema, "outcome").GetProperty("enum")));
        Assert.Equal(Of<Outcome>(), Strings(At(DecisionSchema, "possibleOutcomes.best").GetProperty("enum")));
        Assert.Equal(Of<Outcome>(), Strings(At(DecisionSchema, "possibleOutcomes.worst").GetProperty("enum")));
        Assert.Equal(Of<Outcome>(), Strings(At(DecisionSchema, "checks[].worstIfUnfavourable").GetProperty("enum")));
        Assert.Equal(Of<Cause>(), Strings(At(DecisionSchema, "findings[].cause").GetProperty("enum")));
        Assert.Equal(Of<Severity>(), Strings(At(DecisionSchema, "findings[].severity").GetProperty("enum")));
        var caps = At(DecisionSchema, "findings[].caps").GetProperty("enum").EnumerateArray().ToArray();
        Assert.Equal(Of<Outcome>(), caps.Where(c => c.ValueKind == JsonValueKind.String).Select(c => c.GetString()!));
        Assert.Single(caps, c => c.ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public void ConditionIdentifiers_AreTheNationalListOrTheLibrarysLocalRule()
    {
        var national = typeof(Conditions).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToArray();
        var anyOf = At(CaseSchema, "encounter.condition").GetProperty("anyOf");

        Assert.Equal(national.OrderBy(n => n, StringComparer.Ordinal), Strings(anyOf[0].GetProperty("enum")).OrderBy(n => n, StringComparer.Ordinal));
        var candidates = national.Concat(new[]
        {
            "a", "z", "aB1", "copd2", "myLocalCondition", new string('a', 64), new string('a', 65), "a" + new string('Z', 63), "", "A", "1a", "Hypertension",
            "a-b", "a_b", "a b", "a.b", "é", "aé", "aΩ", "a\u0660", "a1", "a\n", "a\r\n", " a",
        });
        foreach (var path in new[] { "encounter.condition", "qualifications[0].condition", "hospital.crossRegionServices.chronicConditions[0]" })
        {
            foreach (var candidate in candidates)
            {
                // The schema and the reader accept the same identifiers, wherever a case names a condition.
                var inSchema = Schemas.Violations("case", Replaced(path, JsonValue.Create(candidate)).RootElement).Count == 0;
                var byReader = !ReadWith(path, JsonValue.Create(candidate)).Any(e => e.Path == path);
                Assert.True(inSchema == byReader, $"{path} = \"{candidate}\": the schema {(inSchema ? "accepts" : "rejects")} it, the reader {(byReader ? "accepts" : "rejects")} it");
            }
        }
    }

    [Fact]
    public void RegionPattern_AcceptsExactlyWhatRegionCodeParses()
    {
        var pattern = Pattern(At(CaseSchema, "hospital.region"));
        var pack = Pattern(At(DecisionSchema, "provenance.policies[].region"));
        for (var prefix = 0; prefix < 100; prefix++)
        {
            foreach (var rest in new[] { "0000", "0100", "0106", "9999" })
            {
                var code = prefix.ToString("D2", CultureInfo.InvariantCulture) + rest;
                var parses = RegionCode.TryParse(code, out var region);
                Assert.True(Matches(pattern, code) == parses, code);
                Assert.True(Matches(pack, code) == (parses && (region.IsProvince || region.IsCity)), code);
            }
        }

        foreach (var code in new[] { "43010", "4301000", "43010a", " 430100", "430100\n", "４３０１００" })
        {
            Assert.False(RegionCode.TryParse(code, out _));
            Assert.False(Matches(pattern, code), code);
        }

        Assert.True(Matches(pack, "national"));
    }

    [Fact]
    public void CodesAndRuleIds_MatchTheDecisionAndErrorPatterns()
    {
        var finding = Pattern(At(DecisionSchema, "findings[].code"));
        var remedy = Pattern(At(DecisionSchema, "findings[].remedies[].code"));
        var error = Pattern(At(ErrorsSchema, "errors[].code"));
        var rule = Pattern(At(DecisionSchema, "findings[].rule"));
        Assert.Equal(rule, Pattern(At(DecisionSchema, "trace[].rule")));
        static IEnumerable<string> Constants(Type type) => type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

        Assert.All(Constants(typeof(FindingCodes)).Concat(Fixtures.Evaluator.Rules.SelectMany(r => r.Findings)), c => Assert.Matches(finding, c));
        Assert.All(Constants(typeof(RemedyCodes)), c => Assert.Matches(remedy, c));
        Assert.All(Constants(typeof(InputErrorCodes)), c => Assert.Matches(error, c));
        Assert.All(Fixtures.Evaluator.Rules, r => Assert.Matches(rule, r.Id));
        Assert.Equal(Math.Min(CaseLimits.MaxItems, Reader.MaxCollection), At(DecisionSchema, "selfPayItems").GetProperty("maxItems").GetInt32());
        Assert.Equal(Pattern(At(CaseSchema, "encounter.items[].code")), Pattern(At(DecisionSchema, "selfPayItems[]")));
    }

    public static TheoryData<string> SchemaNames() => new(Schemas.Names);

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void EverySchema_IsDraft2020_12_AndBuildsWithOnlyKnownKeywords(string name)
    {
        Assert.Equal(Schemas.Draft, Schemas.Text(name).GetProperty("$schema").GetString());
        Assert.Equal(new Uri(Schemas.Text(name).GetProperty("$id").GetString()!), Schemas.Named(name).BaseUri);
    }

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void EveryPropertyAndObject_IsDescribedInChineseAndEnglish(string name)
    {
        var schema = Schemas.Text(name);
        var nodes = Properties(schema).Append(("$", schema)).ToArray();
        Assert.All(nodes.Where(n => n.Item2.TryGetProperty("anyOf", out _)), n => Assert.All(n.Item2.GetProperty("anyOf").EnumerateArray(), a => Described(n.Item1, a)));
        Assert.All(nodes, n => Described(n.Item1, n.Item2));

        static void Described(string path, JsonElement node)
        {
            Assert.True(node.TryGetProperty("description", out var description), $"{path} has no description");
            var text = description.GetString()!;
            Assert.True(text.Any(c => c is >= '\u4e00' and <= '\u9fff'), $"{path}: no Chinese in \"{text}\"");
            Assert.True(Regex.IsMatch(text, "[A-Za-z]{3,}"), $"{path}: no English in \"{text}\"");
        }
    }

    public static TheoryData<string, string, string> Violations() => new()
    {
        { "filings", "1001 filings", InputErrorCodes.TooLarge },
        { "qualifications", "1001 qualifications", InputErrorCodes.TooLarge },
        { "qualifications[0].designatedHospitals", "1001 ids", InputErrorCodes.TooLarge },
        { "hospital.crossRegionServices.chronicConditions", "1001 conditions", InputErrorCodes.TooLarge },
        { "encounter.items", "10001 items", InputErrorCodes.TooLarge },
        { "person.name", "1025 characters", InputErrorCodes.TooLarge },
        { "encounter.items[0].description", "1025 characters", InputErrorCodes.TooLarge },
        { "hospital.id", "257 characters", InputErrorCodes.TooLarge },
        { "filings[0].id", "", InputErrorCodes.Required },
        { "filings[0].id", "   ", InputErrorCodes.Required },
        { "hospital.id", "H\u0007", InputErrorCodes.InvalidCharacter },
        { "hospital.id", "H\u0085", InputErrorCodes.InvalidCharacter },
        { "hospital.id", "H\u202e1", InputErrorCodes.InvalidCharacter },
        { "qualifications[0].designatedHospitals[0]", "H\u2028", InputErrorCodes.InvalidCharacter },
        { "encounter.items[0].amount", "-0.01", InputErrorCodes.OutOfRange },
        { "encounter.items[0].amount", "1000000000.01", InputErrorCodes.OutOfRange },
        { "encounter.date", "1899-12-31", InputErrorCodes.InvalidDate },
        { "filings[0].validUntil", "3000-01-01", InputErrorCodes.InvalidDate },
        { "asOf", "2025-02-30", InputErrorCodes.InvalidDate },
        { "person.scheme", "Employee", InputErrorCodes.UnknownValue },
        { "encounter.setting", "outpatient", InputErrorCodes.UnknownValue },
        { "person.insuredRegion", "990100", InputErrorCodes.InvalidRegion },
        { "hospital.region", "42010", InputErrorCodes.InvalidRegion },
        { "encounter.condition", "Hypertension", InputErrorCodes.InvalidCondition },
        { "qualifications[0].condition", "high-blood-pressure", InputErrorCodes.InvalidCondition },
        { "hospital.crossRegionServices.chronicConditions[0]", "a" + new string('b', 64), InputErrorCodes.InvalidCondition },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void AViolation_FailsTheSchema_AsTheLibraryRejectsIt(string path, string value, string code)
    {
        var errors = ReadWith(path, Value(path, value));

        Assert.Contains(Schemas.Violations("case", Replaced(path, Value(path, value)).RootElement), v => v.StartsWith(Pointer(path) + ":", StringComparison.Ordinal) || v.StartsWith(Pointer(path) + "/", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == path && e.Code == code);
    }

    public static TheoryData<string, string> Limits() => new()
    {
        { "filings", "1000 filings" },
        { "qualifications[0].designatedHospitals", "1000 ids" },
        { "hospital.crossRegionServices.chronicConditions", "1000 conditions" },
        { "encounter.items", "10000 items" },
        { "person.name", "1024 characters" },
        { "hospital.id", "256 characters" },
        { "encounter.items[0].code", " A 1 " },
        { "encounter.items[0].amount", "1000000000" },
        { "encounter.items[0].amount", "0" },
        { "encounter.date", "1900-01-01" },
        { "filings[0].validUntil", "2999-12-31" },
        { "encounter.condition", "myLocalCondition" },
        { "hospital.crossRegionServices.chronicConditions[0]", "a" + new string('b', 63) },
        { "person.insuredRegion", "820000" },
    };

    [Theory]
    [MemberData(nameof(Limits))]
    public void AValueAtTheLimit_PassesTheSchema_AsTheLibraryAcceptsIt(string path, string value)
    {
        Assert.Empty(Schemas.Violations("case", Replaced(path, Value(path, value)).RootElement));
        Assert.Empty(ReadWith(path, Value(path, value)));
    }

    [Fact]
    public void TheValidCase_PassesBoth()
    {
        Assert.Empty(Schemas.Violations("case", ValidCase));
        Assert.True(SettlementJson.TryReadCase(Encoding.UTF8.GetBytes(ValidCase), out _, out _));
    }

    /// <summary>A JSON value from its shorthand: "N things" is an array of N distinct entries, "N characters" a string; an amount is a number.</summary>
    private static JsonNode Value(string path, string value)
    {
        var words = value.Split(' ');
        if (words.Length == 2 && int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return words[1] switch
            {
                "characters" => JsonValue.Create(new string('x', n)),
                "filings" => Many(n, i => JsonNode.Parse($$"""{ "id": "F{{i}}", "reason": "otherTemporary", "destinationRegion": "420100", "validFrom": "2024-08-01", "status": "active", "basis": "materials" }""")!),
                "qualifications" => Many(n, i => JsonNode.Parse("""{ "condition": "diabetes", "validFrom": "2024-01-01" }""")!),
                "ids" => Many(n, i => JsonValue.Create("H" + i)),
                "conditions" => Many(n, i => JsonValue.Create("c" + i)),
                "items" => Many(n, i => JsonNode.Parse($$"""{ "code": "A{{i}}", "amount": 1, "inCatalog": true }""")!),
                _ => throw new ArgumentException(value),
            };
        }

        return path.EndsWith(".amount", StringComparison.Ordinal) ? JsonValue.Create(decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture)) : JsonValue.Create(value);
    }

    /// <summary>The JSON Pointer of a path: <c>filings[0].id</c> is <c>/filings/0/id</c>.</summary>
    private static string Pointer(string path) => "/" + path.Replace("[", ".", StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal).Replace('.', '/');

    private static JsonArray Many(int count, Func<int, JsonNode> entry) => new(Enumerable.Range(0, count).Select(entry).ToArray<JsonNode?>());

    /// <summary>The valid case with the value at a path (<c>filings[0].id</c>) replaced; <c>filings[].id</c> replaces it in the first entry.</summary>
    private static JsonDocument Replaced(string path, JsonNode value)
    {
        var root = JsonNode.Parse(ValidCase)!;
        var steps = Regex.Matches(path.Replace("[]", "[0]", StringComparison.Ordinal), @"[^.\[\]]+|\[\d+\]").Select(m => m.Value).ToArray();
        var parent = root;
        for (var i = 0; i < steps.Length - 1; i++)
        {
            parent = steps[i][0] == '[' ? parent[int.Parse(steps[i].Trim('[', ']'), CultureInfo.InvariantCulture)]! : parent[steps[i]]!;
        }

        var last = steps[^1];
        if (last[0] == '[')
        {
            parent[int.Parse(last.Trim('[', ']'), CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            parent[last] = value;
        }

        return JsonDocument.Parse(root.ToJsonString());
    }

    private static IReadOnlyList<InputError> ReadWith(string path, JsonNode value)
    {
        using var document = Replaced(path, value);
        SettlementJson.TryReadCase(Encoding.UTF8.GetBytes(document.RootElement.GetRawText()), out _, out var errors);
        return errors;
    }
}
