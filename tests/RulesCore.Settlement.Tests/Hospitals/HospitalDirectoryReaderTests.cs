using System.Text;
using RulesCore.Settlement.Hospitals;
using static RulesCore.Settlement.Tests.Hospitals.DirectoryText;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Tests.Hospitals;

/// <summary>Reading hospital directories from JSON and CSV: the contract's shape, every kind of error with its place, quoting, limits.</summary>
public class HospitalDirectoryReaderTests
{
    private static string Sample(string name) => RepositoryFiles.PathOf("samples", "hospitals", name);

    [Fact]
    public void TheSampleDirectory_ReadsTheSameFromJsonAndCsv()
    {
        var json = HospitalDirectory.LoadFile(Sample("directory.json"));
        var csv = HospitalDirectory.LoadFile(Sample("directory.csv"));

        Assert.Equal(26, json.Count);
        Assert.Equal(Describe(json), Describe(csv));
        Assert.All(json.Hospitals, h => Assert.EndsWith("（示例）", h.Name, StringComparison.Ordinal));
        Assert.Equal(json.Hospitals.Select(h => h.Id).OrderBy(id => id, StringComparer.Ordinal), json.Hospitals.Select(h => h.Id));
    }

    [Fact]
    public void AJsonEntry_ReadsEveryField()
    {
        var (directory, errors) = FromJson("""
            [ { "id": "H2", "name": "乙医院", "region": "420106", "level": "三级甲等",
                "crossRegionServices": { "inpatient": true, "generalOutpatient": false, "chronicConditions": ["hypertension", "diabetes"], "intraProvinceOnly": true } },
              { "id": "H1", "region": "310104", "crossRegionServices": { "inpatient": false, "generalOutpatient": true } } ]
            """);

        Assert.Empty(errors);
        Assert.Equal(new[] { "H1||310104||False|True||False", "H2|乙医院|420106|三级甲等|True|False|hypertension;diabetes|True" }, Describe(directory!));
    }

    [Fact]
    public void ACsvRow_ReadsEveryField_AndAnEmptyCellIsLeftOut()
    {
        var (directory, errors) = FromCsv(Header + "\nH2,乙医院,420106,三级甲等,true,false,hypertension;diabetes,true\nH1,,310104,,false,true,,\n");

        Assert.Empty(errors);
        Assert.Equal(new[] { "H1||310104||False|True||False", "H2|乙医院|420106|三级甲等|True|False|hypertension;diabetes|True" }, Describe(directory!));
    }

    public static TheoryData<string, string, string> JsonErrors() => new()
    {
        { "{}", "$", InputErrorCodes.WrongType },
        { "[", "$", InputErrorCodes.InvalidJson },
        { "", "$", InputErrorCodes.InvalidJson },
        { "[] []", "$", InputErrorCodes.InvalidJson },
        { "[1]", "[0]", InputErrorCodes.WrongType },
        { "[null]", "[0]", InputErrorCodes.WrongType },
        { "[" + JsonEntry("H1") + "," + JsonEntry("H2", services: """{ "inpatient": "yes", "generalOutpatient": true }""") + "]", "[1].crossRegionServices.inpatient", InputErrorCodes.WrongType },
        { "[" + JsonEntry("H1", services: """{ "generalOutpatient": true }""") + "]", "[0].crossRegionServices.inpatient", InputErrorCodes.Required },
        { "[" + JsonEntry("H1", services: """{ "inpatient": true, "generalOutpatient": true, "telemedicine": true }""") + "]", "[0].crossRegionServices.telemedicine", InputErrorCodes.UnknownProperty },
        { "[" + JsonEntry("H1", extra: "\"beds\": 300,") + "]", "[0].beds", InputErrorCodes.UnknownProperty },
        { "[" + JsonEntry("H1", extra: "\"id\": \"H9\",") + "]", "[0].id", InputErrorCodes.DuplicateProperty },
        { "[" + JsonEntry("H1", region: "42010") + "]", "[0].region", InputErrorCodes.InvalidRegion },
        { """[ { "id": "H1", "crossRegionServices": { "inpatient": true, "generalOutpatient": true } } ]""", "[0].region", InputErrorCodes.Required },
        { "[" + JsonEntry("  ") + "]", "[0].id", InputErrorCodes.Required },
        { "[" + JsonEntry("H\\u001b1") + "]", "[0].id", InputErrorCodes.InvalidCharacter },
        { "[" + JsonEntry(new string('x', 257)) + "]", "[0].id", InputErrorCodes.TooLarge },
        { "[" + JsonEntry("H1", extra: $"\"level\": \"{new string('x', 1025)}\",") + "]", "[0].level", InputErrorCodes.TooLarge },
        { "[" + JsonEntry("H1", extra: "\"level\": 3,") + "]", "[0].level", InputErrorCodes.WrongType },
        { "[" + JsonEntry("H1", services: """{ "inpatient": true, "generalOutpatient": true, "chronicConditions": ["Hypertension"] }""") + "]", "[0].crossRegionServices.chronicConditions[0]", InputErrorCodes.InvalidCondition },
        { "[" + JsonEntry("H1") + "," + JsonEntry("H2") + "," + JsonEntry("H1") + "]", "[2].id", InputErrorCodes.DuplicateId },
        { "[" + JsonEntry("H1", extra: "\"name\": \"\\ud800\",") + "]", "[0].name", InputErrorCodes.WrongType },
    };

    [Theory]
    [MemberData(nameof(JsonErrors))]
    public void AJsonError_IsReportedAtItsPath(string json, string path, string code)
    {
        var (directory, errors) = FromJson(json);

        Assert.Null(directory);
        Assert.Contains(errors, e => e.Path == path && e.Code == code);
    }

    [Fact]
    public void ADuplicateId_NamesTheFirstEntry()
    {
        var (_, jsonErrors) = FromJson("[" + JsonEntry("H1") + "," + JsonEntry("H2") + "," + JsonEntry("H1") + "]");
        var (_, csvErrors) = FromCsv(Header + "\nH1,,420106,,true,true,,\nH2,,420106,,true,true,,\nH1,,420106,,true,true,,\n");

        Assert.Equal(new InputError("[2].id", InputErrorCodes.DuplicateId, "Another hospital has the same id ([0])."), Assert.Single(jsonErrors));
        Assert.Equal(new InputError("row 4, column 1 (id)", InputErrorCodes.DuplicateId, "Another hospital has the same id (row 2)."), Assert.Single(csvErrors));
    }

    [Fact]
    public void InvalidUtf8_IsAnError_NotAnException()
    {
        var entry = Encoding.UTF8.GetBytes("[" + JsonEntry("H1", extra: "\"name\": \"AB\",") + "]");
        var at = Array.IndexOf(entry, (byte)'A');
        entry[at] = 0xC3;
        entry[at + 1] = 0x28;
        var row = Encoding.UTF8.GetBytes(Header + "\nH1,AB,420106,,true,true,,\n");
        var cell = Array.IndexOf(row, (byte)'A');
        row[cell] = 0xFF;

        Assert.Contains(FromJson(entry).Errors, e => e.Path == "[0]" && e.Code == InputErrorCodes.InvalidJson);
        Assert.Contains(FromCsv(row).Errors, e => e.Path == "row 2" && e.Code == InputErrorCodes.InvalidCsv);
    }

    [Fact]
    public void InvalidUtf8InACsv_IsReportedTheSame_HoweverTheStreamIsCut()
    {
        // Row 2 has a bad region; row 3 holds a byte that is not UTF-8. Every stream gets both problems, in order.
        var csv = Encoding.UTF8.GetBytes(Header + "\nH1,,4201,,true,true,,\nH2,AB,420106,,true,true,,\n");
        csv[Array.IndexOf(csv, (byte)'A')] = 0xFF;
        var expected = new[] { ("row 2, column 3 (region)", InputErrorCodes.InvalidRegion), ("row 3", InputErrorCodes.InvalidCsv) };

        Assert.Equal(expected, FromCsv(csv).Errors.Select(e => (e.Path, e.Code)));
        foreach (var seed in new[] { 1, 2, 3 })
        {
            Assert.False(HospitalDirectory.TryReadCsv(new Trickle(csv, seed), out _, out var errors));
            Assert.Equal(expected, errors.Select(e => (e.Path, e.Code)));
        }
    }

    public static TheoryData<string, string, string> CsvErrors() => new()
    {
        { "", "$", InputErrorCodes.InvalidCsv },
        { Header + ",beds\nH1,,420106,,true,true,,,300\n", "row 1, column 9", InputErrorCodes.UnknownProperty },
        { "id,region,inpatient\nH1,420106,true\n", "row 1", InputErrorCodes.Required },
        { "id,region,inpatient,generalOutpatient,id\nH1,420106,true,true,H1\n", "row 1, column 5 (id)", InputErrorCodes.DuplicateProperty },
        { Header + "\nH1,,420106,,true,true,,\nH2,,420106,,yes,true,,\n", "row 3, column 5 (inpatient)", InputErrorCodes.WrongType },
        { Header + "\nH1,,420106,,TRUE,true,,\n", "row 2, column 5 (inpatient)", InputErrorCodes.WrongType },
        { Header + "\nH1,,420106,,true,,,\n", "row 2, column 6 (generalOutpatient)", InputErrorCodes.Required },
        { Header + "\nH1,,420106,,true,true,,maybe\n", "row 2, column 8 (intraProvinceOnly)", InputErrorCodes.WrongType },
        { Header + "\nH1,,4201,,true,true,,\n", "row 2, column 3 (region)", InputErrorCodes.InvalidRegion },
        { Header + "\nH1,,,,true,true,,\n", "row 2, column 3 (region)", InputErrorCodes.Required },
        { Header + "\n,,420106,,true,true,,\n", "row 2, column 1 (id)", InputErrorCodes.Required },
        { Header + "\n\"H\u001b1\",,420106,,true,true,,\n", "row 2, column 1 (id)", InputErrorCodes.InvalidCharacter },
        { Header + "\nH1,,420106,,true,true,hypertension;;diabetes,\n", "row 2, column 7 (chronicConditions)", InputErrorCodes.InvalidCondition },
        { Header + "\nH1,,420106," + new string('x', 1025) + ",true,true,,\n", "row 2, column 4 (level)", InputErrorCodes.TooLarge },
        { Header + "\nH1,,420106,,true,true,,\nH2,,420106,,true,true\n", "row 3", InputErrorCodes.InvalidCsv },
        { Header + "\nH1,\"乙医院,420106,,true,true,,\n", "row 2, column 2", InputErrorCodes.InvalidCsv },
        { Header + "\nH1,乙\"医院,420106,,true,true,,\n", "row 2, column 2", InputErrorCodes.InvalidCsv },
        { Header + "\nH1,\"乙医院\"x,420106,,true,true,,\n", "row 2, column 2", InputErrorCodes.InvalidCsv },
        { Header + "\nH1,\"" + new string('x', 70_000) + "\",420106,,true,true,,\n", "row 2, column 2 (name)", InputErrorCodes.TooLarge },
    };

    [Theory]
    [MemberData(nameof(CsvErrors))]
    public void ACsvError_IsReportedAtItsRowAndColumn(string csv, string path, string code)
    {
        var (directory, errors) = FromCsv(csv);

        Assert.Null(directory);
        Assert.Contains(errors, e => e.Path == path && e.Code == code);
    }

    [Fact]
    public void AnInvalidConditionInACsvCell_SaysWhichEntryOfTheList()
    {
        var error = Assert.Single(FromCsv(Header + "\nH1,,420106,,true,true,hypertension;High,\n").Errors);

        Assert.Equal("row 2, column 7 (chronicConditions)", error.Path);
        Assert.EndsWith("(entry 2 of the list)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CsvQuoting_FollowsRfc4180()
    {
        var csv = Header + "\r\n"
            + "\"H1\",\"甲医院, 东院\",420106,\"三级\"\"甲等\"\"\",true,true,\"hypertension;diabetes\",false\r\n"
            + "H2,\"两行\n的名字\",420106,,true,false,,\r\n"
            + "H3,\"\",420106,\"\",false,true,,";

        var (directory, errors) = FromCsv(csv);

        Assert.Empty(errors);
        Assert.Equal(new[]
        {
            "H1|甲医院, 东院|420106|三级\"甲等\"|True|True|hypertension;diabetes|False",
            "H2|两行\n的名字|420106||True|False||False",
            "H3||420106||False|True||False",
        }, Describe(directory!));
    }

    [Fact]
    public void ALineBreakInsideQuotes_DoesNotStartARow()
    {
        var error = Assert.Single(FromCsv(Header + "\nH1,\"两行\n的名字\",420106,,true,true,,\nH2,,420106,,true,x,,\n").Errors);

        Assert.Equal("row 3, column 6 (generalOutpatient)", error.Path);
    }

    [Fact]
    public void CrlfAndLf_ByteOrderMarks_BlankLinesAndColumnOrder_ReadAlike()
    {
        const string rows = "H1,甲医院,420106,三级甲等,true,true,hypertension,false\nH2,,310104,,true,false,,true\n";
        var expected = Describe(FromCsv(Header + "\n" + rows).Directory!);
        var bom = Encoding.UTF8.GetPreamble();

        Assert.Equal(expected, Describe(FromCsv((Header + "\n" + rows).Replace("\n", "\r\n", StringComparison.Ordinal)).Directory!));
        Assert.Equal(expected, Describe(FromCsv(bom.Concat(Encoding.UTF8.GetBytes(Header + "\n" + rows)).ToArray()).Directory!));
        Assert.Equal(expected, Describe(FromCsv(Header + "\n\n" + rows.TrimEnd('\n') + "\n\n").Directory!));
        Assert.Equal(expected, Describe(FromCsv("intraProvinceOnly,chronicConditions,generalOutpatient,inpatient,level,region,name,id\nfalse,hypertension,true,true,三级甲等,420106,甲医院,H1\ntrue,,false,true,,310104,,H2").Directory!));
        var sample = File.ReadAllBytes(Sample("directory.json"));
        Assert.Equal(Describe(FromJson(sample).Directory!), Describe(FromJson(bom.Concat(sample).ToArray()).Directory!));
    }

    [Fact]
    public void OptionalColumns_MayBeLeftOut()
    {
        var (directory, errors) = FromCsv("region,id,generalOutpatient,inpatient\n420106,H1,true,false\n");

        Assert.Empty(errors);
        Assert.Equal("H1||420106||False|True||False", Describe(Assert.Single(directory!.Hospitals)));
    }

    [Fact]
    public void AStreamHandedOutAFewBytesAtATime_ReadsAsAWhole()
    {
        var hospitals = Enumerable.Range(0, 3_000).Select(i => JsonEntry("H" + i, services: $$"""{ "inpatient": {{(i % 2 == 0 ? "true" : "false")}}, "generalOutpatient": true, "chronicConditions": ["hypertension"] }""", extra: "\"name\": \"医院，名字\",")).ToArray();
        var json = Encoding.UTF8.GetBytes("[\n" + string.Join(",\n", hospitals) + "\n]");
        var csv = Encoding.UTF8.GetBytes(Header + "\n" + string.Join("\n", Enumerable.Range(0, 3_000).Select(i => $"H{i},\"医院，名字\",420106,,{(i % 2 == 0 ? "true" : "false")},true,hypertension,false")));

        Assert.True(json.Length > 256 * 1024);
        Assert.True(HospitalDirectory.TryReadJson(new Trickle(json, 1), out var fromJson, out var jsonErrors), string.Join("\n", jsonErrors));
        Assert.True(HospitalDirectory.TryReadCsv(new Trickle(csv, 2), out var fromCsv, out var csvErrors), string.Join("\n", csvErrors));
        Assert.Equal(3_000, fromJson!.Count);
        Assert.Equal(Describe(fromJson), Describe(fromCsv!));
        Assert.Equal(Describe(fromJson), Describe(FromJson(json).Directory!));
    }

    [Fact]
    public void TheByteLimit_AcceptsADirectoryOfExactlyThatSize_AndRefusesOneByteMore()
    {
        var json = Encoding.UTF8.GetBytes("[" + JsonEntry("H1") + "," + JsonEntry("H2") + "]");
        var csv = Encoding.UTF8.GetBytes(Header + "\nH1,,420106,,true,true,,\nH2,,420106,,true,true,,\n");

        Assert.Empty(FromJson(json, new HospitalDirectoryOptions { MaxBytes = json.Length }).Errors);
        Assert.Empty(FromCsv(csv, new HospitalDirectoryOptions { MaxBytes = csv.Length }).Errors);
        Assert.Equal(new InputError("$", InputErrorCodes.TooLarge, $"The directory is larger than {json.Length - 1} bytes."), Assert.Single(FromJson(json, new HospitalDirectoryOptions { MaxBytes = json.Length - 1 }).Errors));
        Assert.Equal(new InputError("$", InputErrorCodes.TooLarge, $"The directory is larger than {csv.Length - 1} bytes."), Assert.Single(FromCsv(csv, new HospitalDirectoryOptions { MaxBytes = csv.Length - 1 }).Errors));
    }

    [Fact]
    public void AnEndlessStream_IsRefused_AfterOneByteMoreThanTheLimit()
    {
        var options = new HospitalDirectoryOptions { MaxBytes = 200_000 };
        var json = new Endless((byte)' ');
        var csv = new Endless((byte)'x');

        Assert.False(HospitalDirectory.TryReadJson(json, out _, out var jsonErrors, options));
        Assert.False(HospitalDirectory.TryReadCsv(csv, out _, out var csvErrors, options));
        Assert.Equal(InputErrorCodes.TooLarge, Assert.Single(jsonErrors).Code);
        Assert.Equal(InputErrorCodes.TooLarge, Assert.Single(csvErrors).Code);
        Assert.Equal(options.MaxBytes + 1, json.Consumed);
        Assert.Equal(options.MaxBytes + 1, csv.Consumed);
    }

    [Fact]
    public void TheHospitalLimit_AcceptsThatMany_AndRefusesOneMore()
    {
        static string JsonOf(int n) => "[" + string.Join(",", Enumerable.Range(0, n).Select(i => JsonEntry("H" + i))) + "]";
        static string CsvOf(int n) => Header + "\n" + string.Join("\n", Enumerable.Range(0, n).Select(i => $"H{i},,420106,,true,true,,"));
        var options = new HospitalDirectoryOptions { MaxHospitals = 5 };

        Assert.Equal(5, FromJson(JsonOf(5), options).Directory!.Count);
        Assert.Equal(5, FromCsv(CsvOf(5), options).Directory!.Count);
        Assert.Equal(new InputError("$", InputErrorCodes.TooLarge, "The directory holds more than 5 hospitals."), Assert.Single(FromJson(JsonOf(6), options).Errors));
        Assert.Equal(new InputError("$", InputErrorCodes.TooLarge, "The directory holds more than 5 hospitals."), Assert.Single(FromCsv(CsvOf(6), options).Errors));
    }

    [Fact]
    public void TheDefaults_AcceptTheNationalList()
    {
        Assert.True(HospitalDirectoryOptions.Default.MaxHospitals >= 200_000);
        Assert.True(HospitalDirectoryOptions.Default.MaxBytes >= 64_000_000);
        Assert.Equal(100, HospitalDirectoryOptions.Default.MaxErrors);
        Assert.Throws<ArgumentOutOfRangeException>(() => new HospitalDirectoryOptions { MaxBytes = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new HospitalDirectoryOptions { MaxHospitals = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new HospitalDirectoryOptions { MaxErrors = 0 });
    }

    [Fact]
    public void AtMostMaxErrorsAreListed_ThenOneSaysTheRestAreNot()
    {
        var json = "[" + string.Join(",", Enumerable.Range(0, 10).Select(i => JsonEntry("H" + i, region: "x"))) + "]";
        var csv = Header + "\n" + string.Join("\n", Enumerable.Range(0, 10).Select(i => $"H{i},,x,,true,true,,"));
        var options = new HospitalDirectoryOptions { MaxErrors = 3 };

        foreach (var errors in new[] { FromJson(json, options).Errors, FromCsv(csv, options).Errors })
        {
            Assert.Equal(4, errors.Count);
            Assert.All(errors.Take(3), e => Assert.Equal(InputErrorCodes.InvalidRegion, e.Code));
            Assert.Equal(new InputError("$", InputErrorCodes.TooLarge, "More than 3 problems; the rest are not listed."), errors[3]);
        }

        Assert.Equal(101, FromJson("[" + string.Join(",", Enumerable.Range(0, 300).Select(i => JsonEntry("H" + i, region: "x"))) + "]").Errors.Count);
    }

    [Fact]
    public void Messages_NeverEchoLongInput_NorControlCharacters()
    {
        var name = "\u001b[31m" + new string('a', 5_000);
        var (_, errors) = FromJson("[" + JsonEntry("H1", extra: $"\"{name.Replace("\u001b", "\\u001b", StringComparison.Ordinal)}\": 1,") + "]");
        var (_, csvErrors) = FromCsv(Header + "," + name + "\nH1,,420106,,true,true,,,1\n");

        Assert.All(errors.Concat(csvErrors), e =>
        {
            Assert.DoesNotContain(e.Path + e.Message, CaseLimits.IsControlCharacter);
            Assert.True(e.Path.Length + e.Message.Length < 400, e.Path);
        });
    }

    [Fact]
    public void LoadingAFile_GoesByItsExtension()
    {
        var directory = Directory.CreateTempSubdirectory();
        try
        {
            var csv = Path.Combine(directory.FullName, "list.CSV");
            File.WriteAllText(csv, Header + "\nH1,,420106,,true,true,,\n");
            var text = Path.Combine(directory.FullName, "list.txt");
            File.WriteAllText(text, "[]");

            Assert.Equal(1, HospitalDirectory.LoadFile(csv).Count);
            Assert.False(HospitalDirectory.TryLoadFile(text, out _, out var errors));
            Assert.Equal(InputErrorCodes.UnknownValue, Assert.Single(errors).Code);
            Assert.False(HospitalDirectory.TryLoadFile(Path.Combine(directory.FullName, "missing.json"), out _, out errors));
            Assert.Equal(new InputError("$", InputErrorCodes.UnreadableFile, "The file cannot be read: not found."), Assert.Single(errors));
            var thrown = Assert.Throws<InvalidHospitalDirectoryException>(() => HospitalDirectory.LoadFile(text));
            Assert.Equal(text, thrown.Origin);
            Assert.IsAssignableFrom<InvalidInputException>(thrown);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void TheConstructor_ChecksAsTheReadersDo()
    {
        var hospital = new DirectoryHospital { Hospital = new Hospital { Id = "H1", Region = Fixtures.WuhanDistrict, CrossRegionServices = new CrossRegionServices { Inpatient = true, GeneralOutpatient = true } } };
        var e = Assert.Throws<InvalidHospitalDirectoryException>(() => new HospitalDirectory(new[] { hospital, hospital with { Level = "三级" }, hospital with { Hospital = hospital.Hospital with { Id = "H2", Region = default } } }));

        Assert.Equal(new[] { ("[1].id", InputErrorCodes.DuplicateId), ("[2].region", InputErrorCodes.Required) }, e.Errors.Select(x => (x.Path, x.Code)));
        Assert.Equal(1, new HospitalDirectory(new[] { hospital }).Count);
        Assert.Same(hospital, new HospitalDirectory(new[] { hospital }).Find("H1"));
        Assert.Null(new HospitalDirectory(new[] { hospital }).Find("H2"));
    }

    [Fact]
    public void AThrowingRead_ListsEveryProblem()
    {
        var e = Assert.Throws<InvalidHospitalDirectoryException>(() => HospitalDirectory.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(Header + "\nH1,,x,,y,true,,\n"))));

        Assert.Equal(new[] { "row 2, column 3 (region)", "row 2, column 5 (inpatient)" }, e.Errors.Select(x => x.Path));
        Assert.Contains("row 2, column 3 (region): INVALID_REGION", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidHospitalDirectoryException>(() => HospitalDirectory.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes("{}"))));
    }
}
