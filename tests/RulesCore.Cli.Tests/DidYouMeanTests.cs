namespace RulesCore.Cli.Tests;

/// <summary>A misspelt command, option, option value or why-not question names the nearest known one, in both languages.</summary>
public class DidYouMeanTests
{
    private static string Case => Cli.Sample("settles-directly-long-term-resident.json");

    private static (int Exit, string Err) Pick((int Exit, string Out, string Err) run) => (run.Exit, run.Err);

    [Fact]
    public void AMisspeltCommand_NamesTheNearestCommand()
    {
        Assert.Equal((2, "rulescore: 没有 'evalute' 这个命令。是否应为 evaluate？用法见 'rulescore --help'。\n"), Pick(Cli.Run("evalute", Case)));
        Assert.Equal((2, "rulescore: unknown command 'evalute'. Did you mean evaluate? Run 'rulescore --help' for usage.\n"), Pick(Cli.Run("evalute", Case, "--lang", "en")));
        Assert.Equal((2, "rulescore: unknown command 'hospital'. Did you mean hospitals? Run 'rulescore --help' for usage.\n"), Pick(Cli.Run("--lang", "en", "hospital")));
    }

    [Fact]
    public void AMisspeltOption_NamesTheNearestOptionOfTheCommand()
    {
        Assert.Equal((2, "rulescore: 没有 '--fromat' 这个选项。是否应为 --format？\n用法见 'rulescore --help'。\n"), Pick(Cli.Run("evaluate", Case, "--fromat", "json")));
        Assert.Equal((2, "rulescore: unknown option '--fromat'. Did you mean --format?\nRun 'rulescore --help' for usage.\n"), Pick(Cli.Run("evaluate", Case, "--fromat=json", "--lang", "en")));
        Assert.Equal((2, "rulescore: unknown option '--as-off'. Did you mean --as-of?\nRun 'rulescore --help' for usage.\n"), Pick(Cli.Run("explain", Case, "--as-off", "2025-03-10", "--lang", "en")));
    }

    [Fact]
    public void AMisspeltOptionValue_NamesTheNearestValue()
    {
        Assert.Equal((2, "rulescore: --format 只能是 text 或 json。是否应为 json？\n用法见 'rulescore --help'。\n"), Pick(Cli.Run("evaluate", Case, "--format", "jsno")));
        Assert.Equal((2, "rulescore: --format is text or json. Did you mean json?\nRun 'rulescore --help' for usage.\n"), Pick(Cli.Run("evaluate", Case, "--format", "jsno", "--lang", "en")));
        Assert.Equal((2, "rulescore: --lang 只能是 zh-CN 或 en。是否应为 zh-CN？\n用法见 'rulescore --help'。\n"), Pick(Cli.Run("evaluate", Case, "--lang", "zh_CN")));
    }

    [Fact]
    public void AMisspeltWhyNotQuestion_NamesTheNearestRuleOrCode()
    {
        var (exit, _, chinese) = Cli.Run("explain", Case, "--why-not", "FILING_EXPRIED");
        var (_, _, english) = Cli.Run("explain", Case, "--why-not", "FILING_EXPRIED", "--lang", "en");
        var (_, _, rule) = Cli.Run("explain", Case, "--why-not", "filing.expird", "--lang", "en");

        Assert.Equal(2, exit);
        Assert.Equal("rulescore: 没有 id 为 'FILING_EXPRIED' 的规则，也没有这个发现代码。是否应为 FILING_EXPIRED？规则和代码见 'rulescore rules'。\n", chinese);
        Assert.Equal("rulescore: no rule has the id 'FILING_EXPRIED' and no finding has that code. Did you mean FILING_EXPIRED? 'rulescore rules' lists both.\n", english);
        Assert.Contains("Did you mean filing.expired?", rule, StringComparison.Ordinal);
    }

    [Fact]
    public void ANameFarFromEveryKnownOne_GetsNoGuess()
    {
        Assert.Equal((2, "rulescore: unknown command 'frobnicate'. Run 'rulescore --help' for usage.\n"), Pick(Cli.Run("frobnicate", "--lang", "en")));
        Assert.DoesNotContain("Did you mean", Cli.Run("explain", Case, "--why-not", "NOTHING_LIKE_IT", "--lang", "en").Err, StringComparison.Ordinal);
    }

    [Fact]
    public void AMisspeltCaseMember_IsNamedInTheErrorDocument_InTheChosenLanguage()
    {
        var file = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".json");
        File.WriteAllText(file, File.ReadAllText(Case).Replace("\"dischargeDate\"", "\"dischargeDat\"", StringComparison.Ordinal).Replace("\"generalOutpatient\",", "\"inpatinet\",", StringComparison.Ordinal));
        try
        {
            var (exit, chinese, _) = Cli.Run("evaluate", file, "--format", "json");
            var (_, english, _) = Cli.Run("evaluate", file, "--format", "json", "--lang", "en");
            var (_, table, _) = Cli.Run("evaluate", file);

            Assert.Equal(2, exit);
            Assert.Contains("\"message\": \"这个对象没有这个字段（已知字段：setting、date、dischargeDate、condition、items）。是否应为 dischargeDate？\"", chinese, StringComparison.Ordinal);
            Assert.Contains("\"message\": \"应为以下取值之一：inpatient、generalOutpatient、chronicOutpatient、emergency。是否应为 inpatient？\"", chinese, StringComparison.Ordinal);
            Assert.Contains("\"message\": \"One of inpatient, generalOutpatient, chronicOutpatient, emergency is expected. Did you mean inpatient?\"", english, StringComparison.Ordinal);
            Assert.Contains("是否应为 dischargeDate？", table, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void AMisspeltPolicyParameter_IsNamedByValidatePolicy()
    {
        var pack = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".json");
        File.WriteAllText(pack, """{ "region": "450000", "name": "x", "parameters": { "retroactiveFilingWindowMonth": [ { "value": 3, "source": "s", "confidence": "stated" } ] } }""");
        try
        {
            var (exit, _, chinese) = Cli.Run("validate-policy", pack);
            var (_, _, english) = Cli.Run("validate-policy", pack, "--lang", "en");

            Assert.Equal(2, exit);
            Assert.Contains("  parameters.retroactiveFilingWindowMonth: UNKNOWN_PROPERTY: 没有这个政策参数（已知参数：", chinese, StringComparison.Ordinal);
            Assert.Contains("）。是否应为 retroactiveFilingWindowMonths？\n", chinese, StringComparison.Ordinal);
            Assert.Contains(". Did you mean retroactiveFilingWindowMonths?\n", english, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(pack);
        }
    }
}
