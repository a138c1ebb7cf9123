using System.Collections.Concurrent;
using System.Text.Json;
using Json.Schema;
using SchemaEvaluationOptions = Json.Schema.EvaluationOptions;

namespace RulesCore.Settlement.Tests.Json;

/// <summary>
/// The contract's JSON Schemas (<c>schemas/*.schema.json</c>) as a standard validator, JsonSchema.Net, evaluates them:
/// every file built into one registry of its own, so a <c>$ref</c> to another file resolves by its <c>$id</c> without
/// the network; <c>format</c> is asserted (a <c>date</c> must be a real day); unknown keywords fail the build of a schema.
/// </summary>
internal static class Schemas
{
    /// <summary>Every schema file, by name (<c>case</c> is <c>schemas/case.schema.json</c>).</summary>
    public static readonly string[] Names = { "case", "decision", "errors", "why-not", "hospital-directory", "plan" };

    /// <summary>The draft every schema declares, and the one JsonSchema.Net 8 evaluates by default.</summary>
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    private static readonly Lazy<IReadOnlyDictionary<string, JsonSchema>> Built = new(() =>
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return Names.ToDictionary(name => name, name => JsonSchema.FromText(File.ReadAllText(PathOf(name)), options), StringComparer.Ordinal);
    });

    private static readonly SchemaEvaluationOptions Evaluation = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.List };

    private static readonly ConcurrentDictionary<string, JsonSchema> PatternSchemas = new(StringComparer.Ordinal);

    /// <summary>One evaluation at a time: evaluating a schema may resolve and cache its references.</summary>
    private static readonly object Gate = new();

    public static string PathOf(string name) => RepositoryFiles.PathOf("schemas", name + ".schema.json");

    /// <summary>A schema file as JSON, to read its keywords.</summary>
    public static JsonElement Text(string name) => JsonDocument.Parse(File.ReadAllText(PathOf(name))).RootElement;

    public static JsonSchema Named(string name) => Built.Value[name];

    /// <summary>
    /// Where a document breaks its schema, one line per failed keyword (<c>/findings/0/code: pattern: …</c>); empty
    /// when the document is valid.
    /// </summary>
    public static IReadOnlyList<string> Violations(string name, JsonElement document) => Violations(Named(name), document);

    public static IReadOnlyList<string> Violations(string name, string json)
    {
        using var document = JsonDocument.Parse(json);
        return Violations(name, document.RootElement);
    }

    /// <summary>Whether a text matches a schema's <c>pattern</c>, as the validator matches it.</summary>
    public static bool Matches(string pattern, string text)
    {
        var schema = PatternSchemas.GetOrAdd(pattern, p => JsonSchema.FromText(
            JsonSerializer.Serialize(new Dictionary<string, string> { ["type"] = "string", ["pattern"] = p }),
            new BuildOptions { SchemaRegistry = new SchemaRegistry() }));
        return Violations(schema, JsonSerializer.SerializeToElement(text)).Count == 0;
    }

    private static IReadOnlyList<string> Violations(JsonSchema schema, JsonElement document)
    {
        EvaluationResults results;
        lock (Gate)
        {
            results = schema.Evaluate(document, Evaluation);
        }

        if (results.IsValid)
        {
            return Array.Empty<string>();
        }

        var violations = (results.Details ?? new List<EvaluationResults>()).Prepend(results)
            .Where(r => !r.IsValid && r.Errors is not null)
            .SelectMany(r => r.Errors!.Select(e => $"{r.InstanceLocation}: {e.Key}: {e.Value}"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return violations.Count > 0 ? violations : new[] { "invalid, with no error reported" };
    }
}
