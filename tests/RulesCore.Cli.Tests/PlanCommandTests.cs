using System.Text.Json;
using RulesCore.Settlement;
using RulesCore.Settlement.Hospitals;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Model;

namespace RulesCore.Cli.Tests;

/// <summary><c>rulescore plan FILE [--hospitals DIRECTORY]</c>: a checklist a patient can follow, in both languages, and the plan document.</summary>
public class PlanCommandTests
{
    private static string Directory => Path.Combine(Cli.Root, "samples", "hospitals", "directory.json");

    public static TheoryData<string> Samples() => new(System.IO.Directory.GetFiles(Path.Combine(Cli.Root, "samples", "cases"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Samples))]
    public void EverySample_GetsAPlanInBothLanguages_WithEveryFieldInTheReadersLanguage(string sample)
    {
        foreach (var asOf in new[] { null, "2025-01-02" })
        {
            var args = new List<string> { "plan", Cli.Sample(sample), "--hospitals", Directory };
            if (asOf is not null)
            {
                args.AddRange(new[] { "--as-of", asOf });
            }

            var zh = Cli.Run(args.ToArray());
            var en = Cli.Run(args.Append("--lang").Append("en").ToArray());
            Assert.True(zh.Exit == 0, zh.Err);
            Assert.True(en.Exit == 0, en.Err);
            Assert.Contains("病例文件：", zh.Out, StringComparison.Ordinal);
            Assert.Matches("本次就医可以直接结算，不需要再办什么。|没有哪一步能改善本次就医的结算结果。|按顺序办这 [1-4] 步，之后：", zh.Out);
            Assert.Matches("This visit settles directly: nothing to do\\.|No step can improve how this visit settles\\.|Do these [1-4] step\\(s\\) in order; then: ", en.Out);
            foreach (var line in en.Out.Split('\n').Where(l => l.TrimStart().StartsWith("who: ", StringComparison.Ordinal) || l.TrimStart().StartsWith("by: ", StringComparison.Ordinal)))
            {
                // The app's own screen names stay as the app shows them, in parentheses; everything else is English.
                Assert.DoesNotMatch("[\u4e00-\u9fff](?![^(]*\\))", line);
            }

            foreach (var line in zh.Out.Split('\n').Where(l => l.TrimStart().StartsWith("谁来办：", StringComparison.Ordinal)))
            {
                Assert.DoesNotMatch("\\b(you|the|office|online)\\b", line);
            }
        }
    }

    [Fact]
    public void TheExpiredFilingStory_IsANumberedChecklistWithWhoWhereDeadlineAndTheOutcomeAfter()
    {
        var (exit, output, _) = Cli.Run("plan", Cli.Sample("000-changsha-wuhan-expired-six-month-filing.json"));

        Assert.Equal(0, exit);
        Assert.Contains("""
            按顺序办这 1 步，之后：直接结算，报销比例降低不超过 20 个百分点
              1. [ ] 在国家医保服务平台APP“备案记录”中查看有效期，续办备案。
                     谁来办：本人（网上办理）；在哪里办：国家医保服务平台APP › 异地备案
                     截止：2025-02-10（含当天）
                     办完后：直接结算，报销比例降低不超过 20 个百分点（仍有：临时外出就医降低报销比例）
            """.Replace("\r", string.Empty, StringComparison.Ordinal), output, StringComparison.Ordinal);
        Assert.Contains("办不了的：\n  - 临时外出就医降低报销比例：", output, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMPORARY_RATE_REDUCTION", output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheShanghaiStory_BeforeTheVisit_ChoosesAHospitalFromTheDirectory()
    {
        var (exit, output, _) = Cli.Run("plan", Cli.Sample("000-pingyi-employee-shanghai-inpatient-only-hospital.json"), "--hospitals", Path.ChangeExtension(Directory, ".csv"), "--as-of", "2025-03-01", "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Contains("  1. [ ] Go to ", output, StringComparison.Ordinal);
        Assert.Contains("who: you, online; where: national medical insurance app › networked-hospital search", output, StringComparison.Ordinal);
        Assert.Contains("Hospitals where this visit settles directly (hospital directory):\n  - SH03 ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheJsonPlan_IsTheDocumentTheLibraryWrites()
    {
        var file = Cli.Sample("000-damaged-card-chip.json");

        var (exit, output, _) = Cli.Run("plan", file, "--format", "json", "--lang", "en");

        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("payThenClaim", root.GetProperty("current").GetProperty("outcome").GetString());
        Assert.Equal("direct", root.GetProperty("reachable").GetString());
        var step = root.GetProperty("steps")[0];
        Assert.Equal(("USE_E_VOUCHER", "patient", "direct"), (step.GetProperty("remedy").GetString(), step.GetProperty("who").GetString(), step.GetProperty("outcomeAfter").GetString()));
        var expected = SettlementJson.WritePlan(new SettlementEvaluator().Plan(SettlementJson.ReadCase(File.ReadAllBytes(file), null), new EvaluationOptions { Language = Languages.English }));
        Assert.Equal(expected, output.TrimEnd('\n'));
    }

    [Fact]
    public void BadInput_IsRefusedWithTheUsualErrors()
    {
        var two = Cli.Run("plan", Cli.Sample("000-damaged-card-chip.json"), Cli.Sample("000-damaged-card-chip.json"), "--lang", "en");
        Assert.Equal((2, "rulescore: plan takes exactly one case file.\n"), (two.Exit, two.Err));

        var missing = Cli.Run("plan", Path.Combine(Cli.Root, "no-such-case.json"), "--format", "json");
        Assert.Equal(2, missing.Exit);
        Assert.Equal("UNREADABLE_FILE", JsonDocument.Parse(missing.Out).RootElement.GetProperty("errors")[0].GetProperty("code").GetString());

        var badDirectory = Cli.Run("plan", Cli.Sample("000-damaged-card-chip.json"), "--hospitals", Cli.Sample("000-damaged-card-chip.json"), "--lang", "en");
        Assert.Equal(2, badDirectory.Exit);
        Assert.StartsWith("Hospital directory '", badDirectory.Err, StringComparison.Ordinal);

        var txt = Cli.Run("plan", Cli.Sample("000-damaged-card-chip.json"), "--hospitals", "directory.txt", "--lang", "en");
        Assert.Equal((2, "rulescore: a hospital directory file's name ends in .json or .csv.\n"), (txt.Exit, txt.Err));
    }
}
