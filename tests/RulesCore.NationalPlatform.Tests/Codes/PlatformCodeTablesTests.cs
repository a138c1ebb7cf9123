using RulesCore.NationalPlatform.Codes;
using RulesCore.Settlement.Errors;

namespace RulesCore.NationalPlatform.Tests.Codes;

/// <summary>The code tables: shipped as data with a source and confidence per row, overridden per insured province.</summary>
public class PlatformCodeTablesTests
{
    private static PlatformCodeTables Read(string json) => PlatformCodeTables.Read(new MemoryStream(Fixtures.Bytes(json)), "test.json");

    private static IReadOnlyList<InputError> Rejected(string json)
    {
        Assert.False(PlatformCodeTables.TryRead(Fixtures.Bytes(json), "test.json", out var tables, out var errors));
        Assert.Null(tables);
        return errors;
    }

    [Fact]
    public void National_HoldsTheSpecificationsRows_EachWithASourceAndItsConfidence()
    {
        var national = PlatformCodeTables.National;
        string? Value(CodeTable table, string code) => national.Rows.Single(r => r.Table == table && r.Code == code).Value;
        MappingConfidence Confidence(CodeTable table, string code) => national.Rows.Single(r => r.Table == table && r.Code == code).Confidence;

        Assert.Null(national.Province);
        Assert.All(national.Rows, r => Assert.True(r.Source.Chinese.Length > 0 && r.Source.English.Length > 0 && r.Name.Chinese.Length > 0 && r.Name.English.Length > 0, r.Code));
        Assert.Equal(("generalOutpatient", MappingConfidence.A), (Value(CodeTable.MedicalType, "11"), Confidence(CodeTable.MedicalType, "11")));
        Assert.Equal(("emergency", MappingConfidence.B), (Value(CodeTable.MedicalType, "13"), Confidence(CodeTable.MedicalType, "13")));
        Assert.DoesNotContain(national.Rows, r => r.Table == CodeTable.MedicalType && (r.Code == "12" || r.Code.StartsWith("99", StringComparison.Ordinal)));
        Assert.Equal(new[] { "310", "320", "330", "340", "390", "392", "510" }, national.Rows.Where(r => r.Table == CodeTable.InsuranceType).Select(r => r.Code).OrderBy(c => c, StringComparer.Ordinal));
        Assert.All(national.Rows.Where(r => r.Table == CodeTable.InsuranceStatus), r => Assert.Equal(MappingConfidence.C, r.Confidence));
        Assert.Equal(12, national.Rows.Count(r => r.Table == CodeTable.ConditionCode));
        Assert.Equal(MappingConfidence.A, Confidence(CodeTable.ConditionCode, "M03900"));
        Assert.Equal(MappingConfidence.C, Confidence(CodeTable.ConditionCode, "M039"));
        Assert.Equal("xxxx00", Value(CodeTable.InsuredArea, "xxxx99"));
        Assert.Equal(MappingConfidence.A, Confidence(CodeTable.DesignationType, "08"));
    }

    [Fact]
    public void TheNationalTables_AreAnEmbeddedResource()
    {
        Assert.Contains("RulesCore.NationalPlatform.Codes.national.json", typeof(PlatformCodeTables).Assembly.GetManifestResourceNames());
        Assert.Equal("RulesCore.NationalPlatform.Codes.national.json", PlatformCodeTables.National.Origin);
    }

    [Fact]
    public void AnOverride_ReplacesAndWithdrawsRows_ForItsProvince_AndALaterOneReplacesAnEarlier()
    {
        const string Row = """{ "code": "310", "value": "resident", "name": { "zh-CN": "x", "en": "x" }, "confidence": "C", "source": { "zh-CN": "y", "en": "y" } }""";
        var swap = Read("""{ "schemaVersion": 1, "province": "420000", "name": { "zh-CN": "a", "en": "a" }, "tables": { "insutype": [ """ + Row + """ ] } }""");
        var withdraw = Read("""{ "schemaVersion": 1, "province": "420000", "name": { "zh-CN": "b", "en": "b" }, "tables": { "psn_insu_stas": [ { "code": "4", "value": null, "confidence": "C", "source": { "zh-CN": "y", "en": "y" } } ] } }""");

        var swapped = new PlatformCaseBuilder(new PlatformOptions().AddCodeTables(swap));
        Assert.True(swapped.TryBuild(Fixtures.Messages(Fixtures.Person("310", area: "420100"), Fixtures.Encounter()), out var hubei, out _));
        Assert.Equal(Settlement.Model.InsuranceScheme.Resident, hubei!.Case.Person.Scheme);
        Assert.True(swapped.TryBuild(Fixtures.Messages(Fixtures.Person("310", area: "430100"), Fixtures.Encounter()), out var hunan, out _));
        Assert.Equal(Settlement.Model.InsuranceScheme.Employee, hunan!.Case.Person.Scheme);

        var later = new PlatformCaseBuilder(new PlatformOptions().AddCodeTables(swap).AddCodeTables(withdraw));
        Assert.True(later.TryBuild(Fixtures.Messages(Fixtures.Person("310", area: "420100"), Fixtures.Encounter()), out var replaced, out _));
        Assert.Equal(Settlement.Model.InsuranceScheme.Employee, replaced!.Case.Person.Scheme);
        Assert.False(later.TryBuild(Fixtures.Messages(Fixtures.Person("310", "4", "420100"), Fixtures.Encounter()), out _, out var errors));
        Assert.Equal("person.insuinfo[0].psn_insu_stas", Assert.Single(errors).Path);
    }

    [Fact]
    public void AnOverrideForEveryRegion_AppliesBelowAProvincesOwn()
    {
        static string Table(string province, string value) => """{ "schemaVersion": 1, "province": """ + province + """, "name": { "zh-CN": "a", "en": "a" }, "tables": { "insuplc_admdvs": [ { "code": "xxxx98", "value": """ + "\"" + value + "\"" + """, "confidence": "C", "source": { "zh-CN": "y", "en": "y" } } ] } }""";
        var options = new PlatformOptions().AddCodeTables(Read(Table("null", "xxxx00"))).AddCodeTables(Read(Table("\"420000\"", "xxxx01")));
        var builder = new PlatformCaseBuilder(options);

        Assert.True(builder.TryBuild(Fixtures.Messages(Fixtures.Person(area: "430198"), Fixtures.Encounter()), out var hunan, out _));
        Assert.True(builder.TryBuild(Fixtures.Messages(Fixtures.Person(area: "420198"), Fixtures.Encounter()), out var hubei, out _));
        Assert.Equal(("430100", "420101"), (hunan!.Case.Person.InsuredRegion.ToString(), hubei!.Case.Person.InsuredRegion.ToString()));
    }

    [Fact]
    public void AMalformedTable_IsRejectedWhole_EveryProblemWithItsPath()
    {
        var errors = Rejected("""
            { "schemaVersion": 2, "province": "420100", "nmae": {}, "tables": {
                "med_type": [ { "code": "1 2", "value": "outpatient", "confidence": "D", "source": { "zh-CN": "s", "en": "s" } },
                              { "code": "11", "value": "generalOutpatient", "confidence": "A" } ],
                "opsp_dise_code": [ { "code": "M039", "value": "High-BP", "confidence": "A", "source": { "zh-CN": "s", "en": "s" } } ],
                "insuplc_admdvs": [ { "code": "xxxx99", "value": "xxx100", "confidence": "C", "source": { "zh-CN": "s", "en": "s" } } ],
                "chrgitm_lw": [] } }
            """);
        var found = errors.Select(e => (e.Path, e.Code)).ToList();

        Assert.Contains(("schemaVersion", InputErrorCodes.UnsupportedSchemaVersion), found);
        Assert.Contains(("province", InputErrorCodes.InvalidRegion), found);
        Assert.Contains(("nmae", InputErrorCodes.UnknownProperty), found);
        Assert.Contains(("name", InputErrorCodes.Required), found);
        Assert.Contains(("tables.med_type[0].code", InputErrorCodes.UnknownValue), found);
        Assert.Contains(("tables.med_type[0].value", InputErrorCodes.UnknownValue), found);
        Assert.Contains(("tables.med_type[0].confidence", InputErrorCodes.UnknownValue), found);
        Assert.Contains(("tables.med_type[1].source", InputErrorCodes.Required), found);
        Assert.Contains(("tables.opsp_dise_code[0].value", InputErrorCodes.UnknownValue), found);
        Assert.Contains(("tables.insuplc_admdvs[0].value", InputErrorCodes.UnknownValue), found);
        Assert.Contains(("tables.chrgitm_lw", InputErrorCodes.UnknownProperty), found);
        Assert.Contains(errors, e => e.Path == "tables.chrgitm_lw" && e.Message.Contains("Did you mean chrgitm_lv?", StringComparison.Ordinal));
    }

    [Fact]
    public void ACodeGivenTwiceInATable_IsAnError()
    {
        const string Row = """{ "code": "11", "value": "emergency", "confidence": "B", "source": { "zh-CN": "s", "en": "s" } }""";
        var errors = Rejected("""{ "schemaVersion": 1, "name": { "zh-CN": "a", "en": "a" }, "tables": { "med_type": [ """ + Row + ", " + Row + """ ] } }""");

        Assert.Equal(("tables.med_type[1].code", InputErrorCodes.DuplicateId), (Assert.Single(errors).Path, errors[0].Code));
    }

    [Fact]
    public void ReadFile_NamesAFileItCannotRead_AndTheOptionsReadFilesToo()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-tables-" + Guid.NewGuid().ToString("N") + ".json");

        var e = Assert.Throws<InvalidCodeTablesException>(() => new PlatformOptions().AddCodeTablesFile(missing));
        Assert.Equal((InputErrorCodes.UnreadableFile, missing), (Assert.Single(e.Errors).Code, e.Origin));
        Assert.Contains(missing, e.Errors[0].Message, StringComparison.Ordinal);
        var tooLarge = Assert.Throws<InvalidCodeTablesException>(() => PlatformCodeTables.Read(new MemoryStream(new byte[1024 * 1024 + 1]), "big.json"));
        Assert.Equal(InputErrorCodes.TooLarge, Assert.Single(tooLarge.Errors).Code);
    }
}
