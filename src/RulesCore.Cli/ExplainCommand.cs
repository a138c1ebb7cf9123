using RulesCore.Settlement;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Errors;

namespace RulesCore.Cli;

/// <summary>
/// <c>rulescore explain FILE</c>: one case's decision in prose, each finding with why it fired and what to do; with
/// <c>--why-not RULE|CODE</c>, why a rule did not fire or a finding was not raised.
/// </summary>
internal static class ExplainCommand
{
    public static CliCommand Create(CliOptions o, CliContext context)
    {
        var command = new CliCommand("explain", context.T("用文字解释判断：每个问题为什么出现、怎么办；--why-not：某条规则为什么没有触发。", "the decision in prose: each finding, why it fired, what to do; --why-not: why a rule did not fire."))
        {
            Usages = new[] { "FILE", "FILE --why-not [--format]" },
            Details = new[]
            {
                context.T(
                    "用文字解释一个病例的判断：每个发现的问题、为什么出现（依据的事实和规则）、政策依据、怎么办，以及触发的规则和不适用的规则。",
                    "Explains one case's decision in prose: each finding, why it fired (the facts and the rule), its policy basis, what to do, then the rules that fired and those that do not apply."),
                context.T(
                    "--why-not RULE|CODE 回答反过来的问题：某条规则（如 filing.covers）为什么没有触发，或某个发现代码（如 FILING_EXPIRED）为什么没有出现——对规则第一个模式的每个候选事实，说明走到了哪一步、被哪个条件拦下（“备案 F1 于 2025-01-31 到期，早于就诊日 2025-03-10”），并沿着缺少的推导事实追到产生它的规则。与 --why-not 一起时，--format 为 text（默认）或 json（schemas/why-not.schema.json）；没有 --why-not 时只输出文本。",
                    "--why-not RULE|CODE answers the opposite question: why a rule (e.g. filing.covers) did not fire, or why a finding code (e.g. FILING_EXPIRED) was not raised — for each candidate fact of the rule's first pattern, how far it got and which condition stopped it (\"filing F1 ended on 2025-01-31, before the visit on 2025-03-10\"), following a missing derived fact back to the rule that would have produced it. With --why-not, --format is text (default) or json (schemas/why-not.schema.json); without it, the output is text."),
                HelpText.CaseFile(context.Language),
            },
            ExitCodes = new[]
            {
                (CliApp.Ok, context.T("已判断", "decided")),
                (CliApp.InvalidInput, context.T("病例无效、文件无法读取，或命令行有误（已打印错误）", "the case is invalid, the file unreadable, or a bad command line (errors printed)")),
                HelpText.RuleFailed(context.Language),
                HelpText.Unexpected(context.Language),
            },
        };
        command.Add(o.WhyNot);
        command.Add(o.Format);
        command.Add(o.Language);
        command.Add(o.AsOf);
        command.Add(o.PolicyPacks);
        command.Add(o.RuleAssemblies);
        command.Add(o.Help);
        command.Add(o.Arguments);
        command.SetAction(parse => Run(CommandInput.From(parse, o), context));
        return command;
    }

    private static int Run(CommandInput input, CliContext context)
    {
        var output = context.OutputIn(input.Language);
        var say = context.Say;
        if (input.Format == "json" && input.WhyNot is null)
        {
            say.Writer.WriteLine(say.T("rulescore: explain 只在与 --why-not 一起时输出 JSON。", "rulescore: explain writes JSON only with --why-not."));
            return CliApp.InvalidInput;
        }

        if (input.Positional.Count != 1)
        {
            say.Writer.WriteLine(say.T("rulescore: explain 只接受一个病例文件。", "rulescore: explain takes exactly one case file."));
            return CliApp.InvalidInput;
        }

        var evaluator = CommandEvaluator.Create(input);
        var options = new EvaluationOptions { Language = input.Language, AsOf = input.AsOf };
        if (input.WhyNot is { } asked)
        {
            return WhyNot(evaluator, input, options, asked, output, say, context.Stdin);
        }

        var file = input.Positional[0];
        var (@case, errors) = CaseFile.Read(file, context.Stdin);
        if (@case is null)
        {
            TextReport.Errors(output, file, errors);
            return CliApp.InvalidInput;
        }

        TextReport.Explain(output, file, @case, evaluator.Evaluate(@case, options), evaluator.Rules);
        return CliApp.Ok;
    }

    /// <summary><c>explain FILE --why-not RULE|CODE</c>: why a rule did not fire, or a finding was not raised, for one case.</summary>
    private static int WhyNot(SettlementEvaluator evaluator, CommandInput input, EvaluationOptions options, string asked, Output output, Output say, Stream? stdin)
    {
        if (!evaluator.Rules.Any(r => r.Id == asked || r.Findings.Contains(asked)))
        {
            var shown = Output.Escape(asked.Length > 60 ? asked.Substring(0, 60) : asked);
            var nearest = Spelling.DidYouMean(asked, evaluator.Rules.Select(r => r.Id).Concat(evaluator.Rules.SelectMany(r => r.Findings)));
            say.Writer.WriteLine(say.T(
                $"rulescore: 没有 id 为 '{shown}' 的规则，也没有这个发现代码。{nearest.Chinese}规则和代码见 'rulescore rules'。",
                $"rulescore: no rule has the id '{shown}' and no finding has that code.{nearest.English} 'rulescore rules' lists both."));
            return CliApp.InvalidInput;
        }

        var file = input.Positional[0];
        var json = input.Format == "json";
        var (@case, errors) = CaseFile.Read(file, stdin);
        if (@case is null)
        {
            CaseFile.WriteErrors(output, file, errors, json);
            return CliApp.InvalidInput;
        }

        var answer = evaluator.Explain(@case, asked, options);
        if (json)
        {
            output.Writer.WriteLine(SettlementJson.WriteWhyNot(answer, indented: true));
        }
        else
        {
            WhyNotReport.WhyNot(output, file, @case, answer);
        }

        return CliApp.Ok;
    }
}
