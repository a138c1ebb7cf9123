using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace RulesCore.Samples.Http;

/// <summary>
/// What <c>/openapi/v1.json</c> says beyond what ASP.NET reads from the endpoints: the contract's JSON schemas
/// (<c>schemas/*.schema.json</c>, embedded as they are: Case, Decision, ErrorDocument), Problem (problem details whose
/// extension members are the error document's), and each endpoint's query, body and answers.
/// </summary>
internal static class OpenApiContract
{
    private static readonly int[] CaseRefusals = [400, 408, 413, 415, 503];

    public static void Configure(OpenApiOptions options) => options.AddDocumentTransformer((document, _, _) =>
    {
        document.Info = new OpenApiInfo
        {
            Title = "RulesCore HTTP sample",
            Version = "v1",
            Description = "Whether a cross-region medical visit settles directly, why not, and what to do.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        var errorDocument = Embedded("errors.schema.json", document);
        document.Components.Schemas["Case"] = Embedded("case.schema.json", document);
        document.Components.Schemas["Decision"] = Embedded("decision.schema.json", document);
        document.Components.Schemas["ErrorDocument"] = errorDocument;
        var plan = Embedded("plan.schema.json", document);
        plan.Properties!["current"] = new OpenApiSchemaReference("Decision", document);
        document.Components.Schemas["Plan"] = plan;
        document.Components.Schemas["Problem"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 7807 problem details; schemaVersion and errors are the error document's.",
            Required = new HashSet<string> { "type", "title", "status", "schemaVersion", "errors" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
                ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["schemaVersion"] = errorDocument.Properties!["schemaVersion"],
                ["errors"] = errorDocument.Properties["errors"],
            },
        };
        return Task.CompletedTask;
    });

    public static Task Evaluate(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        Exchange(operation, context, "application/json", Reference("Case", context), "The case.", Reference("Decision", context), "The decision.");
        return Task.CompletedTask;
    }

    public static Task Plan(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        Exchange(operation, context, "application/json", Reference("Case", context), "The case.", Reference("Plan", context), "The plan.");
        return Task.CompletedTask;
    }

    public static Task EvaluatePlatform(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var messages = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "The HIS's national-platform messages, each as the HIS holds it: person (1101 response), chronic (5301), designations (5302, one or an array), encounter (2201/2401 input), discharge (2402 input), fees (2204 response), hospital (one hospital-directory entry).",
            Required = new HashSet<string> { "person", "encounter", "hospital" },
        };
        var answer = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Required = new HashSet<string> { "schemaVersion", "decision", "case", "assumptions" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["schemaVersion"] = new OpenApiSchema { Type = JsonSchemaType.Integer },
                ["decision"] = Reference("Decision", context),
                ["case"] = Reference("Case", context),
                ["assumptions"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.Object } },
            },
        };
        Exchange(operation, context, "application/json", messages, "The platform messages.", answer, "The decision, the case and its assumptions.");
        return Task.CompletedTask;
    }

    public static Task EvaluateNdjson(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var answer = new OpenApiSchema { OneOf = [Reference("Decision", context), Reference("ErrorDocument", context)] };
        Exchange(operation, context, NdjsonBatch.ContentType, Reference("Case", context), "One case per line (each line at most the document limit).",
            answer, "One line per input line, in order: its decision, or its error document (a line over the limit: TOO_LARGE; no slot: BUSY).");
        return Task.CompletedTask;
    }

    private static void Exchange(OpenApiOperation operation, OpenApiOperationTransformerContext context, string contentType,
        IOpenApiSchema request, string requestText, IOpenApiSchema answer, string answerText)
    {
        operation.Parameters =
        [
            new OpenApiParameter { Name = "lang", In = ParameterLocation.Query, Description = "zh-CN (default) or en.", Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
            new OpenApiParameter { Name = "asOf", In = ParameterLocation.Query, Description = "When the question is asked, yyyy-MM-dd (default: the case's asOf, else the encounter date).", Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" } },
        ];
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = requestText,
            Content = new Dictionary<string, OpenApiMediaType> { [contentType] = new OpenApiMediaType { Schema = request } },
        };
        operation.Responses = new OpenApiResponses { ["200"] = Answer(answerText, contentType, answer) };
        foreach (var status in CaseRefusals)
        {
            var refusal = Answer(ReasonPhrases.GetReasonPhrase(status), Problems.ContentType, Reference("Problem", context));
            if (status == StatusCodes.Status503ServiceUnavailable)
            {
                // No slot of the endpoint's pool freed up within the wait.
                refusal.Headers = new Dictionary<string, IOpenApiHeader>
                {
                    ["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait before trying again.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } },
                };
            }

            operation.Responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = refusal;
        }
    }

    private static OpenApiResponse Answer(string description, string contentType, IOpenApiSchema schema) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { [contentType] = new OpenApiMediaType { Schema = schema } },
    };

    private static OpenApiSchemaReference Reference(string name, OpenApiOperationTransformerContext context) => new(name, context.Document);

    private static OpenApiSchema Embedded(string file, OpenApiDocument document)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(file)
            ?? throw new InvalidOperationException($"{file} is not embedded.");
        using var reader = new StreamReader(stream);
        var schema = OpenApiModelFactory.Parse<OpenApiSchema>(reader.ReadToEnd(), OpenApiSpecVersion.OpenApi3_1, document, out _, "json")
            ?? throw new InvalidOperationException($"{file} is not a JSON schema.");

        // The reader keeps "const" as a string ("1"); the contract's schemaVersion is the number 1.
        schema.Properties!["schemaVersion"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Integer,
            Enum = [JsonValue.Create(1)],
            Description = schema.Properties["schemaVersion"].Description,
        };
        return schema;
    }
}
