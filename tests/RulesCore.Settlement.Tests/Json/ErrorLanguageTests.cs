using System.Buffers;
using System.Text;
using System.Text.Json;
using RulesCore.Settlement.Errors;
using RulesCore.Settlement.Hospitals;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Policies;
using RulesCore.Testing;

namespace RulesCore.Settlement.Tests.Json;

/// <summary>
/// The errors of a case, a policy pack and a hospital directory say as much in Chinese as in English — allowed values,
/// known names and the nearest one, limits — and the error document is written in the caller's language.
/// </summary>
public class ErrorLanguageTests
{
    private static string Valid => File.ReadAllText(RepositoryFiles.PathOf("samples", "cases", "settles-directly-long-term-resident.json"));

    private static IReadOnlyList<InputError> Errors(string json)
    {
        Assert.False(SettlementJson.TryReadCase(Encoding.UTF8.GetBytes(json), out _, out var errors));
        return errors;
    }

    private static InputError Only(string json, string path) => Assert.Single(Errors(json), e => e.Path == path);

    [Fact]
    public void AMisspeltEnumValue_ListsTheAllowedValues_AndTheNearest_InBothLanguages()
    {
        var error = Only(Valid.Replace("\"generalOutpatient\",", "\"inpatinet\",", StringComparison.Ordinal), "encounter.setting");

        Assert.Equal(InputErrorCodes.UnknownValue, error.Code);
        Assert.Equal("One of inpatient, generalOutpatient, chronicOutpatient, emergency is expected. Did you mean inpatient?", error.Message);
        Assert.Equal("应为以下取值之一：inpatient、generalOutpatient、chronicOutpatient、emergency。是否应为 inpatient？", error.Text.Chinese);
    }

    [Fact]
    public void AValueFarFromEveryAllowedOne_ListsThemWithoutAGuess()
    {
        var error = Only(Valid.Replace("\"generalOutpatient\",", "\"surgery\",", StringComparison.Ordinal), "encounter.setting");

        Assert.Equal("One of inpatient, generalOutpatient, chronicOutpatient, emergency is expected.", error.Message);
        Assert.Equal("应为以下取值之一：inpatient、generalOutpatient、chronicOutpatient、emergency。", error.Text.Chinese);
    }

    [Fact]
    public void AMisspeltProperty_ListsTheKnownNames_AndTheNearest_InBothLanguages()
    {
        var error = Only(Valid.Replace("\"dischargeDate\"", "\"dischargeDat\"", StringComparison.Ordinal), "encounter.dischargeDat");

        Assert.Equal(InputErrorCodes.UnknownProperty, error.Code);
        Assert.Equal("Not a property of this object (known: setting, date, dischargeDate, condition, items). Did you mean dischargeDate?", error.Message);
        Assert.Equal("这个对象没有这个字段（已知字段：setting、date、dischargeDate、condition、items）。是否应为 dischargeDate？", error.Text.Chinese);
    }

    [Fact]
    public void LimitsAndPlaces_AreInTheChineseToo()
    {
        var broken = Errors("{ \"person\": ");
        Assert.Matches(@"^文档不是格式正确的 UTF-8 JSON（第 1 行第 \d+ 个字节处），嵌套最多 16 层。$", Assert.Single(broken).Text.Chinese);

        var tooLong = Only(Valid.Replace("\"F1\"", "\"" + new string('x', 2000) + "\"", StringComparison.Ordinal), "filings[0].id");
        Assert.Equal(("最多接受 1024 个字符。", "At most 1024 characters are accepted."), (tooLong.Text.Chinese, tooLong.Message));

        var backwards = Only(Valid.Replace("\"validUntil\": null", "\"validUntil\": \"2023-12-31\"", StringComparison.Ordinal), "filings[0].validUntil");
        Assert.Equal(InputErrorCodes.DateBeforeStart, backwards.Code);
        Assert.Equal("这个日期早于期间的开始日期。", backwards.Text.Chinese);
    }

    [Fact]
    public void TheErrorDocument_IsInTheCallersLanguage_EnglishWhenNoneIsGiven()
    {
        var errors = Errors(Valid.Replace("\"generalOutpatient\",", "\"inpatinet\",", StringComparison.Ordinal));

        string Message(string document) => JsonDocument.Parse(document).RootElement.GetProperty("errors")[0].GetProperty("message").GetString()!;
        Assert.StartsWith("应为以下取值之一：", Message(SettlementJson.WriteErrors(errors, Languages.Chinese, indented: false)), StringComparison.Ordinal);
        Assert.StartsWith("One of inpatient", Message(SettlementJson.WriteErrors(errors, Languages.English, indented: true)), StringComparison.Ordinal);
        Assert.StartsWith("One of inpatient", Message(SettlementJson.WriteErrors(errors)), StringComparison.Ordinal);

        var buffer = new ArrayBufferWriter<byte>();
        SettlementJson.WriteErrors(errors, buffer, Languages.Chinese, indented: false);
        Assert.StartsWith("应为以下取值之一：", Message(Encoding.UTF8.GetString(buffer.WrittenSpan)), StringComparison.Ordinal);

        using var stream = new MemoryStream();
        SettlementJson.WriteErrors(errors, stream, Languages.Chinese, indented: false);
        Assert.StartsWith("应为以下取值之一：", Message(Encoding.UTF8.GetString(stream.ToArray())), StringComparison.Ordinal);

        Assert.Throws<ArgumentException>(() => SettlementJson.WriteErrors(errors, "fr", indented: false));
        Assert.Throws<ArgumentException>(() => SettlementJson.WriteErrors(errors, new ArrayBufferWriter<byte>(), "zh-cn", indented: false));
    }

    private static string Pack(string parameters) =>
        $$"""{ "schemaVersion": 1, "region": "330100", "name": "杭州市", "parameters": {{parameters}} }""";

    private static IReadOnlyList<InputError> PackErrors(string json) =>
        Assert.Throws<InvalidPolicyPackException>(() => PolicyCatalog.ReadPack(new MemoryStream(Encoding.UTF8.GetBytes(json)), "pack.json")).Errors;

    [Fact]
    public void AMisspeltPolicyParameter_GetsTheNearestName_InBothLanguages()
    {
        var error = Assert.Single(PackErrors(Pack("""{ "retroactiveFilingWindowMonth": [ { "value": 3, "source": "s", "confidence": "stated" } ] }""")));

        Assert.Equal(("parameters.retroactiveFilingWindowMonth", InputErrorCodes.UnknownProperty), (error.Path, error.Code));
        Assert.StartsWith("Not a policy parameter (known: ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(" Did you mean retroactiveFilingWindowMonths?", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("没有这个政策参数（已知参数：", error.Text.Chinese, StringComparison.Ordinal);
        Assert.EndsWith("。是否应为 retroactiveFilingWindowMonths？", error.Text.Chinese, StringComparison.Ordinal);
        Assert.Contains("retroactiveFilingBeforeDischarge、", error.Text.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void APolicyValue_SaysItsRangeAndAllowedValues_InChinese()
    {
        var errors = PackErrors(Pack("""
            { "retroactiveFilingWindowMonths": [ { "value": 500, "source": "s", "confidence": "stated" } ],
              "poolingLevel": [ { "value": "cty", "source": "s", "confidence": "stater" } ],
              "emergencyDeemedFiled": [ { "value": "yes", "source": "s", "confidence": "stated", "efectiveFrom": null } ] }
            """));

        var range = Assert.Single(errors, e => e.Path == "parameters.retroactiveFilingWindowMonths[0].value");
        Assert.Equal(("应为 0 到 120 之间的整数，或 null（未知）。", "An integer between 0 and 120, or null (unknown), is expected."), (range.Text.Chinese, range.Message));

        var level = Assert.Single(errors, e => e.Path == "parameters.poolingLevel[0].value");
        Assert.Equal(("应为以下取值之一：city、province、county。是否应为 city？", "One of city, province, county is expected. Did you mean city?"), (level.Text.Chinese, level.Message));

        var confidence = Assert.Single(errors, e => e.Path == "parameters.poolingLevel[0].confidence");
        Assert.Equal("应为以下取值之一：stated、national、low。是否应为 stated？", confidence.Text.Chinese);

        var flag = Assert.Single(errors, e => e.Path == "parameters.emergencyDeemedFiled[0].value");
        Assert.Equal("这里应为 true 或 false。", flag.Text.Chinese);

        var entry = Assert.Single(errors, e => e.Path == "parameters.emergencyDeemedFiled[0].efectiveFrom");
        Assert.EndsWith("是否应为 effectiveFrom？", entry.Text.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void AHospitalDirectory_SaysWhatIsWrong_InBothLanguages()
    {
        const string csv = "id,name,regoin,level,inpatient,generalOutpatient,chronicConditions,intraProvinceOnly\nH1,,420106,,true,true,,\n";
        Assert.False(HospitalDirectory.TryReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv)), out _, out var errors));

        var column = Assert.Single(errors, e => e.Code == InputErrorCodes.UnknownProperty);
        Assert.EndsWith(" Did you mean region?", column.Message, StringComparison.Ordinal);
        Assert.StartsWith("医院目录没有这一列（已知列：id、name、region、", column.Text.Chinese, StringComparison.Ordinal);
        Assert.EndsWith("是否应为 region？", column.Text.Chinese, StringComparison.Ordinal);
        Assert.Contains(errors, e => e.Code == InputErrorCodes.Required && e.Text.Chinese == "缺少必需的列 region。");

        const string rows = "id,name,region,level,inpatient,generalOutpatient,chronicConditions,intraProvinceOnly\nH1,,420106,,true,true,,\nH1,,420106,,true,true,,\n";
        Assert.False(HospitalDirectory.TryReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(rows)), out _, out var duplicate));
        Assert.Equal("另一家医院的 id 与此相同（第 2 行）。", Assert.Single(duplicate).Text.Chinese);
    }

    [Fact]
    public void AMisspeltWhyNotQuestion_IsRefusedWithTheNearestRuleOrCode()
    {
        Assert.True(SettlementJson.TryReadCase(Encoding.UTF8.GetBytes(Valid), out var @case, out _));

        var e = Assert.Throws<ArgumentException>(() => new SettlementEvaluator().Explain(@case!, "FILING_EXPRIED"));

        Assert.Contains("Did you mean FILING_EXPIRED?", e.Message, StringComparison.Ordinal);
        Assert.Equal("ruleIdOrFindingCode", e.ParamName);
    }
}
