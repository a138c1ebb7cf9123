using System.Text.RegularExpressions;

namespace RulesCore.Cli.Tests;

/// <summary><c>rulescore COMMAND --help</c>: each command's usage, options and exit codes, in Chinese or English.</summary>
public class HelpTests
{
    public static TheoryData<string, string[]> Commands => new()
    {
        { "evaluate", new[] { "--format", "--lang", "--as-of", "--policy-pack", "--rules", "--ndjson", "--parallel", "--person", "--chronic", "--designations", "--encounter", "--discharge", "--fees", "--hospital", "--code-tables" } },
        { "explain", new[] { "--lang", "--as-of", "--policy-pack", "--rules" } },
        { "rules", new[] { "--format", "--lang", "--rules" } },
        { "policy", new[] { "--as-of", "--lang", "--policy-pack", "--rules" } },
        { "validate-policy", new[] { "--lang" } },
        { "hospitals", new[] { "--hospitals", "--region", "--format", "--lang", "--as-of", "--policy-pack", "--rules" } },
        { "plan", new[] { "--hospitals", "--format", "--lang", "--as-of", "--policy-pack", "--rules", "--person", "--encounter", "--hospital" } },
        { "from-platform", new[] { "--person", "--chronic", "--designations", "--encounter", "--discharge", "--fees", "--hospital", "--code-tables", "--lang" } },
    };

    private static bool HasCjk(string text) => text.Any(c => c >= '\u2e80' && c <= '\u9fff' || c >= '\uff00' && c <= '\uff60');

    [Theory]
    [MemberData(nameof(Commands))]
    public void EachCommand_HasItsOwnHelp_InChineseByDefault(string command, string[] options)
    {
        var (exit, stdout, stderr) = Cli.Run(command, "--help");

        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        Assert.StartsWith($"用法：\n  rulescore {command} ", stdout, StringComparison.Ordinal);
        Assert.All(options.Append("--help"), o => Assert.Contains(o, stdout, StringComparison.Ordinal));
        Assert.Contains("选项：", stdout, StringComparison.Ordinal);
        Assert.Contains("退出码：\n  0  ", stdout, StringComparison.Ordinal);
        Assert.Contains("\n  2  ", stdout, StringComparison.Ordinal);
        Assert.Contains("\n  1  意外错误", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("exit codes", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("options:", stdout, StringComparison.Ordinal);

        // Only this command's usage, not the others'.
        Assert.All(Cli.Commands().Where(c => c.Name != command), other => Assert.DoesNotContain("rulescore " + other.Name + " ", stdout, StringComparison.Ordinal));
        Assert.Equal(stdout, Cli.Run(command, "-h").Out);
        Assert.Equal(stdout, Cli.Run(command, "--lang", "zh-CN", "--help").Out);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void EachCommand_HasItsOwnHelp_InEnglish(string command, string[] options)
    {
        var (exit, stdout, _) = Cli.Run(command, "--help", "--lang", "en");

        Assert.Equal(0, exit);
        Assert.StartsWith($"usage:\n  rulescore {command} ", stdout, StringComparison.Ordinal);
        Assert.All(options, o => Assert.Contains(o, stdout, StringComparison.Ordinal));
        Assert.Contains("options:", stdout, StringComparison.Ordinal);
        Assert.Contains("exit codes:\n  0  ", stdout, StringComparison.Ordinal);
        Assert.Contains("\n  1  unexpected failure", stdout, StringComparison.Ordinal);
        Assert.False(HasCjk(stdout), stdout);
        Assert.Equal(stdout, Cli.Run(command, "-h", "--lang=en").Out);
    }

    /// <summary>The help as one line: wrapped English joined at spaces, wrapped Chinese joined without them.</summary>
    private static string Unwrapped(string help, bool chinese) => Regex.Replace(help, @"\s*\n\s*", chinese ? string.Empty : " ");

    [Fact]
    public void EvaluateHelp_DocumentsNdjson_ItsBlankLines_Limit_AndExitCodes()
    {
        var english = Unwrapped(Cli.Run("evaluate", "--help", "--lang", "en").Out, chinese: false);
        var chinese = Unwrapped(Cli.Run("evaluate", "--help").Out, chinese: true);

        Assert.Contains("rulescore evaluate --ndjson [FILE|-]... [--parallel N]", english, StringComparison.Ordinal);
        Assert.Contains("a blank line gets an error document too (INVALID_JSON)", english, StringComparison.Ordinal);
        Assert.Contains("Each line up to 4 MiB", english, StringComparison.Ordinal);
        Assert.Contains("0  every case (every line) decided", english, StringComparison.Ordinal);
        Assert.Contains("2  some case (or line) invalid", english, StringComparison.Ordinal);
        Assert.Contains("空行也得到错误文档（INVALID_JSON）", chinese, StringComparison.Ordinal);
        Assert.Contains("0  每个病例（每一行）都已判断", chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void TopLevelUsage_ListsEachCommandsSynopsisAndSummary_FromTheCommandsText()
    {
        var (exit, chinese, _) = Cli.Run("--help");
        var english = Cli.Run("--help", "--lang", "en").Out;

        Assert.Equal(0, exit);
        Assert.StartsWith("rulescore —— ", chinese, StringComparison.Ordinal);
        Assert.StartsWith("rulescore — will this cross-region visit settle directly", english, StringComparison.Ordinal);
        foreach (var command in Cli.Commands())
        {
            Assert.All(HelpText.Usage(command), line => Assert.Contains("  " + line + "\n", chinese, StringComparison.Ordinal));
            Assert.Equal(HelpText.For(command, "zh-CN") + "\n", Cli.Run(command.Name, "--help").Out);
            Assert.Contains("\n  " + command.Name.PadRight(17) + command.Description + "\n", chinese, StringComparison.Ordinal);
            Assert.Contains(" " + command.Name.PadRight(17) + Cli.Command(command.Name, "en").Description + " ", Unwrapped(english, chinese: false), StringComparison.Ordinal);
        }

        Assert.Contains("'rulescore COMMAND --help'", english, StringComparison.Ordinal);
        Assert.Equal(chinese, Cli.Run("-h").Out);
    }

    [Fact]
    public void HelpWins_OverOtherArguments_AndAnOptionsValueIsNotHelp()
    {
        Assert.Equal(0, Cli.Run("evaluate", "case.json", "--help").Exit);
        Assert.StartsWith("用法：", Cli.Run("policy", "99", "-h").Out, StringComparison.Ordinal);

        var (exit, stdout, stderr) = Cli.Run("validate-policy", "--lang", "en", "--help", "--bogus");
        Assert.Equal((0, string.Empty), (exit, stderr));
        Assert.StartsWith("usage:\n  rulescore validate-policy", stdout, StringComparison.Ordinal);

        var (packExit, _, packErr) = Cli.Run("evaluate", Cli.Sample("000-damaged-card-chip.json"), "--policy-pack", "-h", "--lang", "en");
        Assert.Equal(2, packExit);
        Assert.Contains("cannot read the policy pack '-h': not found.", packErr, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReadme_ShowsEvaluatesSynopsis_AndTheNdjsonExitCodes()
    {
        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md"));
        // The form taking the national platform's messages is shown where those messages are documented.
        var platform = File.ReadAllText(RepositoryFiles.PathOf("src", "RulesCore.NationalPlatform", "README.md"));

        Assert.All(HelpText.Usage(Cli.Command("evaluate")), line => Assert.Contains(line + "\n", line.Contains("--person", StringComparison.Ordinal) ? platform : readme, StringComparison.Ordinal));
        Assert.All(HelpText.Usage(Cli.Command("from-platform")), line => Assert.Contains(line + "\n", platform, StringComparison.Ordinal));
        Assert.Contains("Exit codes: 0 every line decided, 2 some line (or file) invalid, 3 a rule failed on some line, 1 unexpected failure", readme, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--lang", "en", "--help")]
    [InlineData("--lang=en", "-h")]
    [InlineData("--help", "--lang", "en")]
    [InlineData("help", "--lang", "en")]
    public void TheTopLevelHelp_InEnglish_WhereverLangStands(params string[] args)
    {
        var (exit, stdout, stderr) = Cli.Run(args);

        Assert.Equal((0, string.Empty), (exit, stderr));
        Assert.StartsWith("rulescore — will this cross-region visit settle directly", stdout, StringComparison.Ordinal);
        Assert.False(HasCjk(stdout.Replace("异地就医直接结算", string.Empty, StringComparison.Ordinal)), stdout);
    }

    [Fact]
    public void EachOption_IsDefinedOnce_AndSharedByTheCommandsThatTakeIt()
    {
        foreach (var language in new[] { "zh-CN", "en" })
        {
            var options = Cli.Commands(language).SelectMany(c => c.Options).GroupBy(o => o.Name).ToList();

            Assert.All(options, same => Assert.Single(same.Distinct()));
            Assert.All(options, same => Assert.False(string.IsNullOrWhiteSpace(same.First().Description), same.Key));
        }
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void EveryHelp_FitsInAHundredColumns_ButItsUsageLines(string language)
    {
        var helps = Cli.Commands(language).Select(c => Cli.Run(c.Name, "--help", "--lang", language).Out).Append(Cli.Run("--help", "--lang", language).Out);

        foreach (var line in helps.SelectMany(h => h.Split('\n')).Where(l => !l.StartsWith("  rulescore ", StringComparison.Ordinal)))
        {
            Assert.True(Columns.Width(line) <= HelpText.Width, line);
            Assert.Equal(line.TrimEnd(), line);
        }
    }

    [Fact]
    public void Completions_ComeFromTheSameOptions()
    {
        static string Suggest(string line) => Cli.Run($"[suggest:{line.Length}]", line).Out;

        Assert.Contains("--lang\n", Suggest("rulescore evaluate --l"), StringComparison.Ordinal);
        Assert.Equal("json\ntext\n", Suggest("rulescore rules --format "));
        Assert.Equal("en\nzh-CN\n", Suggest("rulescore plan x.json --lang "));
        Assert.Contains("validate-policy\n", Suggest("rulescore val"), StringComparison.Ordinal);
        Assert.DoesNotContain("--why-not", Suggest("rulescore evaluate --"), StringComparison.Ordinal);
    }
}
