using System.Globalization;
using System.Text.Json.Nodes;
using RulesCore.Settlement.Json;
using RulesCore.Testing;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Tests.Json;

/// <summary>
/// A document the library writes, broken in one place, fails its schema there: the schema tests that pass real
/// documents would catch a writer that breaks the contract. (Cases and hospital directories are checked value by value
/// against the reader in <see cref="SchemaAgreementTests"/> and <see cref="HospitalDirectorySchemaTests"/>.)
/// </summary>
public class SchemaViolationTests
{
    private static readonly EvaluationOptions English = new() { Language = Languages.English };

    /// <summary>A decision with findings, remedies, trace and provenance: its filing has expired.</summary>
    private static string Decision() =>
        SettlementJson.WriteDecision(Fixtures.Evaluator.Evaluate(Cases.CrossProvinceOutpatient().WithExpiredFiling().Build(), English));

    private static string Errors() =>
        SettlementJson.WriteErrors(new[] { new InputError("filings[0].validUntil", InputErrorCodes.DateBeforeStart, "m") });

    private static string Plan() =>
        SettlementJson.WritePlan(Fixtures.Evaluator.Plan(Cases.CrossProvinceOutpatient().WithExpiredFiling().AsOf("2025-03-01").Build(), English));

    private static string WhyNot() =>
        SettlementJson.WriteWhyNot(Fixtures.Evaluator.Explain(Cases.CrossProvinceOutpatient().WithExpiredFiling().Build(), "filing.covers", English));

    private static string Document(string schema) => schema switch
    {
        "decision" => Decision(),
        "errors" => Errors(),
        "plan" => Plan(),
        "why-not" => WhyNot(),
        _ => throw new ArgumentException(schema),
    };

    public static TheoryData<string> Written() => new("decision", "errors", "plan", "why-not");

    [Theory]
    [MemberData(nameof(Written))]
    public void TheDocumentAsWritten_PassesItsSchema(string schema) => Assert.Empty(Schemas.Violations(schema, Document(schema)));

    /// <summary>
    /// A change to a written document (the JSON Pointer of a value, and its new JSON text; <c>null</c> removes it) and
    /// the place the schema must report.
    /// </summary>
    public static TheoryData<string, string, string?, string> Breaks() => new()
    {
        { "decision", "/outcome", "\"maybe\"", "/outcome" },
        { "decision", "/schemaVersion", "3", "/schemaVersion" },
        { "decision", "/rateReductionPoints", "101", "/rateReductionPoints" },
        { "decision", "/rateReductionPoints", "\"0\"", "/rateReductionPoints" },
        { "decision", "/findings/0/code", "\"filing_expired\"", "/findings/0/code" },
        { "decision", "/findings/0/code", "\"FILING_EXPIRED\\n\"", "/findings/0/code" },
        { "decision", "/findings/0/cause", "\"paperwork\"", "/findings/0/cause" },
        { "decision", "/findings/0/remedies/0/code", "\"renew\"", "/findings/0/remedies/0/code" },
        { "decision", "/findings/0/message", null, "/findings/0" },
        { "decision", "/trace/0/rule", "\"Filing.Expired\"", "/trace/0/rule" },
        { "decision", "/provenance/rules", "\"not a hash\"", "/provenance/rules" },
        { "decision", "/trace", null, "" },
        { "decision", "/extra", "1", "/extra" },
        { "errors", "/errors", null, "" },
        { "errors", "/errors/0/code", "\"date before start\"", "/errors/0/code" },
        { "errors", "/errors/0/path", "1", "/errors/0/path" },
        { "errors", "/schemaVersion", "2", "/schemaVersion" },
        { "plan", "/current/outcome", "\"maybe\"", "/current/outcome" },
        { "plan", "/current/findings", null, "/current" },
        { "plan", "/reachable", "\"soon\"", "/reachable" },
        { "plan", "/truncated", "\"no\"", "/truncated" },
        { "plan", "/steps", null, "" },
        { "plan", "/steps/0/remedy", "\"renew\"", "/steps/0/remedy" },
        { "why-not", "/decision/outcome", "\"maybe\"", "/decision/outcome" },
        { "why-not", "/asked", null, "" },
        { "why-not", "/rules/0/status", "\"skipped\"", "/rules/0/status" },
        { "why-not", "/rules/0/rule", "\"filing covers\"", "/rules/0/rule" },
    };

    [Theory]
    [MemberData(nameof(Breaks))]
    public void ADocumentBrokenInOnePlace_FailsItsSchema_There(string schema, string pointer, string? value, string reported)
    {
        var broken = Changed(Document(schema), pointer, value);

        var violations = Schemas.Violations(schema, broken);

        Assert.NotEmpty(violations);
        Assert.True(violations.Any(v => v.StartsWith(reported + ":", StringComparison.Ordinal)), $"expected a violation at '{reported}', got:\n{string.Join("\n", violations)}");
    }

    /// <summary>A JSON document with the value at a JSON Pointer replaced (or added to an object), or removed when <paramref name="value"/> is null.</summary>
    private static string Changed(string json, string pointer, string? value)
    {
        var root = JsonNode.Parse(json)!;
        var steps = pointer.Split('/').Skip(1).ToArray();
        var parent = steps.Take(steps.Length - 1).Aggregate(root, (node, step) => node is JsonArray array ? array[int.Parse(step, CultureInfo.InvariantCulture)]! : node[step]!);
        var last = steps[^1];
        if (parent is JsonArray list)
        {
            var index = int.Parse(last, CultureInfo.InvariantCulture);
            Assert.True(index < list.Count, $"{pointer} is not in the written document");
            list[index] = value is null ? null : JsonNode.Parse(value);
        }
        else if (value is null)
        {
            Assert.True(parent.AsObject().Remove(last), $"{pointer} is not in the written document");
        }
        else
        {
            parent[last] = JsonNode.Parse(value);
        }

        return root.ToJsonString();
    }
}
