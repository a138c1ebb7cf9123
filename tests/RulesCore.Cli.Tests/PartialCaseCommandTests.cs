using System.Text;
using System.Text.Json;

namespace RulesCore.Cli.Tests;

/// <summary>A case whose caller does not know its filings, through every command that decides.</summary>
public class PartialCaseCommandTests
{
    private static readonly string His = Path.Combine(Cli.Root, "samples", "partial", "his-filings-unknown.json");

    [Fact]
    public void Evaluate_SaysWhatIsStillToCheck_InBothLanguages()
    {
        var (exit, zh, _) = Cli.Run("evaluate", His);
        var (_, en, _) = Cli.Run("evaluate", His, "--lang", "en");

        Assert.Equal(0, exit);
        Assert.StartsWith("待核实：最好可直接结算，最坏需先全额垫付，再回参保地手工报销", zh, StringComparison.Ordinal);
        Assert.Contains("还需核实：", zh, StringComparison.Ordinal);
        Assert.Contains("备案记录", zh, StringComparison.Ordinal);
        Assert.Contains("如果不利：全额垫付后报销", zh, StringComparison.Ordinal);
        Assert.StartsWith("To be checked: at best settles directly; at worst pay in full", en, StringComparison.Ordinal);
        Assert.Contains("Still to check:", en, StringComparison.Ordinal);
        Assert.Contains("if unfavourable: pay, then claim", en, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Json_IsUndetermined_WithTheRangeAndTheCheck()
    {
        var (exit, stdout, _) = Cli.Run("evaluate", His, "--format", "json");

        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("undetermined", root.GetProperty("outcome").GetString());
        Assert.Equal("direct", root.GetProperty("possibleOutcomes").GetProperty("best").GetString());
        Assert.Equal("payThenClaim", root.GetProperty("possibleOutcomes").GetProperty("worst").GetString());
        Assert.Equal("filings", root.GetProperty("checks")[0].GetProperty("fact").GetString());
    }

    [Fact]
    public void Ndjson_DecidesAPartialLine_BesideACompleteOne()
    {
        var partial = JsonDocument.Parse(File.ReadAllText(His)).RootElement.GetRawText();
        var complete = JsonDocument.Parse(File.ReadAllText(Cli.Sample("settles-directly-long-term-resident.json"))).RootElement.GetRawText();
        var (exit, stdout, stderr) = Cli.Run(false, new MemoryStream(Encoding.UTF8.GetBytes(partial.ReplaceLineEndings(" ") + "\n" + complete.ReplaceLineEndings(" ") + "\n")), "evaluate", "--ndjson");

        Assert.True(exit == 0, stdout + stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal("undetermined", lines[0].GetProperty("outcome").GetString());
        Assert.Equal("direct", lines[1].GetProperty("outcome").GetString());
        Assert.False(lines[1].TryGetProperty("possibleOutcomes", out _));
    }

    [Fact]
    public void Plan_StartsWithTheChecks_ThenTheStepsForTheWorstCompletion()
    {
        var (exit, stdout, _) = Cli.Run("plan", His, "--lang", "en");

        Assert.Equal(0, exit);
        var check = stdout.IndexOf("Still to check:", StringComparison.Ordinal);
        var steps = stdout.IndexOf("Do these", StringComparison.Ordinal);
        Assert.True(check > 0 && steps > check, stdout);
    }

    [Fact]
    public void Explain_WhyNot_SaysTheRuleTurnsOnTheUnknownFilings()
    {
        var (exit, stdout, _) = Cli.Run("explain", His, "--why-not", "FILING_MISSING", "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Contains("Whether it fires depends on unknown facts: filings", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AListedFactThatIsGiven_IsAnErrorNamingIt()
    {
        var text = File.ReadAllText(His).Replace("\"unknownFacts\": [", "\"filings\": [], \"unknownFacts\": [", StringComparison.Ordinal);
        var file = Path.Combine(Path.GetTempPath(), "rulescore-partial-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, text);
        try
        {
            var (exit, stdout, _) = Cli.Run("evaluate", file, "--lang", "en");

            Assert.Equal(2, exit);
            Assert.Contains("UNKNOWN_FACT_GIVEN", stdout, StringComparison.Ordinal);
            Assert.Contains("filings is listed in unknownFacts", stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Hospitals_ListWhereTheVisitMaySettle_WithTheRange()
    {
        var directory = Path.Combine(Cli.Root, "samples", "hospitals", "directory.csv");
        var (exit, text, _) = Cli.Run("hospitals", His, "--hospitals", directory, "--lang", "en");
        var (_, json, _) = Cli.Run("hospitals", His, "--hospitals", directory, "--format", "json");

        Assert.Equal(0, exit);
        Assert.Contains("where this visit may settle directly (to be checked)", text, StringComparison.Ordinal);
        Assert.Contains("At best settles directly; at worst pay in full", text, StringComparison.Ordinal);
        var first = JsonDocument.Parse(json).RootElement[0];
        Assert.Equal("undetermined", first.GetProperty("outcome").GetString());
        Assert.Equal("payThenClaim", first.GetProperty("possibleOutcomes").GetProperty("worst").GetString());
    }

    [Fact]
    public void Hospitals_ForACaseThatDoesNotKnowItsHospitalsServices_JudgeEachHospitalByTheDirectory()
    {
        var text = File.ReadAllText(His)
            .Replace("\"unknownFacts\": [\n    \"filings\"\n  ]", "\"unknownFacts\": [\"hospital.crossRegionServices\"], \"filings\": [{ \"id\": \"F1\", \"reason\": \"longTermResident\", \"destinationRegion\": \"420100\", \"validFrom\": \"2024-01-01\", \"status\": \"active\", \"basis\": \"materials\" }]", StringComparison.Ordinal);
        var root = System.Text.Json.Nodes.JsonNode.Parse(text)!;
        root["hospital"]!.AsObject().Remove("crossRegionServices");
        var file = Path.Combine(Path.GetTempPath(), "rulescore-partial-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, root.ToJsonString());
        try
        {
            var (exit, json, err) = Cli.Run("hospitals", file, "--hospitals", Path.Combine(Cli.Root, "samples", "hospitals", "directory.csv"), "--format", "json");

            Assert.True(exit == 0, json + err);
            Assert.All(JsonDocument.Parse(json).RootElement.EnumerateArray(), h => Assert.Equal("direct", h.GetProperty("outcome").GetString()));
            Assert.NotEmpty(JsonDocument.Parse(json).RootElement.EnumerateArray());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("zh-CN", "`rulescore evaluate samples/partial/his-filings-unknown.json`:")]
    [InlineData("en", "and with `--lang en`:")]
    public void TheReadme_ShowsWhatEvaluatePrints(string language, string before)
    {
        var readme = File.ReadAllText(Path.Combine(Cli.Root, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("```\n", readme.IndexOf(before, StringComparison.Ordinal), StringComparison.Ordinal) + 4;
        var shown = readme.Substring(start, readme.IndexOf("```", start, StringComparison.Ordinal) - start);
        var (_, printed, _) = Cli.Run("evaluate", His, "--lang", language);

        // The case line shows the path as given.
        static string[] Lines(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Where(l => !l.StartsWith("病例文件：", StringComparison.Ordinal) && !l.StartsWith("case: ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(Lines(printed), Lines(shown));
    }
}
