using System.CommandLine;
using System.CommandLine.Help;
using System.Text;
using RulesCore.Settlement;
using RulesCore.Settlement.Model;

namespace RulesCore.Cli;

/// <summary>
/// The help, from the commands themselves: each command's usage, what it does, its options (each described once, with
/// the option) and its exit codes; the top-level help lists every command's usage and summary. Text is wrapped to
/// <see cref="Width"/> terminal columns (CJK characters count two).
/// </summary>
internal static class HelpText
{
    /// <summary>The widest a line of help gets, in terminal columns (a usage line is never broken).</summary>
    public const int Width = 100;

    /// <summary>The exit code every command shares: a rule failed.</summary>
    public static (int Code, string Meaning) RuleFailed(string language) => (CliApp.RuleFailed, new LocalizedText(
        "规则出错：集成方的规则抛出异常或不断触发（已指明规则及其程序集）",
        "a rule failed: an integrator's rule threw or kept firing (the rule and its assembly are named)").In(language));

    /// <summary>The exit code every command shares: an unexpected failure.</summary>
    public static (int Code, string Meaning) Unexpected(string language) => (CliApp.Failure, new LocalizedText("意外错误", "unexpected failure").In(language));

    /// <summary>What every command that reads a case says about it: standard input, and the day it is decided on.</summary>
    public static string CaseFile(string language) => new LocalizedText(
        "FILE 为 - 时读取标准输入。按 --as-of 那一天判断；没有 --as-of 时取病例的 asOf，再没有时取就诊日。",
        "FILE may be - for standard input. The case is decided on the day --as-of gives, else on its asOf, else on the visit.").In(language);

    /// <summary>The usage form of a command that takes the national platform's messages in place of a case file.</summary>
    public const string PlatformUsage = "--person [--chronic] [--designations] --encounter [--discharge] [--fees] --hospital [--code-tables]";

    /// <summary>What a command that takes platform messages in place of a case file says about them.</summary>
    public static string PlatformMessages(string language) => new LocalizedText(
        "也可以不给病例文件，而给 HIS 已有的国家医保信息平台报文（--person、--encounter、--hospital，以及可选的 --chronic、--designations、--discharge、--fees），由它们生成病例再判断（同 from-platform；病例所依据的假设写在标准错误上）。",
        "In place of a case file, the national platform messages the HIS holds may be given (--person, --encounter, --hospital, and optionally --chronic, --designations, --discharge, --fees): the case they make is decided (as from-platform makes it; the assumptions it rests on go to standard error).").In(language);

    /// <summary>Platform messages given with what they cannot go with (case files, --ndjson, --parallel): the message and exit code 2; else <see langword="null"/>.</summary>
    public static int? PlatformConflict(CommandInput input, Output say)
    {
        if (input.Positional.Count == 0 && !input.Ndjson && input.Parallel is null)
        {
            return null;
        }

        say.Writer.WriteLine(say.T("rulescore: 病例文件和平台报文只能给一种（平台报文也不与 --ndjson、--parallel 一起使用）。", "rulescore: give case files or platform messages, not both (platform messages do not go with --ndjson or --parallel)."));
        return CliApp.InvalidInput;
    }

    /// <summary>A command's own help (<c>rulescore COMMAND --help</c>): its usage, what it does, its options and exit codes.</summary>
    public static string For(CliCommand command, string language)
    {
        var english = language == Languages.English;
        var text = new StringBuilder();
        text.AppendLine(english ? "usage:" : "用法：");
        foreach (var line in Usage(command))
        {
            text.Append("  ").AppendLine(line);
        }

        foreach (var paragraph in command.Details)
        {
            text.AppendLine();
            Wrap(text, string.Empty, string.Empty, paragraph, Width);
        }

        text.AppendLine();
        text.AppendLine(english ? "options:" : "选项：");
        var column = Math.Max(19, command.Options.Max(o => Label(o).Length)) + 2;
        foreach (var option in command.Options)
        {
            Wrap(text, "  " + Label(option).PadRight(column), new string(' ', column + 2), option.Description ?? string.Empty, Width);
        }

        text.AppendLine();
        text.AppendLine(english ? "exit codes:" : "退出码：");
        foreach (var (code, meaning) in command.ExitCodes)
        {
            Wrap(text, $"  {code}  ", "     ", meaning, Width);
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>The top-level help (<c>rulescore --help</c>): every command's usage and summary, then what they share.</summary>
    public static string TopLevel(IReadOnlyList<CliCommand> commands, string language)
    {
        var english = language == Languages.English;
        var text = new StringBuilder();
        text.AppendLine(english
            ? "rulescore — will this cross-region visit settle directly (异地就医直接结算)? why not? what to do?"
            : "rulescore —— 这次异地就医能否直接结算？为什么不能？怎么办？");
        text.AppendLine();
        text.AppendLine(english ? "usage:" : "用法：");
        foreach (var line in commands.SelectMany(Usage))
        {
            text.Append("  ").AppendLine(line);
        }

        text.AppendLine("  rulescore --help | --version");
        text.AppendLine();
        foreach (var command in commands)
        {
            Wrap(text, "  " + command.Name.PadRight(17), new string(' ', 19), command.Description ?? string.Empty, Width);
        }

        var shared = english
            ? new[]
            {
                "'rulescore COMMAND --help' shows a command's options and exit codes. FILE may be - for standard input. A case is read up to 4 MiB, a policy pack up to 1 MiB, whatever the file is (a pipe or a device too); more is refused. Dates lie between 1900-01-01 and 2999-12-31. --lang zh-CN|en chooses the language (default zh-CN).",
                "exit codes: 0 decision(s) made / pack valid, 2 invalid input (errors printed), 3 a rule failed (named), 1 unexpected failure.",
                "Colours only on a terminal; NO_COLOR turns them off.",
            }
            : new[]
            {
                "'rulescore 命令 --help' 显示该命令的选项和退出码。FILE 为 - 时读取标准输入。无论文件是什么（管道、设备也一样），病例最多读 4 MiB，政策包最多 1 MiB，超出即拒绝。日期在 1900-01-01 至 2999-12-31 之间。--lang zh-CN|en 选择语言（默认 zh-CN）。",
                "退出码：0 已判断 / 政策包有效，2 输入无效（已打印错误），3 规则出错（已指明规则），1 意外错误。",
                "只在终端上显示颜色；设置 NO_COLOR 可关闭颜色。",
            };
        text.AppendLine();
        for (var i = 0; i < shared.Length; i++)
        {
            // The exit codes and the colours go together, after a blank line.
            if (i == 1)
            {
                text.AppendLine();
            }

            Wrap(text, string.Empty, string.Empty, shared[i], Width);
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>
    /// The command's usage lines: each of its forms with the options it names spelled out (<c>[--format]</c> is
    /// <c>[--format text|json]</c>, a repeatable one ends in <c>...</c>), then every option no form names.
    /// </summary>
    public static IEnumerable<string> Usage(CliCommand command)
    {
        var options = command.Options.Where(o => o is not HelpOption).ToList();
        var named = command.Usages.SelectMany(u => u.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(t => t.Trim('[', ']')).ToHashSet(StringComparer.Ordinal);
        var others = options.Where(o => !named.Contains(o.Name)).Select(Optional);
        foreach (var form in command.Usages)
        {
            var words = form.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word =>
            {
                var name = word.Trim('[', ']');
                if (!name.StartsWith("--", StringComparison.Ordinal))
                {
                    return word;
                }

                var option = options.SingleOrDefault(o => o.Name == name) ?? throw new InvalidOperationException($"The usage of '{command.Name}' names '{name}', which it does not take.");
                return word.StartsWith('[') ? Optional(option) : Label(option);
            });
            yield return string.Join(' ', new[] { "rulescore", command.Name }.Concat(words).Concat(others));
        }
    }

    /// <summary>An option with the placeholder of its value: <c>--format text|json</c>, <c>--ndjson</c>, <c>-h, --help</c>.</summary>
    private static string Label(Option option) =>
        option is HelpOption ? "-h, --help" : option.Arity.MaximumNumberOfValues == 0 || option.HelpName is null ? option.Name : option.Name + " " + option.HelpName;

    private static string Optional(Option option) => "[" + Label(option) + "]" + (option.ValueType == typeof(List<string>) ? "..." : string.Empty);

    /// <summary>Appends <paramref name="text"/> wrapped to <paramref name="width"/> columns: its first line after <paramref name="first"/>, the others after <paramref name="rest"/>.</summary>
    private static void Wrap(StringBuilder to, string first, string rest, string text, int width)
    {
        var lines = Columns.WrapProse(text, width - Columns.Width(first));
        for (var i = 0; i < lines.Count; i++)
        {
            to.AppendLine(((i == 0 ? first : rest) + lines[i]).TrimEnd());
        }
    }
}
