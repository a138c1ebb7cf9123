using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RulesCore.Settlement.Hospitals;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Tests.Json;

/// <summary>
/// <c>schemas/hospital-directory.schema.json</c> and the directory reader agree: an entry is a case's hospital (the
/// same schema, so the two cannot drift) plus its level; the limits are the reader's; what one rejects the other does.
/// </summary>
public class HospitalDirectorySchemaTests
{
    private static readonly JsonElement DirectorySchema = Schemas.Text("hospital-directory");
    private static readonly JsonElement CaseSchema = Schemas.Text("case");

    private const string ValidEntry = """
        { "id": "H1", "name": "h", "region": "420106", "level": "三级甲等",
          "crossRegionServices": { "inpatient": true, "generalOutpatient": false, "chronicConditions": ["hypertension"], "intraProvinceOnly": false } }
        """;

    private static JsonElement Entry => DirectorySchema.GetProperty("items");

    [Fact]
    public void AnEntry_IsACasesHospital_PlusItsLevel()
    {
        var hospital = CaseSchema.GetProperty("properties").GetProperty("hospital");
        var properties = Entry.GetProperty("properties");

        Assert.Equal(
            hospital.GetProperty("properties").EnumerateObject().Select(p => p.Name).Append("level").OrderBy(n => n, StringComparer.Ordinal),
            properties.EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal));
        foreach (var name in new[] { "id", "region", "crossRegionServices" })
        {
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(hospital.GetProperty("properties").GetProperty(name).GetRawText()), JsonNode.Parse(properties.GetProperty(name).GetRawText())), name);
        }

        // A case may list its hospital's services as unknown; a directory's entry always gives them.
        Assert.Equal(
            hospital.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).Concat(Model.RequiredMembersTests.RequiredUnlessUnknown(CaseSchema, new[] { "hospital" })).OrderBy(n => n, StringComparer.Ordinal),
            Entry.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).OrderBy(n => n, StringComparer.Ordinal));
        Assert.False(Entry.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(CaseLimits.MaxTextLength, properties.GetProperty("name").GetProperty("maxLength").GetInt32());
        Assert.Equal(CaseLimits.MaxTextLength, properties.GetProperty("level").GetProperty("maxLength").GetInt32());
    }

    [Fact]
    public void TheDirectorysLimits_AreTheReadersDefaults()
    {
        Assert.Equal(HospitalDirectoryOptions.DefaultMaxHospitals, DirectorySchema.GetProperty("maxItems").GetInt32());
        Assert.Contains(HospitalDirectoryOptions.DefaultMaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), DirectorySchema.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains(HospitalDirectoryOptions.DefaultMaxHospitals.ToString(System.Globalization.CultureInfo.InvariantCulture), DirectorySchema.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheSampleDirectory_PassesBoth()
    {
        var text = File.ReadAllText(RepositoryFiles.PathOf("samples", "hospitals", "directory.json"));

        Assert.Empty(Schemas.Violations("hospital-directory", text));
        Assert.True(HospitalDirectory.TryReadJson(new MemoryStream(Encoding.UTF8.GetBytes(text)), out _, out _));
    }

    public static TheoryData<string, string, string> Violations() => new()
    {
        { "level", "\"" + new string('x', 1025) + "\"", InputErrorCodes.TooLarge },
        { "level", "3", InputErrorCodes.WrongType },
        { "name", "\"" + new string('x', 1025) + "\"", InputErrorCodes.TooLarge },
        { "id", "\"" + new string('x', 257) + "\"", InputErrorCodes.TooLarge },
        { "id", "\"H\\u202e1\"", InputErrorCodes.InvalidCharacter },
        { "id", "\"  \"", InputErrorCodes.Required },
        { "region", "\"990100\"", InputErrorCodes.InvalidRegion },
        { "beds", "300", InputErrorCodes.UnknownProperty },
        { "crossRegionServices.inpatient", "\"true\"", InputErrorCodes.WrongType },
        { "crossRegionServices.chronicConditions", "[\"High-blood-pressure\"]", InputErrorCodes.InvalidCondition },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void AViolation_FailsTheSchema_AsTheReaderRejectsIt(string property, string value, string code)
    {
        var document = Replaced(property, value);
        HospitalDirectory.TryReadJson(new MemoryStream(Encoding.UTF8.GetBytes(document)), out _, out var errors);

        var at = "/0/" + property.Replace('.', '/');
        Assert.Contains(Schemas.Violations("hospital-directory", document), v => v.StartsWith(at + ":", StringComparison.Ordinal) || v.StartsWith(at + "/", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path.StartsWith("[0]." + property, StringComparison.Ordinal) && e.Code == code);
    }

    public static TheoryData<string, string> Limits() => new()
    {
        { "level", "\"" + new string('x', 1024) + "\"" },
        { "level", "null" },
        { "name", "\"" + new string('x', 1024) + "\"" },
        { "id", "\"" + new string('x', 256) + "\"" },
        { "region", "\"820000\"" },
        { "crossRegionServices.chronicConditions", "[\"myLocalCondition\"]" },
    };

    [Theory]
    [MemberData(nameof(Limits))]
    public void AValueAtTheLimit_PassesBoth(string property, string value)
    {
        var document = Replaced(property, value);

        Assert.Empty(Schemas.Violations("hospital-directory", document));
        Assert.True(HospitalDirectory.TryReadJson(new MemoryStream(Encoding.UTF8.GetBytes(document)), out _, out var errors), string.Join("; ", errors));
    }

    /// <summary>A directory of the valid entry with one property (<c>crossRegionServices.inpatient</c>) set to a JSON value.</summary>
    private static string Replaced(string property, string value)
    {
        var entry = JsonNode.Parse(ValidEntry)!;
        var steps = property.Split('.');
        var parent = steps.Take(steps.Length - 1).Aggregate(entry, (node, step) => node[step]!);
        parent[steps[^1]] = JsonNode.Parse(value);
        return "[" + entry.ToJsonString() + "]";
    }
}
