using System.Buffers;
using System.Text;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Json;

/// <summary>
/// Reads cases and writes decisions and errors in the interchange format (UTF-8 JSON, camelCase, dates
/// <c>yyyy-MM-dd</c>, enums as camelCase strings). Unknown properties, wrong types and every semantic problem are
/// reported together, each with its JSON path. Thread-safe.
/// </summary>
public static class SettlementJson
{
    /// <summary>The schema version written to every document but a partial case and its open decision (<see cref="PartialSchemaVersion"/>).</summary>
    public const int SchemaVersion = 1;

    /// <summary>
    /// The contract version a document says when it uses what version 2 added: a case that sends <c>unknownFacts</c>,
    /// a decision whose outcome is <c>undetermined</c>. Readers accept both versions.
    /// </summary>
    public const int PartialSchemaVersion = 2;

    /// <summary>Reads a case document.</summary>
    /// <param name="utf8Json">The document, UTF-8.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="SettlementJsonOptions.Default"/>.</param>
    /// <returns>The case.</returns>
    /// <exception cref="InvalidCaseException">The document is not a valid case; every problem is listed with its path.</exception>
    public static SettlementCase ReadCase(ReadOnlyMemory<byte> utf8Json, SettlementJsonOptions? options) =>
        TryReadCase(utf8Json, out var @case, out var errors, options) ? @case! : throw new InvalidCaseException(errors);

    /// <summary>Reads a case document without throwing for invalid input.</summary>
    /// <param name="utf8Json">The document, UTF-8.</param>
    /// <param name="case">The case, when valid.</param>
    /// <param name="errors">Every problem, each with its JSON path; empty when valid.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="SettlementJsonOptions.Default"/>.</param>
    /// <returns>Whether the document is a valid case.</returns>
#pragma warning disable RS0027 // The stream overload differs in its first parameter's type, never in the options.
    public static bool TryReadCase(ReadOnlyMemory<byte> utf8Json, out SettlementCase? @case, out IReadOnlyList<InputError> errors, SettlementJsonOptions? options = null)
    {
        var reader = new CaseJsonReader(options ?? SettlementJsonOptions.Default);
        @case = reader.Read(utf8Json);
        errors = reader.Errors;
        if (errors.Count > 0)
        {
            @case = null;
            return false;
        }

        return true;
    }
#pragma warning restore RS0027

    /// <summary>Reads a case document from a stream (read up to the size limit).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Limits.</param>
    /// <returns>The case.</returns>
    /// <exception cref="InvalidCaseException">The document is not a valid case, or larger than allowed.</exception>
    public static SettlementCase ReadCase(Stream utf8Json, SettlementJsonOptions? options) =>
        TryReadCase(utf8Json, out var @case, out var errors, options) ? @case! : throw new InvalidCaseException(errors);

    /// <summary>
    /// Reads a case document from a stream without throwing for invalid input. At most one byte more than
    /// <see cref="SettlementJsonOptions.MaxDocumentBytes"/> is read, whatever the stream is (a file, a pipe, a
    /// device); a longer stream is refused with <see cref="InputErrorCodes.TooLarge"/>.
    /// </summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="case">The case, when valid.</param>
    /// <param name="errors">Every problem, each with its JSON path; empty when valid.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="SettlementJsonOptions.Default"/>.</param>
    /// <returns>Whether the document is a valid case.</returns>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static bool TryReadCase(Stream utf8Json, out SettlementCase? @case, out IReadOnlyList<InputError> errors, SettlementJsonOptions? options)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        options ??= SettlementJsonOptions.Default;
        if (BoundedInput.Read(utf8Json, options.MaxDocumentBytes) is not { } bytes)
        {
            @case = null;
            errors = new[] { TooLargeDocument(options) };
            return false;
        }

        return TryReadCase(bytes, out @case, out errors, options);
    }

    /// <summary>
    /// Reads a case document from a stream without blocking a thread while it waits (read up to the size limit, as
    /// <see cref="TryReadCase(Stream, out SettlementCase?, out IReadOnlyList{InputError}, SettlementJsonOptions?)"/>).
    /// </summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The case.</returns>
    /// <exception cref="InvalidCaseException">The document is not a valid case, or larger than allowed.</exception>
    /// <exception cref="OperationCanceledException">Reading was cancelled.</exception>
    public static Task<SettlementCase> ReadCaseAsync(Stream utf8Json, CancellationToken cancellationToken) => ReadCaseAsync(utf8Json, null, cancellationToken);

    /// <summary>Reads a case document from a stream without blocking a thread while it waits, with given limits.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="SettlementJsonOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The case.</returns>
    /// <exception cref="InvalidCaseException">The document is not a valid case, or larger than allowed.</exception>
    /// <exception cref="OperationCanceledException">Reading was cancelled.</exception>
    public static async Task<SettlementCase> ReadCaseAsync(Stream utf8Json, SettlementJsonOptions? options, CancellationToken cancellationToken)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        options ??= SettlementJsonOptions.Default;
        var bytes = await BoundedInput.ReadAsync(utf8Json, options.MaxDocumentBytes, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidCaseException(new[] { TooLargeDocument(options) });
        return ReadCase(bytes, options);
    }

    /// <summary>Writes a decision document (compact or indented) into a buffer, e.g. a pipe's or a response's.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="output">The buffer.</param>
    /// <param name="indented">Whether to indent.</param>
    public static void WriteDecision(SettlementDecision decision, IBufferWriter<byte> output, bool indented)
    {
        using var writer = JsonWriting.Writer(output ?? throw new ArgumentNullException(nameof(output)), indented);
        DecisionJsonWriter.Write(writer, decision ?? throw new ArgumentNullException(nameof(decision)));
    }

    /// <summary>Writes a decision document (compact or indented) onto a stream; the stream stays open.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="output">The stream.</param>
    /// <param name="indented">Whether to indent.</param>
    public static void WriteDecision(SettlementDecision decision, Stream output, bool indented)
    {
        using var writer = JsonWriting.Writer(output ?? throw new ArgumentNullException(nameof(output)), indented);
        DecisionJsonWriter.Write(writer, decision ?? throw new ArgumentNullException(nameof(decision)));
    }

    /// <summary>Writes a decision document onto a stream without blocking a thread while the stream is flushed.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="output">The stream; it stays open.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    /// <returns>A task that completes when the document is flushed to the stream.</returns>
    public static async Task WriteDecisionAsync(SettlementDecision decision, Stream output, bool indented, CancellationToken cancellationToken)
    {
        var bytes = DecisionJsonWriter.Write(decision ?? throw new ArgumentNullException(nameof(decision)), indented);
        await (output ?? throw new ArgumentNullException(nameof(output))).WriteAsync(bytes, 0, bytes.Length, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes an error document into a buffer, each message in English (<see cref="InputError.Message"/>).</summary>
    /// <param name="errors">The errors.</param>
    /// <param name="output">The buffer.</param>
    /// <param name="indented">Whether to indent.</param>
    public static void WriteErrors(IReadOnlyList<InputError> errors, IBufferWriter<byte> output, bool indented) =>
        WriteErrors(errors, output, Languages.English, indented);

    /// <summary>Writes an error document into a buffer, each message in the reader's language.</summary>
    /// <param name="errors">The errors.</param>
    /// <param name="output">The buffer.</param>
    /// <param name="language"><see cref="Languages.Chinese"/> or <see cref="Languages.English"/>: the language of each <c>message</c> (<see cref="InputError.Text"/>).</param>
    /// <param name="indented">Whether to indent.</param>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not supported (<see cref="Languages.IsSupported"/>).</exception>
    public static void WriteErrors(IReadOnlyList<InputError> errors, IBufferWriter<byte> output, string language, bool indented)
    {
        CheckLanguage(language);
        using var writer = JsonWriting.Writer(output ?? throw new ArgumentNullException(nameof(output)), indented);
        ErrorsJsonWriter.Write(writer, errors ?? throw new ArgumentNullException(nameof(errors)), language);
    }

    /// <summary>Writes an error document onto a stream, each message in English (<see cref="InputError.Message"/>); the stream stays open.</summary>
    /// <param name="errors">The errors.</param>
    /// <param name="output">The stream.</param>
    /// <param name="indented">Whether to indent.</param>
    public static void WriteErrors(IReadOnlyList<InputError> errors, Stream output, bool indented) =>
        WriteErrors(errors, output, Languages.English, indented);

    /// <summary>Writes an error document onto a stream, each message in the reader's language; the stream stays open.</summary>
    /// <param name="errors">The errors.</param>
    /// <param name="output">The stream.</param>
    /// <param name="language"><see cref="Languages.Chinese"/> or <see cref="Languages.English"/>: the language of each <c>message</c> (<see cref="InputError.Text"/>).</param>
    /// <param name="indented">Whether to indent.</param>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not supported (<see cref="Languages.IsSupported"/>).</exception>
    public static void WriteErrors(IReadOnlyList<InputError> errors, Stream output, string language, bool indented)
    {
        CheckLanguage(language);
        using var writer = JsonWriting.Writer(output ?? throw new ArgumentNullException(nameof(output)), indented);
        ErrorsJsonWriter.Write(writer, errors ?? throw new ArgumentNullException(nameof(errors)), language);
    }

    /// <summary>Writes a decision document.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The UTF-8 JSON text.</returns>
#pragma warning disable RS0027 // The buffer and stream overloads differ in their second parameter's type.
    public static string WriteDecision(SettlementDecision decision, bool indented = true) =>
#pragma warning restore RS0027
        Encoding.UTF8.GetString(DecisionJsonWriter.Write(decision ?? throw new ArgumentNullException(nameof(decision)), indented));

    /// <summary>
    /// Writes an error document: <c>{ "schemaVersion": 1, "errors": [ { "path", "code", "message" } ] }</c>, each message in
    /// English (<see cref="InputError.Message"/>); <see cref="WriteErrors(IReadOnlyList{InputError}, string, bool)"/> writes
    /// them in the reader's language.
    /// </summary>
    /// <param name="errors">The errors.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The UTF-8 JSON text.</returns>
#pragma warning disable RS0027 // The buffer and stream overloads differ in their second parameter's type.
    public static string WriteErrors(IReadOnlyList<InputError> errors, bool indented = true) =>
#pragma warning restore RS0027
        WriteErrors(errors, Languages.English, indented);

    /// <summary>
    /// Writes an error document: <c>{ "schemaVersion": 1, "errors": [ { "path", "code", "message" } ] }</c>, each message in
    /// the reader's language (<see cref="InputError.Text"/>), as a decision's messages are in the language it was asked in.
    /// </summary>
    /// <param name="errors">The errors.</param>
    /// <param name="language"><see cref="Languages.Chinese"/> or <see cref="Languages.English"/>.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The UTF-8 JSON text.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not supported (<see cref="Languages.IsSupported"/>).</exception>
    public static string WriteErrors(IReadOnlyList<InputError> errors, string language, bool indented)
    {
        CheckLanguage(language);
        return Encoding.UTF8.GetString(ErrorsJsonWriter.Write(errors ?? throw new ArgumentNullException(nameof(errors)), language, indented));
    }

    private static void CheckLanguage(string language)
    {
        if (!Languages.IsSupported(language))
        {
            throw new ArgumentException("The language must be \"zh-CN\" or \"en\".", nameof(language));
        }
    }

    /// <summary>
    /// Writes a why-not answer (<see cref="ISettlementEvaluator.Explain"/>): <c>{ "schemaVersion": 1, "asked", "decision",
    /// "rules": [ { "rule", "status", "description", "patterns", "firings", "candidates": [ { "facts", "patternsPassed",
    /// "stops": [ { "pattern", "kind", "facts", "condition", "text", "evidence" } ] } ], "because", "partial" } ] }</c>
    /// (<c>schemas/why-not.schema.json</c>).
    /// </summary>
    /// <param name="answer">The answer.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The UTF-8 JSON text.</returns>
    public static string WriteWhyNot(WhyNot answer, bool indented = true) =>
        Encoding.UTF8.GetString(WhyNotJsonWriter.Write(answer ?? throw new ArgumentNullException(nameof(answer)), indented));

    /// <summary>
    /// Writes a plan (<see cref="ISettlementEvaluator.Plan"/>): <c>{ "schemaVersion": 1, "current", "reachable", "steps": [
    /// { "remedy", "text", "who", "where", "before", "hospital"?, "outcomeAfter", "rateReductionPointsAfter",
    /// "findingsAfter" } ], "unfixable": [ { "code", "reason" } ], "hospitals": [ { "id", "name", "region", "outcome",
    /// "rateReductionPoints" } ], "truncated", "notTried": [ "…" ] }</c> (<c>schemas/plan.schema.json</c>).
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The UTF-8 JSON text.</returns>
    public static string WritePlan(SettlementPlan plan, bool indented = true) =>
        Encoding.UTF8.GetString(PlanJsonWriter.Write(plan ?? throw new ArgumentNullException(nameof(plan)), indented));

    /// <summary>Writes a case document (the inverse of <see cref="ReadCase(ReadOnlyMemory{byte}, SettlementJsonOptions)"/>).</summary>
    /// <param name="case">The case.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The UTF-8 JSON text.</returns>
    public static string WriteCase(SettlementCase @case, bool indented = true) =>
        Encoding.UTF8.GetString(CaseJsonWriter.Write(@case ?? throw new ArgumentNullException(nameof(@case)), indented));

    internal static InputError TooLargeDocument(SettlementJsonOptions options) =>
        new("$", InputErrorCodes.TooLarge, new LocalizedText($"文档超过 {options.MaxDocumentBytes} 字节。", $"The document is larger than {options.MaxDocumentBytes} bytes."));
}
