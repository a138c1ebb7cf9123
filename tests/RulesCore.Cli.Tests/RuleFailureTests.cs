using System.Text.Json;
using RulesCore.FaultyRules;
using RulesCore.Samples.RegionalRule;

namespace RulesCore.Cli.Tests;

/// <summary>
/// An integrator's rules through the command line: the sample's parameterised rule with and without its pack, rules
/// that throw or keep firing (named, exit code 3, in the reader's language), and assemblies that hold no rules or miss
/// a dependency.
/// </summary>
public class RuleFailureTests
{
    private static readonly string Faulty = typeof(Faults).Assembly.Location;

    private static string SampleRule => typeof(LongStayNoticeRule).Assembly.Location;

    private static string SampleFile(string name) => Path.Combine(Cli.Root, "samples", "RulesCore.Samples.RegionalRule", name);

    /// <summary>A copy of a sample case whose hospital has the given id (which makes a faulty rule misbehave).</summary>
    private static string CaseAt(string hospitalId)
    {
        var text = File.ReadAllText(Cli.Sample("000-changsha-wuhan-expired-six-month-filing.json"));
        Assert.Contains("\"id\": \"H1\"", text, StringComparison.Ordinal);
        var file = Path.Combine(Path.GetTempPath(), $"rulescore-{hospitalId}-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, text.Replace("\"id\": \"H1\"", $"\"id\": \"{hospitalId}\"", StringComparison.Ordinal));
        return file;
    }

    [Fact]
    public void TheSamplesRule_WithItsPack_RaisesItsFinding()
    {
        var (exit, stdout, stderr) = Cli.Run("evaluate", SampleFile("long-stay.json"), "--rules", SampleRule, "--policy-pack", SampleFile("example-450000.json"));

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("（示例）长期住院提示", stdout, StringComparison.Ordinal);
        Assert.Contains("（示例）住院已超过 20 天", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSamplesRule_WithoutItsPack_IsAClearError_NamingTheParameter()
    {
        var (exit, stdout, stderr) = Cli.Run("evaluate", SampleFile("long-stay.json"), "--rules", SampleRule, "--lang", "en");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith("rulescore: the rules are inconsistent:\n  rule 'example.long-stay-notice' reads policy parameter 'exampleLongStayDays', which has no default and no value for 450000 from 2025-01-01", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Faults.ThrowInCondition, "zh-CN", "rulescore: 规则 'faulty.condition'（程序集 RulesCore.FaultyRules）在条件中抛出异常：System.InvalidOperationException: the example condition failed。这是该规则的缺陷，不是病例的问题：请联系规则的作者。\n")]
    [InlineData(Faults.ThrowInCondition, "en", "rulescore: rule 'faulty.condition' (assembly RulesCore.FaultyRules) threw in a condition: System.InvalidOperationException: the example condition failed. This is a bug in the rule, not a problem with the case: tell the rule's author.\n")]
    [InlineData(Faults.ThrowInAction, "en", "rulescore: rule 'faulty.action' (assembly RulesCore.FaultyRules) threw in an action: System.InvalidOperationException: the example action failed. This is a bug in the rule, not a problem with the case: tell the rule's author.\n")]
    [InlineData(Faults.Loop, "zh-CN", "rulescore: 规则 'faulty.tick'（程序集 RulesCore.FaultyRules）不断触发，超过任何病例所需的次数：规则集陷入了循环。这是该规则的缺陷，不是病例的问题：请联系规则的作者。\n")]
    public void ARuleThatFails_IsNamed_InTheReadersLanguage_WithItsOwnExitCode(string hospital, string language, string expected)
    {
        var file = CaseAt(hospital);
        try
        {
            foreach (var command in new[] { "evaluate", "plan" })
            {
                var (exit, stdout, stderr) = Cli.Run(command, file, "--rules", Faulty, "--lang", language);

                Assert.Equal(3, exit);
                Assert.Equal(string.Empty, stdout);
                Assert.Equal(expected, stderr);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("explain")]
    [InlineData("plan")]
    [InlineData("hospitals")]
    [InlineData("rules")]
    public void TheHelpOfEveryCommandTakingRules_DocumentsExitCode3(string command)
    {
        Assert.Contains("\n  3  a rule failed: an integrator's rule threw or kept firing (the rule and its assembly are named)\n", Cli.Run(command, "--help", "--lang", "en").Out, StringComparison.Ordinal);
        Assert.Contains("\n  3  规则出错：集成方的规则抛出异常或不断触发（已指明规则及其程序集）\n", Cli.Run(command, "--help").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFaultyRules_DoNothingForOtherHospitals()
    {
        var (exit, stdout, _) = Cli.Run("evaluate", Cli.Sample("000-changsha-wuhan-expired-six-month-filing.json"), "--rules", Faulty);

        Assert.Equal(0, exit);
        Assert.StartsWith("先全额垫付，再回参保地手工报销", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void WhyNot_AboutARuleWhoseConditionThrows_Answers()
    {
        var file = CaseAt(Faults.ThrowInCondition);
        try
        {
            var (exit, stdout, stderr) = Cli.Run("explain", file, "--why-not", "faulty.condition", "--rules", Faulty, "--format", "json");

            Assert.Equal(0, exit);
            Assert.Equal(string.Empty, stderr);
            using var answer = JsonDocument.Parse(stdout);
            var stops = answer.RootElement.GetProperty("rules")[0].GetProperty("candidates").EnumerateArray().SelectMany(c => c.GetProperty("stops").EnumerateArray());
            Assert.Contains(stops, s => s.GetProperty("kind").GetString() == "notEvaluated");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Ndjson_ALineOnWhichARuleFails_GetsAnErrorDocumentNamingTheRule_AndEveryOtherLineItsDecision()
    {
        var good = File.ReadAllText(Cli.Sample("000-changsha-wuhan-expired-six-month-filing.json")).ReplaceLineEndings(" ");
        var bad = good.Replace("\"id\": \"H1\"", $"\"id\": \"{Faults.ThrowInCondition}\"", StringComparison.Ordinal);
        var input = string.Join("\n", Enumerable.Range(0, 10).Select(i => i == 3 ? bad : good)) + "\n";
        foreach (var parallel in new[] { "1", "2" })
        {
            using var stdin = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(input));
            var (exit, stdout, _) = Cli.Run(false, stdin, "evaluate", "--ndjson", "-", "--rules", Faulty, "--parallel", parallel, "--lang", "en");

            var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(3, exit);
            Assert.Equal(10, lines.Length);
            for (var i = 0; i < lines.Length; i++)
            {
                using var document = JsonDocument.Parse(lines[i]);
                if (i == 3)
                {
                    var error = Assert.Single(document.RootElement.GetProperty("errors").EnumerateArray());
                    Assert.Equal("RULE_FAILED", error.GetProperty("code").GetString());
                    Assert.Equal("rule 'faulty.condition' (assembly RulesCore.FaultyRules) threw in a condition: System.InvalidOperationException. This is a bug in the rule, not a problem with the case: tell the rule's author.", error.GetProperty("message").GetString());
                }
                else
                {
                    Assert.Equal("payThenClaim", document.RootElement.GetProperty("outcome").GetString());
                }
            }
        }
    }

    [Fact]
    public void AnAssemblyWithoutRules_SaysSo()
    {
        var testing = typeof(RulesCore.Testing.Cases).Assembly.Location;

        var (exit, _, stderr) = Cli.Run("rules", "--rules", testing, "--lang", "en");

        Assert.Equal(2, exit);
        Assert.Equal($"rulescore: cannot load the rules assembly '{testing}' (it holds no public class derived from SettlementRule).\n", stderr);
    }

    [Fact]
    public async Task AnAssemblyMissingADependency_NamesTheDependency()
    {
        var folder = Directory.CreateTempSubdirectory("rulescore-rules-");
        try
        {
            var copy = Path.Combine(folder.FullName, Path.GetFileName(Faulty));
            File.Copy(Faulty, copy);

            var (exit, _, stderr) = await CliProcess.RunAsync(Array.Empty<byte>(), "rules", "--rules", copy, "--lang", "en");

            Assert.Equal(2, exit);
            Assert.StartsWith($"rulescore: cannot load the rules assembly '{copy}' (the assembly it depends on, 'RulesCore.Testing, Version=", stderr, StringComparison.Ordinal);
            Assert.Contains("is not found: put it in the same folder).", stderr, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
