using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RulesCore.Settlement;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Model;

namespace RulesCore.NationalPlatform.Tests;

/// <summary>
/// Over generated message sets — valid, odd and broken codes, dates, amounts and shapes alike: whatever the readers
/// accept and the builder builds is a case the evaluator accepts, decides, and reads back the same.
/// </summary>
public class PlatformPropertyTests
{
    public static class Arbitraries
    {
        public static Arbitrary<MessageSet> Sets() => Generators.Sets().ToArbitrary();
    }

    /// <summary>A generated message set, shown as its document when a property fails.</summary>
    public sealed record MessageSet(JsonObject Document)
    {
        public override string ToString() => Document.ToJsonString();
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public Property AnyMessageSetTheReadersAccept_YieldsACaseTheEvaluatorAccepts(MessageSet set)
    {
        if (!PlatformJson.TryReadMessageSet(Fixtures.Bytes(set.Document), out var messages, out var readErrors))
        {
            return (readErrors.Count > 0).Label("a refused set says why");
        }

        if (!Fixtures.Builder.TryBuild(messages!, out var built, out var errors))
        {
            return (errors.Count > 0 && errors.All(e => e.Path.Length > 0 && e.Message.Length > 0 && e.Text.Chinese.Length > 0)).Label("refused messages say why, in both languages");
        }

        var @case = built!.Case;
        var problems = Fixtures.Evaluator.Validate(@case);
        var decision = Fixtures.Evaluator.Evaluate(@case, new EvaluationOptions { Language = Languages.English });
        var written = SettlementJson.WriteCase(@case);
        var again = SettlementJson.TryReadCase(Fixtures.Bytes(written), out var read, out var readBack) ? SettlementJson.WriteCase(read!) : string.Join("; ", readBack);
        return (problems.Count == 0).Label("the evaluator accepts the case: " + string.Join("; ", problems.Select(p => p.Path + " " + p.Code)))
            .And((decision.PossibleOutcomes is not null).Label("a partial case is bracketed"))
            .And((again == written).Label("the case reads back the same"))
            .And(built.Assumptions.All(a => a.Confidence != NationalPlatform.Codes.MappingConfidence.A && a.Text.Chinese.Length > 0 && a.Text.English.Length > 0).Label("assumptions are of confidence B or C, in both languages"));
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 100)]
    public Property TheMessageSet_AndTheSameMessagesOneByOne_BuildTheSameCase(MessageSet set)
    {
        var d = set.Document;
        var separately = new PlatformJsonMessages
        {
            Person = Fixtures.Bytes(d["person"]!),
            Chronic = d["chronic"] is { } c ? Fixtures.Bytes(c) : null,
            Designations = d["designations"] is JsonArray list ? list.Select(x => (ReadOnlyMemory<byte>)Fixtures.Bytes(x!)).ToArray() : Array.Empty<ReadOnlyMemory<byte>>(),
            Encounter = Fixtures.Bytes(d["encounter"]!),
            Discharge = d["discharge"] is { } x ? Fixtures.Bytes(x) : null,
            Fees = d["fees"] is { } f ? Fixtures.Bytes(f) : null,
            Hospital = Fixtures.Bytes(d["hospital"]!),
        };

        var fromSet = PlatformJson.TryReadMessageSet(Fixtures.Bytes(d), out var messages, out var setErrors) && Fixtures.Builder.TryBuild(messages!, out var a, out setErrors) ? SettlementJson.WriteCase(a!.Case) : null;
        var oneByOne = Fixtures.Builder.TryBuild(separately, out var b, out var errors) ? SettlementJson.WriteCase(b!.Case) : null;
        return (fromSet == oneByOne).Label("the same case, or both refused")
            .And((setErrors.Select(e => e.Code).OrderBy(x => x, StringComparer.Ordinal).SequenceEqual(errors.Select(e => e.Code).OrderBy(x => x, StringComparer.Ordinal))).Label("the same errors"));
    }

    private static class Generators
    {
        private static Gen<T> Maybe<T>(Gen<T> gen, int absent = 1, int present = 3) where T : class =>
            Gen.Frequency((absent, Gen.Constant<T>(null!)), (present, gen));

        private static readonly Gen<string> Dates = Gen.Frequency(
            (40, Gen.Elements("2024-01-01", "2025-03-10", "2025-03-10 09:30:00", "2025-03-12T08:00:00", "2120-11-01")),
            (1, Gen.Elements("2025-02-30", "1899-12-31", "3000-01-01", "", "10/03/2025")));

        /// <summary>Nodes are fresh each time: a JSON node has one parent.</summary>
        private static Gen<JsonNode?> Nodes(params JsonNode?[] nodes) => Gen.Elements(nodes).Select(n => n?.DeepClone());

        /// <summary>Mostly the first codes given (those the tables know), now and then one of the rest, a missing one or a wrong type.</summary>
        private static Gen<JsonNode?> Code(string[] known, params string[] odd) =>
            Gen.Frequency(
                (60, Gen.Elements(known).Select(c => (JsonNode?)c)),
                (odd.Length == 0 ? 0 : 3, Gen.Elements(odd.Length == 0 ? known : odd).Select(c => (JsonNode?)c)),
                (1, Gen.Constant<JsonNode?>(null)),
                (1, Gen.Constant(0).Select(_ => (JsonNode?)JsonValue.Create(310))),
                (1, Gen.Constant(0).Select(_ => (JsonNode?)new JsonArray())));

        private static Gen<JsonObject> Rows(Gen<JsonObject> row, int max, int min = 0) => Gen.Frequency((1, Gen.Constant(0)), (12, Gen.Choose(Math.Max(min, 0), max))).SelectMany(n => Gen.ArrayOf(row, n)).Select(rows => new JsonObject { ["list"] = new JsonArray(rows.Select(r => (JsonNode)r).ToArray()) });

        private static JsonObject Envelope(JsonObject output, bool envelope) =>
            envelope ? new JsonObject { ["infcode"] = 0, ["err_msg"] = null, ["output"] = output } : output;

        private static Gen<JsonObject> Person() =>
            from rows in Rows(
                from type in Code(new[] { "310", "390", "310", "390", "310", "330" }, "410")
                from status in Code(new[] { "1", "1", "1", "2", "4", "0" }, "3")
                from area in Code(new[] { "430199", "430100", "420100", "110000", "361199" }, "999999", "4301")
                select new JsonObject { ["insutype"] = type, ["psn_insu_stas"] = status, ["insuplc_admdvs"] = area, ["psn_name"] = "x", ["balc"] = 1 }, 3, 1)
            from envelope in Gen.Elements(true, false)
            from failed in Gen.Frequency((40, Gen.Constant(false)), (1, Gen.Constant(true)))
            select failed
                ? new JsonObject { ["infcode"] = -1, ["err_msg"] = "失败" }
                : Envelope(new JsonObject { ["baseinfo"] = new JsonObject { ["psn_name"] = "x" }, ["insuinfo"] = rows["list"]!.DeepClone() }, envelope);

        private static Gen<JsonObject> Encounter() =>
            from type in Code(new[] { "11", "13", "14", "21" }, "12", "9901")
            from start in Dates
            from disease in Code(new[] { "M03900", "M03902", "M01600", "M12301" }, "M-1")
            from credential in Code(new[] { "01", "02", "03" })
            from insutype in Gen.Frequency((8, Nodes(new JsonNode?[] { null })), (1, Nodes("310", "390", "330")))
            from shape in Gen.Choose(0, 2)
            let record = new JsonObject { ["med_type"] = type, ["begntime"] = start, ["dise_codg"] = disease, ["mdtrt_cert_type"] = credential, ["insutype"] = insutype, ["dr_name"] = "y" }
            select shape switch
            {
                0 => record,
                1 => new JsonObject { ["data"] = record },
                _ => new JsonObject { ["infno"] = "2401", ["input"] = new JsonObject { ["mdtrtinfo"] = record } },
            };

        private static Gen<JsonObject> Chronic() =>
            from rows in Rows(
                from code in Code(new[] { "M03900", "M01600", "M03902", "M00500", "M12301" }, "M-1")
                from start in Gen.Frequency((20, Gen.Elements("2024-01-01", "2023-05-01 00:00:00")), (1, Dates))
                from until in Gen.Frequency((20, Nodes(null, "2025-12-31", "2120-11-01", "2025-03-10")), (1, Nodes("2023-01-01")))
                select new JsonObject { ["opsp_dise_code"] = code, ["begndate"] = start, ["enddate"] = until }, 3)
            from envelope in Gen.Elements(true, false)
            select Envelope(new JsonObject { ["feedetail"] = rows["list"]!.DeepClone() }, envelope);

        private static Gen<JsonObject> Designation() =>
            from rows in Rows(
                from code in Code(new[] { "H42010600001", "H43010200001", "H1" })
                from start in Nodes(null, "2024-01-01", "2026-01-01")
                from until in Nodes(null, "2099-12-31", "2025-01-01")
                select new JsonObject { ["fixmedins_code"] = code, ["begndate"] = start, ["enddate"] = until }, 3)
            from type in Nodes(null, "01", "03", "06", "99")
            select new JsonObject { ["biz_appy_type"] = type, ["infcode"] = 0, ["output"] = new JsonObject { ["psnfixmedin"] = rows["list"]!.DeepClone() } };

        private static Gen<JsonObject> Fees() =>
            from rows in Rows(
                from serial in Gen.Frequency((30, Nodes("1", "2", "A01", JsonValue.Create(7))), (1, Nodes(null, new JsonArray())))
                from amount in Gen.Frequency((30, Nodes(JsonValue.Create(12.5m), JsonValue.Create(0), "3.20")), (1, Nodes(JsonValue.Create(-1), JsonValue.Create(1e12))))
                from level in Code(new[] { "01", "02", "03" }, "04")
                from ownPay in Nodes(null, JsonValue.Create(0), JsonValue.Create(2.5m))
                select new JsonObject { ["feedetl_sn"] = serial, ["det_item_fee_sumamt"] = amount, ["chrgitm_lv"] = level, ["fulamt_ownpay_amt"] = ownPay }, 4)
            select new JsonObject { ["infcode"] = 0, ["output"] = new JsonObject { ["result"] = rows["list"]!.DeepClone() } };

        private static Gen<JsonObject> Hospital() =>
            from services in Gen.Elements(true, true, false)
            from conditions in Gen.SubListOf(new[] { "diabetes", "hypertension", "opspM123" })
            from region in Gen.Frequency((30, Gen.Elements("420106", "430102")), (1, Gen.Constant("999999")))
            select services
                ? new JsonObject { ["id"] = "H42010600001", ["region"] = region, ["crossRegionServices"] = new JsonObject { ["inpatient"] = true, ["generalOutpatient"] = true, ["chronicConditions"] = new JsonArray(conditions.Select(c => (JsonNode)c).ToArray()) } }
                : new JsonObject { ["id"] = "H42010600001", ["region"] = region };

        public static Gen<MessageSet> Sets() =>
            from person in Person()
            from encounter in Encounter()
            from chronic in Maybe(Chronic())
            from designations in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Designation(), n))
            from discharge in Maybe(Dates.Select(d => new JsonObject { ["input"] = new JsonObject { ["dscginfo"] = new JsonObject { ["endtime"] = d } } }), 3, 1)
            from fees in Maybe(Fees())
            from hospital in Hospital()
            select new MessageSet(Document(person, encounter, chronic, designations, discharge, fees, hospital));

        private static JsonObject Document(JsonObject person, JsonObject encounter, JsonObject? chronic, JsonObject[] designations, JsonObject? discharge, JsonObject? fees, JsonObject hospital)
        {
            var d = new JsonObject { ["person"] = person, ["encounter"] = encounter, ["hospital"] = hospital };
            if (chronic is not null)
            {
                d["chronic"] = chronic;
            }

            if (designations.Length > 0)
            {
                d["designations"] = new JsonArray(designations.Select(x => (JsonNode)x).ToArray());
            }

            if (discharge is not null)
            {
                d["discharge"] = discharge;
            }

            if (fees is not null)
            {
                d["fees"] = fees;
            }

            return d;
        }
    }
}
