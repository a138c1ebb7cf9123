using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RulesCore.Settlement;
using RulesCore.Settlement.Json;

namespace RulesCore.Cli.Tests;

/// <summary><c>rulescore evaluate --ndjson</c>: one case per line in, one document per line out, in input order.</summary>
public class NdjsonTests
{
    private static readonly int Limit = SettlementJsonOptions.Default.MaxDocumentBytes;

    /// <summary>A valid case on one line whose filing is <paramref name="filingId"/> (the decision names it: <c>filing:ID</c>).</summary>
    internal static string CaseLine(string filingId, string insuredRegion = "430100")
    {
        var node = JsonNode.Parse(File.ReadAllText(Cli.Sample("settles-directly-long-term-resident.json")))!;
        node["filings"]![0]!["id"] = filingId;
        node["person"]!["insuredRegion"] = insuredRegion;
        return node.ToJsonString();
    }

    private static string Expected(string line, string language = "zh-CN") =>
        SettlementJson.WriteDecision(new SettlementEvaluator().Evaluate(SettlementJson.ReadCase(Encoding.UTF8.GetBytes(line), null), new EvaluationOptions { Language = language }), indented: false);

    private static (int Exit, string[] Lines, string Err) Run(string stdin, params string[] args)
    {
        var (exit, stdout, stderr) = Cli.Run(false, new MemoryStream(Encoding.UTF8.GetBytes(stdin)), args);
        Assert.EndsWith("\n", stdout, StringComparison.Ordinal);
        return (exit, stdout.Substring(0, stdout.Length - 1).Split('\n'), stderr);
    }

    private static string Code(string document) => JsonDocument.Parse(document).RootElement.GetProperty("errors")[0].GetProperty("code").GetString()!;

    private static string Temp(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), "rulescore-ndjson-" + Guid.NewGuid().ToString("N") + ".ndjson");
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void EachLine_GetsItsDecision_InOrder_Compact_AndTheSameAsOneCase()
    {
        var lines = Enumerable.Range(0, 40).Select(i => CaseLine("F" + i)).ToArray();

        var (exit, output, stderr) = Run(string.Join("\n", lines) + "\n", "evaluate", "--ndjson", "--parallel", "2");

        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        Assert.Equal(lines.Select(l => Expected(l)), output);
    }

    [Fact]
    public void ABadLine_GetsItsErrorDocument_AtItsPlace_AndTheStreamGoesOn()
    {
        var input = string.Join("\n", CaseLine("A"), "{not json", CaseLine("B", insuredRegion: "4301"), CaseLine("C")) + "\n";

        var (exit, output, _) = Run(input, "evaluate", "--ndjson");

        Assert.Equal(2, exit);
        Assert.Equal(4, output.Length);
        Assert.Contains("\"filing:A\"", output[0], StringComparison.Ordinal);
        Assert.Equal("INVALID_JSON", Code(output[1]));
        Assert.Equal("INVALID_REGION", Code(output[2]));
        Assert.Contains("\"filing:C\"", output[3], StringComparison.Ordinal);

        // The error document is the contract's: schemaVersion and errors, nothing else.
        var error = JsonDocument.Parse(output[2]).RootElement;
        Assert.Equal(new[] { "schemaVersion", "errors" }, error.EnumerateObject().Select(p => p.Name));
        Assert.Equal("person.insuredRegion", error.GetProperty("errors")[0].GetProperty("path").GetString());
    }

    [Fact]
    public void BlankLines_GetAnErrorDocument_SoLineNAnswersLineN_AndAFinalLineFeedStartsNoLine()
    {
        var (exit, output, _) = Run(CaseLine("A") + "\n\n   \n" + CaseLine("B") + "\n", "evaluate", "--ndjson");

        Assert.Equal(2, exit);
        Assert.Equal(4, output.Length);
        Assert.Equal("INVALID_JSON", Code(output[1]));
        Assert.Equal("INVALID_JSON", Code(output[2]));
        Assert.Contains("\"filing:B\"", output[3], StringComparison.Ordinal);
    }

    [Fact]
    public void CarriageReturns_AByteOrderMark_AndAMissingFinalLineFeed_AreAccepted()
    {
        var (exit, output, _) = Run("\uFEFF" + CaseLine("A") + "\r\n" + CaseLine("B") + "\r\n" + CaseLine("C"), "evaluate", "--ndjson");

        Assert.Equal(0, exit);
        Assert.Equal(new[] { "A", "B", "C" }.Select(id => Expected(CaseLine(id))), output);
    }

    [Fact]
    public void TheSizeLimit_IsPerLine_TheCaseDocumentLimit()
    {
        var line = CaseLine("A");
        var atLimit = line.Substring(0, line.Length - 1) + new string(' ', Limit - Encoding.UTF8.GetByteCount(line)) + "}";
        var overLimit = atLimit.Replace("{", "{ ", StringComparison.Ordinal);
        Assert.Equal(Limit, Encoding.UTF8.GetByteCount(atLimit));

        var (exit, output, _) = Run(string.Join("\n", atLimit, overLimit, atLimit + "\r", CaseLine("B")), "evaluate", "--ndjson", "--lang", "en");

        Assert.Equal(2, exit);
        Assert.Equal(4, output.Length);
        Assert.Contains("\"filing:A\"", output[0], StringComparison.Ordinal);
        Assert.Equal("TOO_LARGE", Code(output[1]));
        Assert.Contains($"larger than {Limit} bytes", output[1], StringComparison.Ordinal);
        Assert.Contains("\"filing:A\"", output[2], StringComparison.Ordinal);
        Assert.Contains("\"filing:B\"", output[3], StringComparison.Ordinal);

        // In Chinese (the default) the error documents speak Chinese too, as the text output does.
        var (_, chinese, _) = Run(string.Join("\n", overLimit, "{\"person\": 1}"), "evaluate", "--ndjson");
        Assert.Contains($"\"message\":\"文档超过 {Limit} 字节。\"", chinese[0], StringComparison.Ordinal);
        Assert.Contains("\"message\":\"这里应为对象。\"", chinese[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Files_AreReadInOrder_AnUnreadableOneGetsItsErrorDocument_AndStandardInputIsDash()
    {
        var first = Temp(CaseLine("A") + "\n" + CaseLine("B") + "\n");
        var second = Temp(CaseLine("D") + "\n");
        try
        {
            var (exit, output, _) = Run(CaseLine("S") + "\n", "evaluate", "--ndjson", first, "/no/such/file.ndjson", "-", second, "--lang", "en");

            Assert.Equal(2, exit);
            Assert.Equal(5, output.Length);
            Assert.Contains("\"filing:A\"", output[0], StringComparison.Ordinal);
            Assert.Contains("\"filing:B\"", output[1], StringComparison.Ordinal);
            Assert.Equal("""{"schemaVersion":1,"errors":[{"path":"$","code":"UNREADABLE_FILE","message":"The file cannot be read: not found."}]}""", output[2]);
            Assert.Contains("\"filing:S\"", output[3], StringComparison.Ordinal);
            Assert.Contains("\"filing:D\"", output[4], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    [Fact]
    public void Options_Apply_ToEveryLine()
    {
        var late = CaseLine("A").Replace("\"validUntil\":null", "\"validUntil\":\"2025-01-31\"", StringComparison.Ordinal);
        var pack = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".json");
        File.WriteAllText(pack, """
            { "region": "430100", "name": "长沙 test", "parameters": { "personalAccountPermissionRequired": [
              { "value": true, "effectiveFrom": null, "effectiveUntil": null, "source": "test", "confidence": "stated" } ] } }
            """);
        var noAccount = CaseLine("B").Replace("\"personalAccountPaymentEnabled\":true", "\"personalAccountPaymentEnabled\":false", StringComparison.Ordinal);
        try
        {
            var (_, english, _) = Run(late + "\n", "evaluate", "--ndjson", "--lang", "en");
            var (_, chinese, _) = Run(late + "\n", "evaluate", "--ndjson");
            var admitted = JsonNode.Parse(File.ReadAllText(Cli.Sample("000-admitted-without-filing-file-before-discharge.json")))!.ToJsonString();
            var (_, early, _) = Run(admitted + "\n", "evaluate", "--ndjson", "--as-of", "2025-03-20");
            var (_, tooLate, _) = Run(admitted + "\n", "evaluate", "--ndjson", "--as-of", "2025-03-21");
            var (_, packed, _) = Run(noAccount + "\n", "evaluate", "--ndjson", "--policy-pack", pack);
            var (_, plain, _) = Run(noAccount + "\n", "evaluate", "--ndjson");

            Assert.Equal(Expected(late, "en"), english.Single());
            Assert.Contains("ended on 2025-01-31", english[0], StringComparison.Ordinal);
            Assert.Equal(Expected(late), chinese.Single());
            Assert.Contains("FILING_EXPIRED", chinese[0], StringComparison.Ordinal);
            Assert.Contains("FILING_RETROACTIVE_AVAILABLE", early[0], StringComparison.Ordinal);
            Assert.DoesNotContain("FILING_RETROACTIVE_AVAILABLE", tooLate[0], StringComparison.Ordinal);
            Assert.Contains("PERSONAL_ACCOUNT_NOT_ENABLED", packed[0], StringComparison.Ordinal);
            Assert.DoesNotContain("PERSONAL_ACCOUNT_NOT_ENABLED", plain[0], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(pack);
        }
    }

    [Fact]
    public void Rules_FromAnAssembly_ApplyToEveryLine()
    {
        var guangxi = CaseLine("A", insuredRegion: "450100");
        var (exit, output, _) = Run(guangxi + "\n" + CaseLine("B") + "\n", "evaluate", "--ndjson", "--rules", typeof(NdjsonTests).Assembly.Location);

        Assert.Equal(0, exit);
        Assert.Contains("EXAMPLE_CLI_NOTICE", output[0], StringComparison.Ordinal);
        Assert.DoesNotContain("EXAMPLE_CLI_NOTICE", output[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evaluate", "--ndjson", "--parallel", "0")]
    [InlineData("evaluate", "--ndjson", "--parallel", "many")]
    [InlineData("evaluate", "--ndjson", "--parallel", "257")]
    [InlineData("evaluate", "--ndjson", "--format", "text")]
    [InlineData("evaluate", "x.json", "--parallel", "2")]
    [InlineData("explain", "--ndjson", "x.json")]
    public void BadNdjsonCommandLines_Exit2WithAMessage(params string[] args)
    {
        var (exit, stdout, stderr) = Cli.Run(args);

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.StartsWith("rulescore: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatJson_IsAccepted()
    {
        var (exit, output, _) = Run(CaseLine("A") + "\n", "evaluate", "--ndjson", "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal(Expected(CaseLine("A")), output.Single());
    }
}

/// <summary>NDJSON through the real process: 10,000 lines, by standard input and by file.</summary>
public class NdjsonProcessTests
{
    private const int Count = 10_000;

    private static readonly Dictionary<int, string> BadLines = new()
    {
        [2_500] = "INVALID_JSON",
        [5_000] = "INVALID_REGION",
        [7_500] = "TOO_LARGE",
        [9_000] = "INVALID_JSON",
    };

    private static byte[] Input(bool withBadLines)
    {
        var text = new StringBuilder();
        var valid = NdjsonTests.CaseLine("N0");
        for (var i = 0; i < Count; i++)
        {
            var line = !withBadLines || !BadLines.TryGetValue(i, out var code) ? valid.Replace("\"N0\"", $"\"N{i}\"", StringComparison.Ordinal) : code switch
            {
                "INVALID_JSON" when i == 9_000 => string.Empty,
                "INVALID_JSON" => "{\"schemaVersion\": 1, \"person\": ",
                "INVALID_REGION" => NdjsonTests.CaseLine("N" + i, insuredRegion: "4301"),
                _ => "{\"padding\": \"" + new string('x', SettlementJsonOptions.Default.MaxDocumentBytes) + "\"}",
            };
            text.Append(line).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public async Task TenThousandLines_ComeOutInOrder_OnePerLine(bool viaStandardInput, bool withBadLines)
    {
        var input = Input(withBadLines);
        var file = Path.Combine(Path.GetTempPath(), "rulescore-ndjson-" + Guid.NewGuid().ToString("N") + ".ndjson");
        File.WriteAllBytes(file, input);
        try
        {
            var (exit, stdout, stderr) = viaStandardInput
                ? await CliProcess.RunAsync(input, "evaluate", "--ndjson", "-")
                : await CliProcess.RunAsync(Array.Empty<byte>(), "evaluate", "--ndjson", file);

            Assert.Empty(stderr);
            Assert.Equal(withBadLines ? 2 : 0, exit);
            var lines = stdout.Split('\n');
            Assert.Equal(Count + 1, lines.Length);
            Assert.Equal(string.Empty, lines[Count]);
            for (var i = 0; i < Count; i++)
            {
                if (withBadLines && BadLines.TryGetValue(i, out var code))
                {
                    Assert.StartsWith("{\"schemaVersion\":1,\"errors\":[", lines[i], StringComparison.Ordinal);
                    Assert.Equal(code, JsonDocument.Parse(lines[i]).RootElement.GetProperty("errors")[0].GetProperty("code").GetString());
                }
                else
                {
                    Assert.StartsWith("{\"schemaVersion\":1,\"outcome\":\"direct\"", lines[i], StringComparison.Ordinal);
                    Assert.Contains($"\"filing:N{i}\"", lines[i], StringComparison.Ordinal);
                }
            }

            var first = Encoding.UTF8.GetString(input, 0, Array.IndexOf(input, (byte)'\n'));
            Assert.Equal(SettlementJson.WriteDecision(new SettlementEvaluator().Evaluate(SettlementJson.ReadCase(Encoding.UTF8.GetBytes(first), null)), indented: false), lines[0]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task APipeConsumer_GetsEachAnswer_BeforeSendingTheNextLine()
    {
        using var process = CliProcess.Start("evaluate", "--ndjson", "--lang", "en");
        try
        {
            for (var i = 0; i < 3; i++)
            {
                await process.StandardInput.WriteAsync(NdjsonTests.CaseLine("P" + i) + "\n");
                await process.StandardInput.FlushAsync();
                var answer = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
                Assert.Contains($"\"filing:P{i}\"", answer, StringComparison.Ordinal);
            }

            process.StandardInput.Close();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }
}
