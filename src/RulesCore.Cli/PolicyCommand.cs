using RulesCore.Settlement;
using RulesCore.Settlement.Model;

namespace RulesCore.Cli;

/// <summary><c>rulescore policy REGION</c>: the policy in force for a region on a day, each value with its level and source.</summary>
internal static class PolicyCommand
{
    public static CliCommand Create(CliOptions o, CliContext context)
    {
        var command = new CliCommand("policy", context.T("某地某日有效的政策：每个取值的层级和来源。", "the policy in force for a region on a date, each value with its level and source."))
        {
            Usages = new[] { "REGION" },
            Details = new[]
            {
                context.T(
                    "显示某个地区某一天（--as-of，默认今天）有效的政策：每个参数的取值、层级（全国、省级、市级）、可信度和来源。REGION 是六位行政区划代码（GB/T 2260），例如 420300。表格宽度不超过 100 列，长的取值和来源自动换行。",
                    "Shows the policy in force for a region on a day (--as-of, default: today): each parameter's value, level (national, province, city), confidence and source. REGION is a six-digit region code (GB/T 2260), e.g. 420300. The table is at most 100 columns wide; long values and sources wrap."),
                context.T(
                    "--rules 加载的集成方规则所声明的政策参数也必须有取值：默认值，或 --policy-pack 政策包中的取值。",
                    "The policy parameters that the rules of --rules assemblies declare need a value too: a default, or one from a --policy-pack."),
            },
            ExitCodes = new[]
            {
                (CliApp.Ok, context.T("已显示", "shown")),
                (CliApp.InvalidInput, context.T("地区代码无效、政策包或规则程序集无效或无法读取，或命令行有误（已打印错误）", "an invalid region code, a policy pack or rules assembly invalid or unreadable, or a bad command line (errors printed)")),
                HelpText.Unexpected(context.Language),
            },
        };
        command.Add(o.AsOf);
        command.Add(o.Language);
        command.Add(o.PolicyPacks);
        command.Add(o.RuleAssemblies);
        command.Add(o.Help);
        command.Add(o.Arguments);
        command.SetAction(parse => Run(CommandInput.From(parse, o), context));
        return command;
    }

    private static int Run(CommandInput input, CliContext context)
    {
        var say = context.Say;
        if (input.Positional.Count != 1 || !RegionCode.TryParse(input.Positional[0], out var region))
        {
            say.Writer.WriteLine(say.T("rulescore: policy 需要一个六位行政区划代码（GB/T 2260），例如 420300。", "rulescore: policy takes one six-digit region code (GB/T 2260), e.g. 420300."));
            return CliApp.InvalidInput;
        }

        var date = input.AsOf ?? DateTime.Today;
        PolicyReport.Write(context.OutputIn(input.Language), CommandEvaluator.Create(input).Policies.Resolve(region, date));
        return CliApp.Ok;
    }
}
