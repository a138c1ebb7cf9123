using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RulesCore.NationalPlatform;
using RulesCore.NationalPlatform.Messages;
using RulesCore.Settlement;
using RulesCore.Settlement.Errors;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Model;

namespace RulesCore.Fuzz;

/// <summary>The national platform's message readers and the builder of partial cases.</summary>
public static partial class FuzzTargets
{
    private static readonly PlatformCaseBuilder PlatformBuilder = new();

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Every code an error of the readers or the builder may have.</summary>
    private static readonly HashSet<string> PlatformCodes = KnownCodes.Concat(typeof(PlatformErrorCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!)).ToHashSet();

    /// <summary>
    /// The platform target: the input is a message set (<c>{ "person", "chronic", "designations", "encounter", "discharge",
    /// "fees", "hospital" }</c>), read whole, under tight limits, and member by member with each message's own reader and
    /// again as separate documents. A refusal lists its problems (at most the limit, then one more), each with a path, a
    /// known code and a message in both languages free of control characters; a byte order mark changes nothing; the set
    /// and the same messages one by one are judged alike. A set that builds is a case the evaluator accepts, decides the
    /// same twice, and reads back the same; its assumptions are of confidence B or C, in both languages. Names and
    /// identity numbers planted where real messages carry them reach no output.
    /// </summary>
    public static void Platform(byte[] input)
    {
        var read = PlatformJson.TryReadMessageSet(input, out var messages, out var errors);
        PlatformErrors(read, errors);
        if (StartsWithByteOrderMark(input) && !StartsWithByteOrderMark(input.AsSpan(3).ToArray()))
        {
            var plain = PlatformJson.TryReadMessageSet(input.AsMemory(3), out _, out var plainErrors);
            Check(plain == read && plainErrors.Count == errors.Count, "a byte order mark changes how the messages are read");
        }

        if (!PlatformJson.TryReadMessageSet(input, out _, out var tightErrors, Tight))
        {
            Check(tightErrors.Count is > 0 and <= 2, "messages refused under the tightest options have one error, then one saying the rest are not listed");
        }

        var separately = Separately(input);
        PlatformCase? built = null;
        IReadOnlyList<InputError> buildErrors = Array.Empty<InputError>();
        if (read)
        {
            PlatformBuilder.TryBuild(messages!, out built, out buildErrors);
            PlatformErrors(built is not null, buildErrors);
        }

        if (separately is not null)
        {
            var alone = PlatformBuilder.TryBuild(separately, out var builtAlone, out var aloneErrors);
            Check(alone == (built is not null) && (!alone || SettlementJson.WriteCase(builtAlone!.Case) == SettlementJson.WriteCase(built!.Case)),
                "the message set and the same messages one by one are judged differently: " + string.Join("; ", errors.Concat(buildErrors).Concat(aloneErrors).Select(e => e.Path + " " + e.Code)));
        }

        if (built is not null)
        {
            PlatformCaseKeepsItsPromises(built);
        }

        if (PlantedPlatform(input) is { } planted)
        {
            var output = new StringBuilder();
            if (PlatformJson.TryReadMessageSet(planted, out var plantedMessages, out var plantedErrors) && PlatformBuilder.TryBuild(plantedMessages!, out var plantedCase, out plantedErrors))
            {
                output.Append(SettlementJson.WriteCase(plantedCase!.Case));
                output.Append(SettlementJson.WriteDecision(Evaluator.Evaluate(plantedCase.Case)));
                foreach (var assumption in plantedCase.Assumptions)
                {
                    output.Append(assumption.Field).Append(assumption.Code).Append(assumption.Becomes).Append(assumption.Text.Chinese).Append(assumption.Text.English);
                }
            }

            output.Append(SettlementJson.WriteErrors(plantedErrors)).Append(SettlementJson.WriteErrors(plantedErrors, Languages.Chinese, indented: false));
            NoPlantedData(input, output.ToString());
        }
    }

    /// <summary>The case keeps what the package promises: the evaluator accepts it, decides it the same twice, and reads it back the same.</summary>
    private static void PlatformCaseKeepsItsPromises(PlatformCase built)
    {
        var @case = built.Case;
        var problems = Evaluator.Validate(@case);
        Check(problems.Count == 0, "a built case is refused by the evaluator: " + string.Join("; ", problems.Select(p => p.Path + " " + p.Code)));
        Check(@case.UnknownFacts.Contains(FactPaths.Filings), "a built case knows the filings");
        var options = new EvaluationOptions { Language = Languages.English };
        var document = SettlementJson.WriteDecision(Evaluator.Evaluate(@case, options));
        Check(document == SettlementJson.WriteDecision(Evaluator.Evaluate(@case, options)), "the same built case gets a different decision");
        Check(Evaluator.Evaluate(@case, options).PossibleOutcomes is not null, "a built case's decision is not bracketed");
        var written = SettlementJson.WriteCase(@case);
        Check(SettlementJson.TryReadCase(Encoding.UTF8.GetBytes(written), out var again, out _) && SettlementJson.WriteCase(again!) == written, "a built case does not read back the same");
        foreach (var assumption in built.Assumptions)
        {
            Check(assumption.Confidence != NationalPlatform.Codes.MappingConfidence.A, "an assumption of confidence A");
            Check(assumption.Text.Chinese.Length > 0 && assumption.Text.English.Length > 0 && !(assumption.Text.Chinese + assumption.Text.English + assumption.Field + assumption.Code).Any(CaseLimits.IsControlCharacter),
                "an assumption is empty in a language or holds a control character");
        }
    }

    private static void PlatformErrors(bool accepted, IReadOnlyList<InputError> errors)
    {
        if (accepted)
        {
            Check(errors.Count == 0, "accepted messages have errors");
            return;
        }

        Check(errors.Count is > 0 and <= 101, "refused messages have errors (at most 101)");
        Check(errors.All(e => e.Path.Length > 0 && PlatformCodes.Contains(e.Code) && e.Message.Length > 0 && e.Text.Chinese.Length > 0), "every error has a path, a known code and a message in both languages");
        Check(!errors.Any(e => (e.Path + e.Message + e.Text.Chinese).Any(CaseLimits.IsControlCharacter)), "an error holds a control character");
        Check(!errors.Any(e => e.Message.Length > 2000 || e.Path.Length > 400), "an error echoes too much of the input");
    }

    /// <summary>The set's members as separate documents (<see cref="PlatformJsonMessages"/>), if the input is an object holding the three required ones.</summary>
    private static PlatformJsonMessages? Separately(byte[] input)
    {
        try
        {
            // Only a document of valid UTF-8 can be cut into documents: JsonNode would write a lone bad byte of an
            // unused member's name out as U+FFFD, while the set reader refuses the set.
            _ = StrictUtf8.GetString(input);
            if (JsonNode.Parse(input.AsSpan(StartsWithByteOrderMark(input) ? 3 : 0), documentOptions: new JsonDocumentOptions { MaxDepth = 15 }) is not JsonObject root
                || root.Count != root.Select(p => p.Key).Distinct(StringComparer.Ordinal).Count()
                || root.Any(p => !PlatformJson.MessageNames.Contains(p.Key) && p.Key != "schemaVersion")
                || root["person"] is null || root["encounter"] is null || root["hospital"] is null)
            {
                return null;
            }

            if (root["schemaVersion"] is { } version && !(version is JsonValue v && v.TryGetValue<int>(out var n) && n == 1))
            {
                return null;
            }

            static byte[] Bytes(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());
            // A member that is null or an empty string is not given, as the set reader takes it.
            static ReadOnlyMemory<byte>? Optional(JsonNode? node) => node is null || (node is JsonValue v && v.TryGetValue<string>(out var text) && text.Length == 0) ? null : Bytes(node);
            return new PlatformJsonMessages
            {
                Person = Bytes(root["person"]!),
                Chronic = Optional(root["chronic"]),
                Designations = root["designations"] switch
                {
                    JsonArray list when list.All(d => d is not null) => list.Select(d => (ReadOnlyMemory<byte>)Bytes(d!)).ToArray(),
                    JsonArray => null!,
                    null => Array.Empty<ReadOnlyMemory<byte>>(),
                    JsonValue empty when empty.TryGetValue<string>(out var text) && text.Length == 0 => Array.Empty<ReadOnlyMemory<byte>>(),
                    var one => new ReadOnlyMemory<byte>[] { Bytes(one) },
                },
                Encounter = Bytes(root["encounter"]!),
                Discharge = Optional(root["discharge"]),
                Fees = Optional(root["fees"]),
                Hospital = Bytes(root["hospital"]!),
            } is { Designations: not null } messages ? messages : null;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The messages with the planted name and identity number where real messages carry personal data.</summary>
    private static byte[]? PlantedPlatform(byte[] input)
    {
        try
        {
            if (JsonNode.Parse(input.AsSpan(StartsWithByteOrderMark(input) ? 3 : 0)) is not JsonObject root)
            {
                return null;
            }

            var planted = false;
            if (root["person"] is JsonObject person)
            {
                var output = person["output"] as JsonObject ?? person;
                output["baseinfo"] = new JsonObject { ["psn_name"] = PlantedName, ["certno"] = PlantedIdNumber, ["brdy"] = "1990-03-07" };
                if (output["insuinfo"] is JsonArray rows)
                {
                    foreach (var row in rows.OfType<JsonObject>())
                    {
                        row["emp_name"] = PlantedName;
                    }
                }

                planted = true;
            }

            if (root["encounter"] is JsonObject encounter)
            {
                var holder = encounter["input"] as JsonObject ?? encounter;
                var record = holder["data"] as JsonObject ?? holder["mdtrtinfo"] as JsonObject ?? holder;
                record["mdtrt_cert_no"] = PlantedIdNumber;
                record["coner_name"] = PlantedName;
                planted = true;
            }

            return planted ? Encoding.UTF8.GetBytes(root.ToJsonString()) : null;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }
}
