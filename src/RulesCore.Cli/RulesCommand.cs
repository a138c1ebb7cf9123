namespace RulesCore.Cli;

/// <summary><c>rulescore rules</c>: every rule — the shipped ones and those of <c>--rules</c> assemblies — as text or a JSON array.</summary>
internal static class RulesCommand
{
    public static CliCommand Create(CliOptions o, CliContext context)
    {
        var command = new CliCommand("rules", context.T("列出每条规则：标识、原因、说明、政策依据、发现、适用范围和日期。", "every rule: id, cause, description, policy basis, findings, scope and dates."))
        {
            Usages = new[] { string.Empty },
            Details = new[]
            {
                context.T(
                    "列出每条规则：标识、原因、说明、优先级、政策依据、可能的发现、适用范围和日期。--format json 输出规则数组；--rules 同时列出集成方程序集中的规则。",
                    "Lists every rule: id, cause, description, priority, policy basis, the findings it may raise, scope and dates. --format json writes an array of rules; --rules lists an integrator's rules from an assembly too."),
            },
            ExitCodes = new[]
            {
                (CliApp.Ok, context.T("已列出", "listed")),
                (CliApp.InvalidInput, context.T("规则程序集无法加载、规则不一致，或命令行有误（已打印错误）", "a rules assembly cannot be loaded, the rules are inconsistent, or a bad command line (errors printed)")),
                HelpText.RuleFailed(context.Language),
                HelpText.Unexpected(context.Language),
            },
        };
        command.Add(o.Format);
        command.Add(o.Language);
        command.Add(o.RuleAssemblies);
        command.Add(o.Help);
        command.SetAction(parse => Run(CommandInput.From(parse, o), context));
        return command;
    }

    private static int Run(CommandInput input, CliContext context)
    {
        var output = context.OutputIn(input.Language);
        var rules = CommandEvaluator.Create(input).Rules;
        if (input.Format == "json")
        {
            output.Writer.WriteLine(CliJson.Rules(rules, output.Language));
            return CliApp.Ok;
        }

        RulesReport.Write(output, rules);
        return CliApp.Ok;
    }
}
