using System.Text;
using System.Text.Json.Nodes;
using RulesCore.Settlement;

namespace RulesCore.NationalPlatform.Tests;

/// <summary>The evaluator every test shares (compiling the rules once), the synthetic samples, and message builders.</summary>
internal static class Fixtures
{
    public static SettlementEvaluator Evaluator { get; } = new();

    public static PlatformCaseBuilder Builder { get; } = new();

    public static string Sample(string name) => RepositoryFiles.PathOf("samples", "platform", name);

    public static byte[] SampleBytes(string name) => File.ReadAllBytes(Sample(name));

    public static JsonObject SampleJson(string name) => (JsonObject)JsonNode.Parse(File.ReadAllText(Sample(name)))!;

    public static byte[] Bytes(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    public static byte[] Bytes(string json) => Encoding.UTF8.GetBytes(json);

    /// <summary>The general outpatient story's messages: 1101, the 2201 registration, the 武汉 hospital.</summary>
    public static PlatformJsonMessages Outpatient() => new()
    {
        Person = SampleBytes("1101-person.json"),
        Encounter = SampleBytes("2201-encounter.json"),
        Hospital = SampleBytes("hospital-wuhan.json"),
    };

    /// <summary>Every sample message: the chronic visit with its qualification, designation and fees.</summary>
    public static PlatformJsonMessages Chronic() => new()
    {
        Person = SampleBytes("1101-person.json"),
        Chronic = SampleBytes("5301-chronic.json"),
        Designations = new ReadOnlyMemory<byte>[] { SampleBytes("5302-designations.json") },
        Encounter = SampleBytes("2201-encounter-chronic.json"),
        Fees = SampleBytes("2204-fees.json"),
        Hospital = SampleBytes("hospital-wuhan.json"),
    };

    /// <summary>A bare 1101 output with one insurance row.</summary>
    public static JsonObject Person(string insutype = "310", string status = "1", string area = "430100") => new()
    {
        ["insuinfo"] = new JsonArray(new JsonObject { ["insutype"] = insutype, ["psn_insu_stas"] = status, ["insuplc_admdvs"] = area }),
    };

    /// <summary>A bare 2201/2401 record.</summary>
    public static JsonObject Encounter(string medType = "11", string begntime = "2025-03-10 09:30:00", string? disease = null, string? credential = null)
    {
        var e = new JsonObject { ["med_type"] = medType, ["begntime"] = begntime };
        if (disease is not null)
        {
            e["dise_codg"] = disease;
        }

        if (credential is not null)
        {
            e["mdtrt_cert_type"] = credential;
        }

        return e;
    }

    public static JsonObject Hospital(bool services = true, params string[] conditions)
    {
        var h = new JsonObject { ["id"] = "H42010600001", ["name"] = "示例医院", ["region"] = "420106" };
        if (services)
        {
            h["crossRegionServices"] = new JsonObject { ["inpatient"] = true, ["generalOutpatient"] = true, ["chronicConditions"] = new JsonArray(conditions.Select(c => (JsonNode)c).ToArray()) };
        }

        return h;
    }

    public static PlatformJsonMessages Messages(JsonNode person, JsonNode encounter, JsonNode? hospital = null, JsonNode? chronic = null, JsonNode[]? designations = null, JsonNode? discharge = null, JsonNode? fees = null) => new()
    {
        Person = Bytes(person),
        Encounter = Bytes(encounter),
        Hospital = Bytes(hospital ?? Hospital()),
        Chronic = chronic is null ? (ReadOnlyMemory<byte>?)null : Bytes(chronic),
        Designations = (designations ?? Array.Empty<JsonNode>()).Select(d => (ReadOnlyMemory<byte>)Bytes(d)).ToArray(),
        Discharge = discharge is null ? (ReadOnlyMemory<byte>?)null : Bytes(discharge),
        Fees = fees is null ? (ReadOnlyMemory<byte>?)null : Bytes(fees),
    };

    public static PlatformCase Build(PlatformJsonMessages messages)
    {
        Assert.True(Builder.TryBuild(messages, out var result, out var errors), string.Join("\n", errors.Select(e => $"{e.Path}: {e.Code}: {e.Message}")));
        return result!;
    }

    public static IReadOnlyList<Settlement.Errors.InputError> Errors(PlatformJsonMessages messages)
    {
        Assert.False(Builder.TryBuild(messages, out var result, out var errors));
        Assert.Null(result);
        Assert.NotEmpty(errors);
        return errors;
    }
}
