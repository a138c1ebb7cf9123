using System.Text.Json.Nodes;
using RulesCore.Settlement.Errors;
using RulesCore.Settlement.Json;

namespace RulesCore.NationalPlatform.Tests.Json;

/// <summary>The readers: the envelope or the bare output, unused members skipped, typed errors with JSON paths.</summary>
public class PlatformJsonTests
{
    [Fact]
    public void TryReadPerson_ReadsTheEnvelopeAndTheBareOutputAlike()
    {
        var envelope = Fixtures.SampleJson("1101-person.json");
        var bare = envelope["output"]!.DeepClone();

        Assert.True(PlatformJson.TryReadPerson(Fixtures.Bytes(envelope), out var fromEnvelope, out var errors), string.Join("; ", errors));
        Assert.True(PlatformJson.TryReadPerson(Fixtures.Bytes(bare), out var fromBare, out _));
        Assert.Equal(fromEnvelope!.Insurance, fromBare!.Insurance);
        Assert.Equal(new[] { "310", "330" }, fromBare.Insurance.Select(r => r.InsuranceType));
        Assert.Equal("430199", fromBare.Insurance[0].InsuredArea);
    }

    [Fact]
    public void Readers_IgnoreMembersTheMappingDoesNotUse_WhateverTheirType()
    {
        var person = Fixtures.Person();
        person["idetinfo"] = new JsonArray(new JsonObject { ["psn_idet_type"] = 1, ["memo"] = new JsonObject() });
        person["baseinfo"] = new JsonObject { ["naty"] = 1, ["age"] = "x", ["brdy"] = false };
        ((JsonObject)person["insuinfo"]![0]!)["cvlserv_flag"] = new JsonArray();
        ((JsonObject)person["insuinfo"]![0]!)["balc"] = "not a number";

        Assert.True(PlatformJson.TryReadPerson(Fixtures.Bytes(person), out var read, out var errors), string.Join("; ", errors));
        Assert.Single(read!.Insurance);
    }

    [Fact]
    public void AnInfcodeOtherThanZero_IsAnError_QuotingErrMsg_Escaped_Masked_AndCapped()
    {
        var id = "43010219" + "700101123X";
        var text = "人员不存在：" + id + "\u001b[2J" + new string('很', 500);
        var document = new JsonObject { ["infcode"] = -1, ["err_msg"] = text, ["output"] = null };

        Assert.False(PlatformJson.TryReadPerson(Fixtures.Bytes(document), out var person, out var errors));
        Assert.Null(person);
        var error = Assert.Single(errors);
        Assert.Equal(("infcode", PlatformErrorCodes.PlatformError), (error.Path, error.Code));
        Assert.Contains("infcode -1", error.Message, StringComparison.Ordinal);
        Assert.Contains("人员不存在：******************", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(id, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", error.Message, StringComparison.Ordinal);
        Assert.Contains("\\u001B[2J", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 320, error.Message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("平台返回了错误（infcode -1）", error.Text.Chinese, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"-1\"")]
    [InlineData("1")]
    public void AnInfcodeWrittenAsTextOrAnyNonZeroNumber_IsAnError(string infcode)
    {
        var errors = ReadErrors("{ \"infcode\": " + infcode + ", \"err_msg\": \"fail\", \"output\": {} }");

        Assert.Equal(PlatformErrorCodes.PlatformError, Assert.Single(errors).Code);
    }

    [Fact]
    public void AnEnvelopeWithoutOutput_IsRequired_AndOneOfAnotherType_IsWrongType()
    {
        Assert.Equal(("output", InputErrorCodes.Required), Only(ReadErrors("{ \"infcode\": 0 }")));
        Assert.Equal(("output", InputErrorCodes.WrongType), Only(ReadErrors("{ \"infcode\": \"0\", \"output\": [] }")));
        Assert.Equal(("infcode", InputErrorCodes.WrongType), Only(ReadErrors("{ \"infcode\": true, \"output\": {} }")));
    }

    [Fact]
    public void ProblemsOfTheFieldsUsed_AreTypedErrorsWithTheirPaths()
    {
        var errors = ReadErrors("""
            { "infcode": 0, "output": { "insuinfo": [
              { "insutype": "310", "psn_insu_stas": "1", "insuplc_admdvs": "430100" },
              { "insutype": true, "psn_insu_stas": "" },
              null ] } }
            """);

        Assert.Contains(("output.insuinfo[1].insutype", InputErrorCodes.WrongType), errors.Select(e => (e.Path, e.Code)));
        Assert.Contains(("output.insuinfo[1].psn_insu_stas", InputErrorCodes.Required), errors.Select(e => (e.Path, e.Code)));
        Assert.Contains(("output.insuinfo[2]", InputErrorCodes.WrongType), errors.Select(e => (e.Path, e.Code)));
    }

    [Fact]
    public void AMemberUsedTwice_IsAmbiguous_AndAnError()
    {
        var errors = ReadErrors("""{ "insuinfo": [ { "insutype": "310", "insutype": "390", "psn_insu_stas": "1" } ] }""");

        Assert.Equal(("insuinfo[0].insutype", InputErrorCodes.DuplicateProperty), Only(errors));
    }

    [Theory]
    [InlineData("", InputErrorCodes.InvalidJson)]
    [InlineData("{", InputErrorCodes.InvalidJson)]
    [InlineData("[]", InputErrorCodes.WrongType)]
    [InlineData("{ \"insuinfo\": [] }", InputErrorCodes.Required)]
    public void AMalformedDocument_IsOneClearError(string json, string code)
    {
        Assert.Equal(code, Assert.Single(ReadErrors(json)).Code);
    }

    [Fact]
    public void Limits_AreThoseOfTheOptions()
    {
        var options = new SettlementJsonOptions { MaxDocumentBytes = 64, MaxCollection = 2, MaxErrors = 1 };
        var big = Fixtures.Bytes(new JsonObject { ["insuinfo"] = new JsonArray(Enumerable.Range(0, 3).Select(_ => (JsonNode)Fixtures.Person()["insuinfo"]![0]!.DeepClone()).ToArray()) });

        Assert.False(PlatformJson.TryReadPerson(big, out _, out var errors, options));
        Assert.Equal(("$", InputErrorCodes.TooLarge), Only(errors));
        Assert.False(PlatformJson.TryReadPerson(big, out _, out errors, options with { MaxDocumentBytes = 4096 }));
        Assert.Equal(("insuinfo", InputErrorCodes.TooLarge), Only(errors));
        Assert.False(PlatformJson.TryReadPerson(Fixtures.Bytes("""{ "insuinfo": [ { }, { } ] }"""), out _, out errors, options with { MaxDocumentBytes = 4096 }));
        Assert.Equal(2, errors.Count);
        Assert.Equal(InputErrorCodes.TooLarge, errors[1].Code);
    }

    [Fact]
    public void TryReadEncounter_TakesTheWholeRequest_ItsInput_OrTheRecord()
    {
        var request = Fixtures.SampleJson("2201-encounter.json");
        var input = request["input"]!.DeepClone();
        var record = request["input"]!["data"]!.DeepClone();
        var admission = new JsonObject { ["input"] = new JsonObject { ["mdtrtinfo"] = Fixtures.Encounter("21"), ["diseinfo"] = new JsonArray() } };

        foreach (var document in new JsonNode[] { request, input, record })
        {
            Assert.True(PlatformJson.TryReadEncounter(Fixtures.Bytes(document), out var encounter, out var errors), string.Join("; ", errors));
            Assert.Equal(("11", new DateTime(2025, 3, 10), "03", "310"), (encounter!.MedicalType, encounter.Start, encounter.CredentialType, encounter.InsuranceType));
        }

        Assert.True(PlatformJson.TryReadEncounter(Fixtures.Bytes(admission), out var stay, out _));
        Assert.Equal("21", stay!.MedicalType);
        Assert.False(PlatformJson.TryReadEncounter(Fixtures.Bytes("""{ "input": { "mdtrtinfo": { "med_type": "21", "begntime": "2025-02-30 08:00:00" } } }"""), out _, out var bad));
        Assert.Equal(("input.mdtrtinfo.begntime", InputErrorCodes.InvalidDate), Only(bad));
    }

    [Theory]
    [InlineData("2025-03-10")]
    [InlineData("2025-03-10 23:59:59")]
    [InlineData("2025-03-10T08:00:00")]
    [InlineData("2025-03-10 08:00")]
    public void Dates_AreReadWithOrWithoutATime(string text)
    {
        Assert.True(PlatformJson.TryReadDischarge(Fixtures.Bytes(new JsonObject { ["endtime"] = text }), out var discharge, out _));
        Assert.Equal(new DateTime(2025, 3, 10), discharge!.End);
    }

    [Theory]
    [InlineData("\"1899-12-31\"", InputErrorCodes.OutOfRange)]
    [InlineData("\"10/03/2025\"", InputErrorCodes.InvalidDate)]
    [InlineData("20250310", InputErrorCodes.WrongType)]
    public void DatesOutOfRangeOrForm_AreErrors(string value, string code)
    {
        Assert.False(PlatformJson.TryReadDischarge(Fixtures.Bytes("{ \"input\": { \"dscginfo\": { \"endtime\": " + value + " } } }"), out _, out var errors));
        Assert.Equal(("input.dscginfo.endtime", code), Only(errors));
    }

    [Fact]
    public void TryReadChronic_ReadsAListOrOneObject_AndNoneIsAnEmptyList()
    {
        Assert.True(PlatformJson.TryReadChronic(Fixtures.SampleBytes("5301-chronic.json"), out var list, out _));
        Assert.True(PlatformJson.TryReadChronic(Fixtures.Bytes("""{ "feedetail": { "opsp_dise_code": "M01600", "begndate": "2024-01-01" } }"""), out var one, out _));
        Assert.True(PlatformJson.TryReadChronic(Fixtures.Bytes("""{ "infcode": 0, "output": { } }"""), out var none, out _));

        Assert.Equal(("M03900", new DateTime(2120, 11, 1)), (list!.Records[0].ConditionCode, list.Records[0].ValidUntil!.Value));
        Assert.Equal("M01600", Assert.Single(one!.Records).ConditionCode);
        Assert.Empty(none!.Records);
    }

    [Fact]
    public void TryReadDesignations_FindsTheKindAskedFor_BesideTheResponse_OrInTheRequestKeptWithIt()
    {
        Assert.True(PlatformJson.TryReadDesignations(Fixtures.SampleBytes("5302-designations.json"), out var kept, out _));
        Assert.True(PlatformJson.TryReadDesignations(Fixtures.Bytes("""{ "biz_appy_type": "03", "output": { "psnfixmedin": [ { "fixmedins_code": "H1" } ] } }"""), out var beside, out _));
        Assert.True(PlatformJson.TryReadDesignations(Fixtures.Bytes("""{ "psnfixmedin": [ ] }"""), out var unsaid, out _));

        Assert.Equal(("01", "H43010200001"), (kept!.ApplicationType, kept.Hospitals[0].HospitalCode));
        Assert.Equal("03", beside!.ApplicationType);
        Assert.Null(unsaid!.ApplicationType);
    }

    [Theory]
    [InlineData("""{ "infcode": 0, "output": { "result": [ { "feedetl_sn": "1", "det_item_fee_sumamt": 12.5, "chrgitm_lv": "01" } ] } }""")]
    [InlineData("""{ "result": [ { "feedetl_sn": 1, "det_item_fee_sumamt": "12.50", "chrgitm_lv": "01", "fulamt_ownpay_amt": "0" } ] }""")]
    [InlineData("""[ { "feedetl_sn": "1", "det_item_fee_sumamt": 12.5, "chrgitm_lv": "01" } ]""")]
    public void TryReadFees_TakesTheResponse_TheOutput_OrTheRows_AmountsAsNumbersOrText(string json)
    {
        Assert.True(PlatformJson.TryReadFees(Fixtures.Bytes(json), out var fees, out var errors), string.Join("; ", errors));
        var item = Assert.Single(fees!.Items);
        Assert.Equal(("1", 12.5m, "01"), (item.Serial, item.Amount, item.ChargeLevel));
    }

    [Theory]
    [InlineData("-1", "[0].det_item_fee_sumamt", InputErrorCodes.OutOfRange)]
    [InlineData("\"-0.01\"", "[0].det_item_fee_sumamt", InputErrorCodes.OutOfRange)]
    [InlineData("1e12", "[0].det_item_fee_sumamt", InputErrorCodes.OutOfRange)]
    [InlineData("\"12,5\"", "[0].det_item_fee_sumamt", InputErrorCodes.OutOfRange)]
    [InlineData("true", "[0].det_item_fee_sumamt", InputErrorCodes.WrongType)]
    public void AmountsOutOfRangeOrForm_AreErrors(string amount, string path, string code)
    {
        Assert.False(PlatformJson.TryReadFees(Fixtures.Bytes("[ { \"feedetl_sn\": \"1\", \"det_item_fee_sumamt\": " + amount + " } ]"), out _, out var errors));
        Assert.Equal((path, code), Only(errors));
    }

    [Fact]
    public void TryReadHospital_IsStrict_ItIsOurOwnFormat()
    {
        Assert.True(PlatformJson.TryReadHospital(Fixtures.SampleBytes("hospital-wuhan.json"), out var hospital, out _));
        Assert.Equal(("H42010600001", "420106"), (hospital!.Id, hospital.Region.ToString()));
        Assert.True(PlatformJson.TryReadHospital(Fixtures.Bytes("""{ "id": "H1", "region": "420106" }"""), out var unknownServices, out _));
        Assert.Null(unknownServices!.CrossRegionServices);

        Assert.False(PlatformJson.TryReadHospital(Fixtures.Bytes("""{ "id": "H1", "regoin": "420106", "crossRegionServices": { "inpatient": true } }"""), out _, out var errors));
        Assert.Contains(errors, e => e.Path == "regoin" && e.Code == InputErrorCodes.UnknownProperty && e.Message.Contains("Did you mean region?", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "region" && e.Code == InputErrorCodes.Required);
        Assert.Contains(errors, e => e.Path == "crossRegionServices.generalOutpatient" && e.Code == InputErrorCodes.Required);
    }

    [Fact]
    public void TryReadMessageSet_ReadsEveryMessageUnderItsName_PathsIncluded()
    {
        var set = new JsonObject
        {
            ["person"] = Fixtures.SampleJson("1101-person.json"),
            ["chronic"] = Fixtures.SampleJson("5301-chronic.json"),
            ["designations"] = Fixtures.SampleJson("5302-designations.json"),
            ["encounter"] = Fixtures.SampleJson("2201-encounter-chronic.json"),
            ["fees"] = Fixtures.SampleJson("2204-fees.json"),
            ["hospital"] = Fixtures.SampleJson("hospital-wuhan.json"),
        };

        Assert.True(PlatformJson.TryReadMessageSet(Fixtures.Bytes(set), out var messages, out var errors), string.Join("; ", errors));
        Assert.Single(messages!.Designations);

        set["designations"] = new JsonArray(Fixtures.SampleJson("5302-designations.json"), new JsonObject { ["output"] = new JsonObject { ["psnfixmedin"] = 3 } });
        set["encounter"]!["input"]!["data"]!["med_type"] = new JsonArray();
        set["hospitl"] = 1;
        Assert.False(PlatformJson.TryReadMessageSet(Fixtures.Bytes(set), out _, out errors));
        Assert.Contains(("designations[1].output.psnfixmedin", InputErrorCodes.WrongType), errors.Select(e => (e.Path, e.Code)));
        Assert.Contains(("encounter.input.data.med_type", InputErrorCodes.WrongType), errors.Select(e => (e.Path, e.Code)));
        Assert.Contains(("hospitl", InputErrorCodes.UnknownProperty), errors.Select(e => (e.Path, e.Code)));
    }

    [Fact]
    public void TryReadMessages_PutsEachMessagesNameBeforeItsPaths()
    {
        var messages = Fixtures.Outpatient() with { Encounter = Fixtures.Bytes("{ \"input\": { \"data\": { \"begntime\": \"2025-03-10\" } } }"), Discharge = Fixtures.Bytes("{") };

        Assert.False(PlatformJson.TryReadMessages(messages, out var read, out var errors));
        Assert.Null(read);
        Assert.Contains(("encounter.input.data.med_type", InputErrorCodes.Required), errors.Select(e => (e.Path, e.Code)));
        Assert.Contains(("discharge", InputErrorCodes.InvalidJson), errors.Select(e => (e.Path, e.Code)));
    }

    [Fact]
    public void ALoneSurrogateOrInvalidUtf8_IsAnError_NeverAnException()
    {
        Assert.Contains(ReadErrors("""{ "insuinfo": [ { "insutype": "\ud800", "psn_insu_stas": "1" } ] }"""), e => e.Path == "insuinfo[0].insutype");
        Assert.False(PlatformJson.TryReadPerson(new byte[] { (byte)'{', (byte)'"', 0xFF, (byte)'"', (byte)':', (byte)'1', (byte)'}' }, out _, out var errors));
        Assert.Equal(InputErrorCodes.InvalidJson, Assert.Single(errors).Code);
    }

    private static IReadOnlyList<InputError> ReadErrors(string json)
    {
        Assert.False(PlatformJson.TryReadPerson(Fixtures.Bytes(json), out var person, out var errors));
        Assert.Null(person);
        return errors;
    }

    private static (string Path, string Code) Only(IReadOnlyList<InputError> errors)
    {
        var error = Assert.Single(errors);
        return (error.Path, error.Code);
    }
}
