using System.Text;
using System.Text.Json.Nodes;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Model;

namespace RulesCore.Cli.Tests;

/// <summary>
/// <c>rulescore from-platform</c>, and <c>evaluate</c> and <c>plan</c> given the national platform's messages: the case on
/// standard output, the assumptions on standard error, errors under the option and file they belong to.
/// </summary>
public class PlatformCommandTests
{
    private static string Sample(string name) => Path.Combine(Cli.Root, "samples", "platform", name);

    private static readonly string[] Outpatient = { "--person", Sample("1101-person.json"), "--encounter", Sample("2201-encounter.json"), "--hospital", Sample("hospital-wuhan.json") };

    private static readonly string[] Chronic =
    {
        "--person", Sample("1101-person.json"), "--chronic", Sample("5301-chronic.json"), "--designations", Sample("5302-designations.json"),
        "--encounter", Sample("2201-encounter-chronic.json"), "--fees", Sample("2204-fees.json"), "--hospital", Sample("hospital-wuhan.json"),
    };

    private static string[] Args(string command, string[] messages, params string[] more) => new[] { command }.Concat(messages).Concat(more).ToArray();

    [Fact]
    public void FromPlatform_WritesTheCaseOnStandardOutput_AndTheAssumptionsOnStandardError()
    {
        var (exit, stdout, stderr) = Cli.Run(Args("from-platform", Outpatient));

        Assert.Equal(0, exit);
        Assert.True(SettlementJson.TryReadCase(Encoding.UTF8.GetBytes(stdout), out var read, out var errors), string.Join("; ", errors));
        Assert.Equal(new[] { FactPaths.Filings, FactPaths.Qualifications, FactPaths.Card, FactPaths.EVoucherActivated, FactPaths.PersonalAccountPaymentEnabled }, read!.UnknownFacts);
        Assert.StartsWith("假设（可信度 B、C 的对应，不写入病例）：\n  [C] 1101 psn_insu_stas 1（正常参保）", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("psn_insu_stas", stdout, StringComparison.Ordinal);
        Assert.StartsWith("Assumptions (mappings of confidence B or C, not part of the case):\n", Cli.Run(Args("from-platform", Outpatient, "--lang", "en")).Err, StringComparison.Ordinal);
    }

    [Fact]
    public void FromPlatform_PipedIntoEvaluate_IsUndetermined_TheFilingToCheck()
    {
        var (_, json, _) = Cli.Run(Args("from-platform", Outpatient));
        var (exit, stdout, _) = Cli.Run(false, new MemoryStream(Encoding.UTF8.GetBytes(json)), "evaluate", "-", "--format", "json");

        Assert.Equal(0, exit);
        var decision = JsonNode.Parse(stdout)!;
        Assert.Equal("undetermined", (string?)decision["outcome"]);
        Assert.Equal("filings", (string?)decision["checks"]![0]!["fact"]);
    }

    [Fact]
    public void Evaluate_TakesTheMessagesDirectly_TheChronicVisitIsPayThenClaim()
    {
        var (exit, stdout, stderr) = Cli.Run(Args("evaluate", Chronic, "--format", "json", "--lang", "en"));

        Assert.Equal(0, exit);
        var decision = JsonNode.Parse(stdout)!;
        Assert.Equal("payThenClaim", (string?)decision["outcome"]);
        Assert.Contains("HOSPITAL_CONDITION_NOT_OPEN", stdout, StringComparison.Ordinal);
        Assert.Contains("[B] enddate 2120-11-01 on or after 2100-01-01 → open-ended", stderr, StringComparison.Ordinal);

        var (textExit, text, _) = Cli.Run(Args("evaluate", Chronic));
        Assert.Equal(0, textExit);
        Assert.StartsWith("先全额垫付，再回参保地手工报销", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_TakesTheMessagesDirectly()
    {
        var (exit, stdout, stderr) = Cli.Run(Args("plan", Outpatient, "--format", "json"));

        Assert.Equal(0, exit);
        Assert.NotNull(JsonNode.Parse(stdout)!["reachable"]);
        Assert.Contains("假设", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AnInvalidMessage_IsReportedUnderItsOptionAndFile_AndNothingIsWrittenOnStandardOutput()
    {
        var directory = Scratch();
        var encounter = Path.Combine(directory, "encounter.json");
        File.WriteAllText(encounter, """{ "input": { "data": { "med_type": "12", "begntime": "2025-03-10 09:00:00" } } }""");
        var args = new[] { "from-platform", "--person", Sample("1101-person.json"), "--encounter", encounter, "--hospital", Sample("hospital-wuhan.json"), "--lang", "en" };

        var (exit, stdout, stderr) = Cli.Run(args);

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.StartsWith("INVALID PLATFORM MESSAGES — no case\n\n--encounter " + encounter + ":\n", stderr, StringComparison.Ordinal);
        Assert.Contains("input.data.med_type  UNKNOWN_VALUE  med_type 12 is not in the code tables", stderr, StringComparison.Ordinal);
        Assert.Equal(2, Cli.Run(args.Skip(1).Prepend("evaluate").ToArray()).Exit);

        var (jsonExit, document, jsonErr) = Cli.Run(args.Skip(1).Prepend("evaluate").Append("--format").Append("json").ToArray());
        Assert.Equal((2, string.Empty), (jsonExit, jsonErr));
        var error = JsonNode.Parse(document)!["errors"]![0]!;
        Assert.Equal(("encounter.input.data.med_type", "UNKNOWN_VALUE"), ((string?)error["path"], (string?)error["code"]));
    }

    [Fact]
    public void AFileThatCannotBeRead_OrIsEmpty_IsSaidForItsOption()
    {
        var directory = Scratch();
        var empty = Path.Combine(directory, "empty.json");
        File.WriteAllText(empty, string.Empty);
        var (exit, _, stderr) = Cli.Run("from-platform", "--person", Path.Combine(directory, "missing.json"), "--chronic", empty, "--encounter", Sample("2201-encounter.json"), "--hospital", Sample("hospital-wuhan.json"), "--lang", "en");

        Assert.Equal(2, exit);
        Assert.Contains("--person " + Path.Combine(directory, "missing.json") + ":\n", stderr, StringComparison.Ordinal);
        Assert.Contains("UNREADABLE_FILE  The file cannot be read: not found.", stderr, StringComparison.Ordinal);
        Assert.Contains("--chronic " + empty + ":\n", stderr, StringComparison.Ordinal);
        Assert.Contains("INVALID_JSON  The file is empty", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileLargerThanACase_OrEndless_IsTooLarge_ForItsOption()
    {
        var directory = Scratch();
        try
        {
            var large = Path.Combine(directory, "large.json");
            File.WriteAllBytes(large, new byte[SettlementJsonOptions.Default.MaxDocumentBytes + 1]);
            var endless = File.Exists("/dev/zero") ? "/dev/zero" : large; // an endless device where the system has one

            var (exit, _, stderr) = Cli.Run("from-platform", "--person", large, "--chronic", endless, "--encounter", Sample("2201-encounter.json"), "--hospital", Sample("hospital-wuhan.json"), "--lang", "en");

            Assert.Equal(2, exit);
            Assert.Contains("--person " + large + ":\n", stderr, StringComparison.Ordinal);
            Assert.Contains("--chronic " + endless + ":\n", stderr, StringComparison.Ordinal);
            Assert.Equal(2, stderr.Split("TOO_LARGE  The document is larger than " + SettlementJsonOptions.Default.MaxDocumentBytes + " bytes.").Length - 1);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void TheRequiredMessages_AndNotBothCaseFilesAndMessages()
    {
        var (exit, stdout, stderr) = Cli.Run("from-platform", "--person", Sample("1101-person.json"), "--lang", "en");
        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Equal("rulescore: platform messages need --person, --encounter and --hospital; --encounter, --hospital missing.\n", stderr);

        var both = Cli.Run(Args("evaluate", Outpatient, Cli.Sample("000-damaged-card-chip.json"), "--lang", "en"));
        Assert.Equal((2, "rulescore: give case files or platform messages, not both (platform messages do not go with --ndjson or --parallel).\n"), (both.Exit, both.Err));
        Assert.Equal(2, Cli.Run(Args("evaluate", Outpatient, "--ndjson")).Exit);
        Assert.Equal((2, "rulescore: --person is for evaluate, plan and from-platform only.\n"), (Cli.Run("explain", Cli.Sample("000-damaged-card-chip.json"), "--person", "x.json", "--lang", "en").Exit, Cli.Run("explain", Cli.Sample("000-damaged-card-chip.json"), "--person", "x.json", "--lang", "en").Err));
    }

    [Fact]
    public void CodeTables_OverrideForTheInsuredProvince_AndMalformedOnesAreRefused()
    {
        var directory = Scratch();
        var tables = Path.Combine(directory, "codes-430000.json");
        File.WriteAllText(tables, """
            { "schemaVersion": 1, "province": "430000", "name": { "zh-CN": "湖南示例", "en": "Hunan example" },
              "tables": { "med_type": [ { "code": "12", "value": "generalOutpatient", "confidence": "B", "source": { "zh-CN": "示例", "en": "example" } } ] } }
            """);
        var encounter = Path.Combine(directory, "encounter.json");
        File.WriteAllText(encounter, """{ "med_type": "12", "begntime": "2025-03-10" }""");
        var args = new[] { "from-platform", "--person", Sample("1101-person.json"), "--encounter", encounter, "--hospital", Sample("hospital-wuhan.json"), "--code-tables", tables };

        Assert.Equal(0, Cli.Run(args).Exit);
        File.WriteAllText(tables, """{ "schemaVersion": 1, "tables": { } }""");
        var (exit, _, stderr) = Cli.Run(args.Append("--lang").Append("en").ToArray());
        Assert.Equal(2, exit);
        Assert.StartsWith("Code tables '" + tables + "' were rejected:\n  name: REQUIRED", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void NoPersonalData_ReachesAnyOutput_AcceptedOrRefused()
    {
        const string Name = "测试姓名甲乙";
        const string IdNumber = "11010519491231002X";
        const string Phone = "13912345678";
        const string Address = "北京市朝阳区某某路88号";
        var directory = Scratch();
        var person = JsonNode.Parse(File.ReadAllText(Sample("1101-person.json")))!;
        person["output"]!["baseinfo"]!["psn_name"] = Name;
        person["output"]!["baseinfo"]!["certno"] = IdNumber;
        person["output"]!["baseinfo"]!["tel"] = Phone;
        person["output"]!["baseinfo"]!["addr"] = Address;
        var encounter = JsonNode.Parse(File.ReadAllText(Sample("2201-encounter-chronic.json")))!;
        encounter["input"]!["data"]!["mdtrt_cert_no"] = IdNumber;
        encounter["input"]!["data"]!["coner_name"] = Name;
        encounter["input"]!["data"]!["tel"] = Phone;
        File.WriteAllText(Path.Combine(directory, "1101.json"), person.ToJsonString());
        File.WriteAllText(Path.Combine(directory, "encounter.json"), encounter.ToJsonString());
        encounter["input"]!["data"]!["med_type"] = IdNumber;
        File.WriteAllText(Path.Combine(directory, "bad-encounter.json"), encounter.ToJsonString());
        var messages = new[] { "--person", Path.Combine(directory, "1101.json"), "--chronic", Sample("5301-chronic.json"), "--fees", Sample("2204-fees.json"), "--hospital", Sample("hospital-wuhan.json") };

        var outputs = new List<string>();
        foreach (var language in new[] { "zh-CN", "en" })
        {
            foreach (var command in new[] { new[] { "from-platform" }, new[] { "evaluate" }, new[] { "evaluate", "--format", "json" }, new[] { "plan" } })
            {
                var good = Cli.Run(command.Concat(messages).Concat(new[] { "--encounter", Path.Combine(directory, "encounter.json"), "--lang", language }).ToArray());
                var bad = Cli.Run(command.Concat(messages).Concat(new[] { "--encounter", Path.Combine(directory, "bad-encounter.json"), "--lang", language }).ToArray());
                Assert.Equal((0, 2), (good.Exit, bad.Exit));
                outputs.AddRange(new[] { good.Out, good.Err, bad.Out, bad.Err });
            }
        }

        foreach (var value in new[] { Name, IdNumber, Phone, Address, IdNumber.Substring(0, 17) })
        {
            Assert.All(outputs, o => Assert.DoesNotContain(value, o, StringComparison.Ordinal));
        }
    }

    private static string Scratch()
    {
        var directory = Path.Combine(Path.GetTempPath(), "rulescore-platform-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }
}
