using System.Text.RegularExpressions;

namespace RulesCore.Cli.Tests;

/// <summary>
/// The command line as the reader types it: an option a command does not take, an argument it does not take, a file
/// that does not exist — each a clear error naming it (exit code 2) — and how options and their values are read.
/// </summary>
public class CommandLineTests
{
    private static readonly string Case = Cli.Sample("000-damaged-card-chip.json");

    private static readonly string Directory = Path.Combine(Cli.Root, "samples", "hospitals", "directory.csv");

    private static readonly string Missing = Path.Combine(Path.GetTempPath(), "rulescore-" + Guid.NewGuid().ToString("N") + ".csv");

    [Theory]
    [InlineData("zh-CN", "rulescore: --hospitals 只用于 plan 和 hospitals。\n")]
    [InlineData("en", "rulescore: --hospitals is for plan and hospitals only.\n")]
    public void Evaluate_DoesNotTakeHospitals_AMissingDirectoryIsNotIgnored(string language, string message)
    {
        foreach (var directory in new[] { Missing, Directory })
        {
            var (exit, stdout, stderr) = Cli.Run("evaluate", Case, "--hospitals", directory, "--lang", language);

            Assert.Equal((2, string.Empty, message), (exit, stdout, stderr));
        }
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("hospitals")]
    public void AMissingDirectory_IsNamed(string command)
    {
        var (exit, stdout, stderr) = Cli.Run(command, Case, "--hospitals", Missing, "--lang", "en");

        Assert.Equal((2, string.Empty), (exit, stdout));
        Assert.Equal($"rulescore: cannot read the hospital directory '{Missing}': not found.\n", stderr);
        Assert.Contains("：文件不存在。", Cli.Run(command, Case, "--hospitals", Missing).Err, StringComparison.Ordinal);
    }

    public static TheoryData<string[], string, string> NotTaken => new()
    {
        { new[] { "rules", "--as-of", "2025-01-01" }, "--as-of", "evaluate, explain, plan, policy and hospitals" },
        { new[] { "rules", "--policy-pack", "pack.json" }, "--policy-pack", "evaluate, explain, plan, policy and hospitals" },
        { new[] { "policy", "420100", "--format", "json" }, "--format", "evaluate, explain, plan, rules and hospitals" },
        { new[] { "validate-policy", "pack.json", "--rules", "x.dll" }, "--rules", "evaluate, explain, plan, rules, policy and hospitals" },
        { new[] { "evaluate", "CASE", "--region", "420100" }, "--region", "hospitals" },
        { new[] { "evaluate", "CASE", "--why-not=FILING_EXPIRED" }, "--why-not", "explain" },
        { new[] { "explain", "CASE", "--parallel", "2" }, "--parallel", "evaluate" },
        { new[] { "explain", "CASE", "--ndjson" }, "--ndjson", "evaluate" },
        { new[] { "plan", "CASE", "--region", "420100" }, "--region", "hospitals" },
        { new[] { "hospitals", "CASE", "--hospitals", "DIRECTORY", "--why-not", "x" }, "--why-not", "explain" },
    };

    [Theory]
    [MemberData(nameof(NotTaken))]
    public void AnOptionTheCommandDoesNotTake_IsAnError_NamingIt(string[] args, string option, string commands)
    {
        args = args.Select(a => a switch { "CASE" => Case, "DIRECTORY" => Directory, _ => a }).ToArray();

        var (exit, stdout, stderr) = Cli.Run(args.Append("--lang").Append("en").ToArray());
        var chinese = Cli.Run(args).Err;

        Assert.Equal((2, string.Empty, $"rulescore: {option} is for {commands} only.\n"), (exit, stdout, stderr));
        Assert.StartsWith($"rulescore: {option} 只用于 ", chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOptionNoCommandTakes_IsUnknown_AsBefore()
    {
        Assert.Equal((2, "rulescore: unknown option '--bogus'.\nRun 'rulescore --help' for usage.\n"), Pick(Cli.Run("policy", "420100", "--bogus=1", "--lang", "en")));
        Assert.Equal((2, "rulescore: 没有 '--version' 这个选项。是否应为 --person？\n用法见 'rulescore --help'。\n"), Pick(Cli.Run("evaluate", Case, "--version")));
        Assert.Equal((2, "rulescore: 没有 '--bogus' 这个命令。用法见 'rulescore --help'。\n"), Pick(Cli.Run("--bogus")));
    }

    [Fact]
    public void AnArgumentTheCommandDoesNotTake_IsAnError()
    {
        Assert.Equal((2, "rulescore: rules takes no arguments ('extra.json').\nRun 'rulescore --help' for usage.\n"), Pick(Cli.Run("rules", "extra.json", "--lang", "en")));
        Assert.Equal((2, "rulescore: rules 不接受参数（'extra.json'）。\n用法见 'rulescore --help'。\n"), Pick(Cli.Run("rules", "extra.json")));
    }

    [Fact]
    public void Explain_WritesJson_OnlyWithWhyNot()
    {
        Assert.Equal((2, "rulescore: explain writes JSON only with --why-not.\n"), Pick(Cli.Run("explain", Case, "--format", "json", "--lang", "en")));
        Assert.Equal(0, Cli.Run("explain", Case, "--format", "text").Exit);
        Assert.Equal(0, Cli.Run("explain", Case, "--why-not", "FILING_EXPIRED", "--format", "json").Exit);
    }

    [Fact]
    public void AnOptionGivenTwice_TakesTheLastValue_AndARepeatableOneEach()
    {
        Assert.Equal(Cli.Run("evaluate", Case, "--format", "json").Out, Cli.Run("evaluate", Case, "--format", "text", "--format=json").Out);
        Assert.Equal(Cli.Run("evaluate", Case, "--lang", "en").Out, Cli.Run("evaluate", Case, "--lang", "zh-CN", "--lang", "en").Out);

        var (exit, _, stderr) = Cli.Run("evaluate", Case, "--policy-pack", Missing, "--policy-pack", Missing + "2", "--lang", "en");
        Assert.Equal((2, $"rulescore: cannot read the policy pack '{Missing}': not found.\n"), (exit, stderr));
    }

    [Fact]
    public void AValueIsChecked_AndItsMessageNamesTheOption()
    {
        Assert.Equal((2, "rulescore: --parallel is a whole number from 1 to 256.\nRun 'rulescore --help' for usage.\n"), Pick(Cli.Run("evaluate", "--ndjson", "--parallel", "0", "--lang", "en")));
        Assert.Equal((2, "rulescore: --region 是六位行政区划代码（GB/T 2260），例如 420100。\n用法见 'rulescore --help'。\n"), Pick(Cli.Run("hospitals", Case, "--region", "42")));
        Assert.Equal((2, "rulescore: --as-of needs a value.\nRun 'rulescore --help' for usage.\n"), Pick(Cli.Run("policy", "420100", "--lang", "en", "--as-of")));

        Assert.Equal((2, "rulescore: --ndjson takes no value.\nRun 'rulescore --help' for usage.\n"), Pick(Cli.Run("evaluate", "--ndjson=x.ndjson", "--lang", "en")));

        // The first problem from the left is the one said.
        Assert.Equal((2, "rulescore: --format is text or json.\nRun 'rulescore --help' for usage.\n"), Pick(Cli.Run("evaluate", "--format", "xml", "--bogus", "--lang", "en")));
        Assert.Equal((2, "rulescore: unknown option '--bogus'.\nRun 'rulescore --help' for usage.\n"), Pick(Cli.Run("evaluate", "--bogus", "--format", "xml", "--lang", "en")));
    }

    [Fact]
    public void WhatTheCommandLineHolds_IsEscaped_InEveryMessage()
    {
        foreach (var args in new[] { new[] { "evaluate", "--\u001b[2Jx" }, new[] { "\u001b[2J" }, new[] { "rules", "\u001b[2J" }, new[] { "evaluate", "--lang", "\u001b[2J" } })
        {
            var (exit, _, stderr) = Cli.Run(args);

            Assert.Equal(2, exit);
            Assert.DoesNotContain('\u001b', stderr);
        }
    }

    [Theory]
    [InlineData("[suggest:x]")]
    [InlineData("[suggest:-5]")]
    [InlineData("[suggest:99999999999]")]
    public void ACompletionRequest_WithoutAPosition_IsABadCommandLine(string directive)
    {
        Assert.Equal((2, $"rulescore: unknown command '{directive}'. Run 'rulescore --help' for usage.\n"), Pick(Cli.Run(directive, "rulescore ev", "--lang", "en")));
    }

    [Fact]
    public void DoubleDash_EndsTheOptions()
    {
        var (exit, stdout, _) = Cli.Run("evaluate", "--lang", "en", "--", "--format");

        Assert.Equal(2, exit);
        Assert.Contains("case: --format", stdout, StringComparison.Ordinal);
        Assert.Contains("UNREADABLE_FILE", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCommandsSource_HoldsOneTypeAFile_OfAtMost400Lines()
    {
        var files = System.IO.Directory.GetFiles(RepositoryFiles.PathOf("src", "RulesCore.Cli"), "*.cs");

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            Assert.True(lines.Length <= 400, $"{Path.GetFileName(file)}: {lines.Length} lines");
            var types = lines.Count(l => Regex.IsMatch(l, @"^(internal |public )?(static |sealed |abstract |readonly |partial )*(class|record|struct|interface|enum) "));
            Assert.True(types <= 1, $"{Path.GetFileName(file)}: {types} top-level types");
        }
    }

    private static (int Exit, string Err) Pick((int Exit, string Out, string Err) run)
    {
        Assert.Empty(run.Out);
        return (run.Exit, run.Err);
    }
}
