using System.Text.Json;

namespace RulesCore.Cli.Tests;

/// <summary><c>rulescore hospitals</c>: where the visit would settle directly, in either language, as text or JSON; bad directories.</summary>
public class HospitalsCommandTests
{
    private static string Directory(string extension) => Path.Combine(Cli.Root, "samples", "hospitals", "directory" + extension);

    private const string Pingyi = "000-pingyi-employee-shanghai-inpatient-only-hospital.json";
    private const string Datong = "003-datong-special-outpatient-hospital-without-the-condition.json";

    private static bool HasCjk(string text) => text.Any(c => c >= '\u2e80' && c <= '\u9fff' || c >= '\uff00' && c <= '\uff60');

    private static string[] TableLines(string stdout) => stdout.Split('\n').SkipWhile(l => l.Length > 0).Skip(1).Where(l => l.Length > 0).ToArray();

    [Fact]
    public void InChinese_ATableOfTheHospitals_EveryWordChinese()
    {
        var (exit, stdout, stderr) = Cli.Run("hospitals", Cli.Sample(Pingyi), "--hospitals", Directory(".json"));

        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        Assert.StartsWith("在上海市（310000）能直接结算这次就医的医院：2 家\n", stdout, StringComparison.Ordinal);
        var table = TableLines(stdout);
        Assert.Equal(new[] { "编号", "名称", "所在地", "等级", "结算" }, table[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(new[] { "SH03", "黄浦区示例人民医院（示例）", "上海市黄浦区（310101）", "三级甲等", "直接结算" }, table[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("  SH04  浦东新区示例医院（示例）", table[2], StringComparison.Ordinal);
        Assert.Equal(3, table.Length);
        Assert.DoesNotMatch("[A-Za-z]{3,}", string.Join("\n", table).Replace("SH0", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void TheReadme_ShowsWhatTheCommandPrints()
    {
        var (_, stdout, _) = Cli.Run("hospitals", Cli.Sample(Pingyi), "--hospitals", Directory(".json"));
        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var shown = stdout.Replace(Cli.Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);

        Assert.Contains("```\n" + shown + "```", readme, StringComparison.Ordinal);
        Assert.Contains(string.Join(" ", "rulescore hospitals", "samples/cases/" + Pingyi, "--hospitals samples/hospitals/directory.json"), readme, StringComparison.Ordinal);
        Assert.All(HelpText.Usage(Cli.Command("hospitals")), line => Assert.Contains(line.Split(' ')[1], readme, StringComparison.Ordinal));
    }

    [Fact]
    public void InEnglish_EveryWordEnglish_ButTheNamesTheDirectoryGives()
    {
        var (exit, stdout, _) = Cli.Run("hospitals", Cli.Sample(Datong), "--hospitals", Directory(".csv"), "--lang", "en");

        Assert.Equal(0, exit);
        Assert.StartsWith("Hospitals in Beijing (110000) where this visit settles directly: 1\n", stdout, StringComparison.Ordinal);
        var table = TableLines(stdout);
        Assert.Equal(new[] { "id", "name", "region", "level", "outcome" }, table[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("BJ01  朝阳区示例医院（示例）  Chaoyang District, Beijing (110105)  tertiary, grade A  settles directly", table[1], StringComparison.Ordinal);
        Assert.False(HasCjk(stdout.Replace("朝阳区示例医院（示例）", string.Empty, StringComparison.Ordinal)), stdout);
    }

    [Fact]
    public void AReducedRate_IsSaidWithItsPoints()
    {
        var (_, chinese, _) = Cli.Run("hospitals", Cli.Sample("001-emergency-at-inpatient-only-hospital.json"), "--hospitals", Directory(".json"));
        var (_, english, _) = Cli.Run("hospitals", Cli.Sample("001-emergency-at-inpatient-only-hospital.json"), "--hospitals", Directory(".json"), "--lang", "en");

        Assert.Contains("WH01", chinese, StringComparison.Ordinal);
        Assert.Matches("直接结算(，报销比例降低不超过 \\d+ 个百分点)?\n", chinese);
        Assert.Matches("settles directly(; ratio lowered by up to \\d+ points)?\n", english);
    }

    [Fact]
    public void Json_IsTheDocumentedArray()
    {
        var (exit, stdout, _) = Cli.Run("hospitals", Cli.Sample(Pingyi), "--hospitals", Directory(".csv"), "--format", "json", "--lang", "en");

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(stdout);
        var entries = document.RootElement.EnumerateArray().ToArray();
        Assert.Equal(new[] { "SH03", "SH04" }, entries.Select(e => e.GetProperty("id").GetString()));
        Assert.All(entries, e => Assert.Equal(new[] { "id", "name", "region", "level", "outcome", "rateReductionPoints" }, e.EnumerateObject().Select(p => p.Name)));
        Assert.Equal("黄浦区示例人民医院（示例）", entries[0].GetProperty("name").GetString());
        Assert.Equal("310101", entries[0].GetProperty("region").GetString());
        Assert.Equal("三级甲等", entries[0].GetProperty("level").GetString());
        Assert.Equal("direct", entries[0].GetProperty("outcome").GetString());
        Assert.Equal(0, entries[0].GetProperty("rateReductionPoints").GetInt32());
    }

    [Fact]
    public void Region_NarrowsOrMovesTheSearch()
    {
        var (_, one, _) = Cli.Run("hospitals", Cli.Sample(Pingyi), "--hospitals", Directory(".json"), "--region", "310101", "--format", "json");
        var (_, none, _) = Cli.Run("hospitals", Cli.Sample(Pingyi), "--hospitals", Directory(".json"), "--region", "330100");
        var (exit, _, stderr) = Cli.Run("hospitals", Cli.Sample(Pingyi), "--hospitals", Directory(".json"), "--region", "4201");

        Assert.Equal("SH03", Assert.Single(JsonDocument.Parse(one).RootElement.EnumerateArray()).GetProperty("id").GetString());
        Assert.StartsWith("在杭州市（330100）没有找到能直接结算这次就医的医院。\n", none, StringComparison.Ordinal);
        Assert.Equal(2, exit);
        Assert.Contains("--region", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ABadCsvDirectory_PrintsItsErrors_InTheChosenLanguage_AndExits2()
    {
        var file = Path.Combine(Path.GetTempPath(), $"rulescore-{Guid.NewGuid():N}.csv");
        File.WriteAllText(file, "id,name,region,level,inpatient,generalOutpatient,chronicConditions,intraProvinceOnly\nH1,,4201,,true,true,,\nH2,,420106,,yes,true,,\n");
        try
        {
            var (exit, stdout, stderr) = Cli.Run("hospitals", Cli.Sample(Pingyi), "--hospitals", file);
            var (englishExit, _, english) = Cli.Run("hospitals", Cli.Sample(Pingyi), "--hospitals", file, "--lang", "en");

            Assert.Equal(2, exit);
            Assert.Empty(stdout);
            Assert.Equal($"医院目录 '{file}' 无效：\n  第 2 行第 3 列（region）: INVALID_REGION: 应为六位 GB/T 2260 行政区划代码，且前两位是已知的省份。\n  第 3 行第 5 列（inpatient）: WRONG_TYPE: 这里应为 true 或 false。\n", stderr);
            Assert.Equal(2, englishExit);
            Assert.Equal($"Hospital directory '{file}' was rejected:\n  row 2, column 3 (region): INVALID_REGION: A six-digit GB/T 2260 region code with a known province prefix is expected.\n  row 3, column 5 (inpatient): WRONG_TYPE: true or false is expected here.\n", english);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void NamesAndLevels_WithControlOrBidiCharacters_AreEscaped_InJsonAndText()
    {
        var file = Path.Combine(Path.GetTempPath(), $"rulescore-{Guid.NewGuid():N}.csv");
        File.WriteAllText(file, "id,name,region,level,inpatient,generalOutpatient,chronicConditions,intraProvinceOnly\nSH03,\"黄浦\u202Egnp\u2066医院\u0085\",310101,三级\u200F甲等,true,true,,\n");
        try
        {
            var (exit, json, _) = Cli.Run("hospitals", Cli.Sample(Pingyi), "--hospitals", file, "--format", "json");
            var (_, text, _) = Cli.Run("hospitals", Cli.Sample(Pingyi), "--hospitals", file, "--lang", "en");

            Assert.Equal(0, exit);
            Assert.Contains("\"name\": \"黄浦\\u202Egnp\\u2066医院\\u0085\"", json, StringComparison.Ordinal);
            Assert.Contains("\"level\": \"三级\\u200F甲等\"", json, StringComparison.Ordinal);
            Assert.Equal("黄浦\u202Egnp\u2066医院\u0085", JsonDocument.Parse(json).RootElement[0].GetProperty("name").GetString());
            Assert.Contains("黄浦\\u202Egnp\\u2066医院\\u0085", text, StringComparison.Ordinal);
            Assert.DoesNotContain((json + text).Replace("\n", string.Empty, StringComparison.Ordinal), Settlement.Model.CaseLimits.IsControlCharacter);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void ACsvDirectory_WithInvalidUtf8OrCarriageReturnLineEndings_SaysWhere_InEitherLanguage()
    {
        var file = Path.Combine(Path.GetTempPath(), $"rulescore-{Guid.NewGuid():N}.csv");
        const string header = "id,name,region,level,inpatient,generalOutpatient,chronicConditions,intraProvinceOnly";
        File.WriteAllBytes(file, System.Text.Encoding.UTF8.GetBytes(header + "\nH1,,420106,,true,true,,\nH2,").Concat(new byte[] { 0xFF }).ToArray());
        try
        {
            var (exit, _, chinese) = Cli.Run("hospitals", Cli.Sample(Pingyi), "--hospitals", file);
            var (_, _, english) = Cli.Run("hospitals", Cli.Sample(Pingyi), "--hospitals", file, "--lang", "en");
            Assert.Equal(2, exit);
            Assert.Equal($"医院目录 '{file}' 无效：\n  第 3 行: INVALID_CSV: 文档从第 {header.Length + 28} 个字节起不是有效的 UTF-8（字节从 0 数起）。\n", chinese);
            Assert.Equal($"Hospital directory '{file}' was rejected:\n  row 3: INVALID_CSV: The document is not valid UTF-8 from byte {header.Length + 28} on (bytes counted from 0).\n", english);

            File.WriteAllText(file, header + "\rH1,,420106,,true,true,,\r");
            (exit, _, english) = Cli.Run("hospitals", Cli.Sample(Pingyi), "--hospitals", file, "--lang", "en");
            Assert.Equal(2, exit);
            Assert.Equal($"Hospital directory '{file}' was rejected:\n  row 1: INVALID_CSV: The line ends with a carriage return alone (CR, as on old Macs): a hospital directory's lines end with LF or CRLF, and a CR inside a field is quoted.\n", english);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void ABadJsonDirectory_NamesEachPath()
    {
        var file = Path.Combine(Path.GetTempPath(), $"rulescore-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """[ { "id": "H1", "region": "420106", "crossRegionServices": { "inpatient": "yes", "generalOutpatient": true } } ]""");
        try
        {
            var (exit, _, stderr) = Cli.Run("hospitals", Cli.Sample(Pingyi), "--hospitals", file, "--lang", "en");

            Assert.Equal(2, exit);
            Assert.Contains("  [0].crossRegionServices.inpatient: WRONG_TYPE: true or false is expected here.\n", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void AnUnreadableDirectory_IsNamedAsForOtherFiles()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-directory-file.csv");

        var (exit, _, stderr) = Cli.Run("hospitals", Cli.Sample(Pingyi), "--hospitals", missing);
        var (englishExit, _, english) = Cli.Run("hospitals", Cli.Sample(Pingyi), "--hospitals", missing, "--lang", "en");
        var (folderExit, _, folder) = Cli.Run("hospitals", Cli.Sample(Pingyi), "--hospitals", Path.Combine(Cli.Root, "samples", "hospitals") + "/x.json/..");

        Assert.Equal(2, exit);
        Assert.Equal($"rulescore: 无法读取医院目录 '{missing}'：文件不存在。\n", stderr);
        Assert.Equal(2, englishExit);
        Assert.Equal($"rulescore: cannot read the hospital directory '{missing}': not found.\n", english);
        Assert.Equal(2, folderExit);
        Assert.NotEmpty(folder);
    }

    [Fact]
    public void AMissingDirectory_AnotherExtension_OrAnInvalidCase_Exits2()
    {
        Assert.Equal(2, Cli.Run("hospitals", Cli.Sample(Pingyi)).Exit);
        Assert.Equal(2, Cli.Run("hospitals", "--hospitals", Directory(".json")).Exit);
        Assert.Equal(2, Cli.Run("hospitals", Cli.Sample(Pingyi), "--hospitals", Path.Combine(Cli.Root, "samples", "hospitals", "README.md")).Exit);

        var (exit, stdout, _) = Cli.Run(false, new MemoryStream("{}"u8.ToArray()), "hospitals", "-", "--hospitals", Directory(".json"), "--format", "json");
        Assert.Equal(2, exit);
        Assert.Contains("\"errors\"", stdout, StringComparison.Ordinal);
    }
}
