using System.CommandLine;
using RulesCore.Settlement;
using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Errors;

namespace RulesCore.Cli;

/// <summary>The <c>rulescore</c> command line: parses arguments, runs a command, returns the exit code (and says why it is not 0).</summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int InvalidInput = 2;
    public const int RuleFailed = 3;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool colour = false, Stream? stdin = null)
    {
        // Messages follow --lang even when the arguments around it are wrong.
        var context = new CliContext(stdout, stderr, colour, stdin, LanguageOf(args));
        var say = context.Say;
        try
        {
            var commandLine = new CommandLine(context);
            var parse = commandLine.Parse(args);
            // Help, the version and completions ([suggest]) answer whatever else the command line holds.
            if (!commandLine.AnswersAnyway(parse) && CommandLineErrors.First(parse, args, commandLine, say) is { } error)
            {
                foreach (var line in error.Split('\n'))
                {
                    stderr.WriteLine(line);
                }

                return InvalidInput;
            }

            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
        }
        catch (RuleSetException e)
        {
            stderr.WriteLine(say.T("rulescore: 规则不一致：", "rulescore: the rules are inconsistent:"));
            foreach (var problem in e.Problems)
            {
                stderr.WriteLine("  " + Output.Escape(problem));
            }

            return InvalidInput;
        }
        catch (RuleFailedException e)
        {
            stderr.WriteLine("rulescore: " + RuleFailure(e, say));
            return RuleFailed;
        }
        catch (RulesAssemblyException e)
        {
            stderr.WriteLine(say.T($"rulescore: 无法加载规则程序集 '{Output.Escape(e.Path)}'（{e.Reason.Chinese}）。", $"rulescore: cannot load the rules assembly '{Output.Escape(e.Path)}' ({e.Reason.English})."));
            return InvalidInput;
        }
        catch (UnreadableFileException e)
        {
            stderr.WriteLine(say.T(
                $"rulescore: 无法读取{e.What.Chinese} '{Output.Escape(e.Path)}'：{e.Reason.Chinese}。",
                $"rulescore: cannot read the {e.What.English} '{Output.Escape(e.Path)}': {e.Reason.English}."));
            return InvalidInput;
        }
        catch (RulesCore.NationalPlatform.Codes.InvalidCodeTablesException e)
        {
            return PlatformFiles.Rejected(e, say);
        }
        catch (InvalidPolicyPackException e)
        {
            stderr.WriteLine(say.T($"政策包 '{Output.Escape(e.Origin)}' 未被采用：", $"Policy pack '{Output.Escape(e.Origin)}' was rejected:"));
            foreach (var error in e.Errors)
            {
                stderr.WriteLine($"  {Output.Escape(error.Path)}: {error.Code}: {Output.Escape(error.Text.In(say.Language))}");
            }

            return InvalidInput;
        }
        catch (Exception e)
        {
            stderr.WriteLine(say.T($"rulescore: 意外错误（{e.GetType().Name}）。请连同所用命令行一起报告。", $"rulescore: unexpected failure ({e.GetType().Name}). Please report it with the command line used."));
            return Failure;
        }
    }

    /// <summary>A rule's failure in the reader's language: the rule, its assembly, where it failed and what it threw (escaped, capped).</summary>
    internal static string RuleFailure(RuleFailedException e, Output say) => RuleFailure(e, say.Language, withMessage: true);

    /// <summary>
    /// A rule's failure in a language: with what the rule threw — its type, and its message only where
    /// <paramref name="withMessage"/> (the operator's terminal: an error document never carries the rule's own text,
    /// which may quote the case).
    /// </summary>
    internal static string RuleFailure(RuleFailedException e, string language, bool withMessage)
    {
        var rule = Output.Escape(e.RuleId);
        var assembly = Output.Escape(e.RuleAssembly);
        var thrown = e.InnerException is { } inner ? Output.Escape(Capped(inner.GetType().FullName + (withMessage ? ": " + inner.Message : string.Empty))) : string.Empty;
        var ours = e.RuleAssembly == typeof(SettlementRule).Assembly.GetName().Name;
        var say = new LocalizedTexts(language);
        var whose = ours
            ? say.T("这是 RulesCore 的缺陷，请连同所用命令行一起报告。", "This is a bug in RulesCore; please report it with the command line used.")
            : say.T("这是该规则的缺陷，不是病例的问题：请联系规则的作者。", "This is a bug in the rule, not a problem with the case: tell the rule's author.");
        return e.Stage switch
        {
            RuleFailureStage.Looping => say.T(
                $"规则 '{rule}'（程序集 {assembly}）不断触发，超过任何病例所需的次数：规则集陷入了循环。{whose}",
                $"rule '{rule}' (assembly {assembly}) kept firing beyond what any case needs: the rule set is looping. {whose}"),
            _ => say.T(
                $"规则 '{rule}'（程序集 {assembly}）{StageIn(e.Stage).Chinese}抛出异常：{thrown}。{whose}",
                $"rule '{rule}' (assembly {assembly}) threw {StageIn(e.Stage).English}: {thrown}. {whose}"),
        };
    }

    /// <summary>Chooses between a Chinese and an English text.</summary>
    private readonly struct LocalizedTexts(string language)
    {
        public string T(string chinese, string english) => language == Languages.English ? english : chinese;
    }

    private static LocalizedText StageIn(RuleFailureStage stage) => stage switch
    {
        RuleFailureStage.Definition => new("在定义时", "while it was defined"),
        RuleFailureStage.Condition => new("在条件中", "in a condition"),
        _ => new("在动作中", "in an action"),
    };

    private static string Capped(string text) => text.Length <= 300 ? text : text.Substring(0, 300) + "…";

    /// <summary>The language asked for (<c>--lang en</c> or <c>--lang=en</c>), else Chinese; used for messages even when parsing fails.</summary>
    public static string LanguageOf(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lang=" + Languages.English || (args[i] == "--lang" && i + 1 < args.Length && args[i + 1] == Languages.English))
            {
                return Languages.English;
            }
        }

        return Languages.Chinese;
    }
}
