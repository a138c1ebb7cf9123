using RulesCore.Settlement;
using RulesCore.Settlement.Json;

namespace RulesCore.Cli;

/// <summary>
/// <c>rulescore evaluate FILE...</c>: one decision per case file, as text a cashier reads or as the decision document;
/// with <c>--ndjson</c>, one case per line in and one document per line out (<see cref="NdjsonEvaluation"/>).
/// </summary>
internal static class EvaluateCommand
{
    public static CliCommand Create(CliOptions o, CliContext context)
    {
        var command = new CliCommand("evaluate", context.T("每个病例文件一个结算判断；--ndjson：每行一个病例，每行一个判断。", "one decision per case file; --ndjson: one case per line in, one decision per line out."))
        {
            Usages = new[] { "FILE... [--format]", "--ndjson [FILE|-]... [--parallel]", HelpText.PlatformUsage + " [--format]" },
            Details = new[]
            {
                context.T(
                    "判断每个病例能否直接结算：结果、发现的问题、怎么办。--format json 输出判断文档（schemas/decision.schema.json）：只有一个文件时，标准输出恰好是判断文档（或错误文档）；多个文件时每行一个紧凑文档。",
                    "Decides whether each case settles directly: the outcome, the findings, what to do. --format json writes the decision document (schemas/decision.schema.json): with one file, stdout is exactly the decision document (or the error document); with several, one compact document per line."),
                HelpText.CaseFile(context.Language),
                HelpText.PlatformMessages(context.Language),
            },
            ExitCodes = new[]
            {
                (CliApp.Ok, context.T("每个病例（每一行）都已判断", "every case (every line) decided")),
                (CliApp.InvalidInput, context.T("有病例（或行）无效、文件无法读取，或命令行有误（已打印错误）", "some case (or line) invalid, a file unreadable, or a bad command line (errors printed)")),
                HelpText.RuleFailed(context.Language),
                HelpText.Unexpected(context.Language),
            },
        };
        command.Add(o.Format);
        command.Add(o.Language);
        command.Add(o.AsOf);
        command.Add(o.PolicyPacks);
        command.Add(o.RuleAssemblies);
        command.Add(o.Ndjson);
        command.Add(o.Parallel);
        foreach (var option in o.PlatformMessages)
        {
            command.Add(option);
        }

        command.Add(o.CodeTables);
        command.Add(o.Help);
        command.Add(o.Arguments);
        command.SetAction(parse => Run(CommandInput.From(parse, o), context));
        return command;
    }

    private static int Run(CommandInput input, CliContext context)
    {
        var output = context.OutputIn(input.Language);
        var say = context.Say;
        if (input.HasPlatformMessages)
        {
            return RunPlatform(input, context);
        }

        if (input.Ndjson)
        {
            if (input.Format == "text" && input.FormatGiven)
            {
                say.Writer.WriteLine(say.T("rulescore: --ndjson 只输出 JSON。", "rulescore: --ndjson writes JSON only."));
                return CliApp.InvalidInput;
            }

            return NdjsonEvaluation.Run(
                CommandEvaluator.Create(input),
                new EvaluationOptions { Language = input.Language, AsOf = input.AsOf },
                input.Positional,
                input.Parallel ?? Environment.ProcessorCount,
                output.Writer,
                context.Stdin,
                input.Language);
        }

        if (input.Parallel is not null)
        {
            say.Writer.WriteLine(say.T("rulescore: --parallel 只与 --ndjson 一起使用。", "rulescore: --parallel goes with --ndjson only."));
            return CliApp.InvalidInput;
        }

        if (input.Positional.Count == 0)
        {
            say.Writer.WriteLine(say.T("rulescore: evaluate 需要一个或多个病例文件。", "rulescore: evaluate takes one or more case files."));
            return CliApp.InvalidInput;
        }

        var evaluator = CommandEvaluator.Create(input);
        var options = new EvaluationOptions { Language = input.Language, AsOf = input.AsOf };
        var json = input.Format == "json";
        var single = input.Positional.Count == 1;
        var status = CliApp.Ok;
        for (var i = 0; i < input.Positional.Count; i++)
        {
            var file = input.Positional[i];
            var (@case, errors) = CaseFile.Read(file, context.Stdin);
            var decision = @case is null ? null : evaluator.Evaluate(@case, options);
            if (decision is null)
            {
                status = CliApp.InvalidInput;
            }

            if (json)
            {
                output.Writer.WriteLine(decision is null
                    ? SettlementJson.WriteErrors(errors, input.Language, indented: single)
                    : SettlementJson.WriteDecision(decision, indented: single));
                continue;
            }

            if (i > 0)
            {
                output.Writer.WriteLine();
            }

            if (decision is null)
            {
                TextReport.Errors(output, file, errors);
            }
            else
            {
                TextReport.Decision(output, file, @case!, decision);
            }
        }

        return status;
    }

    /// <summary>One case made from platform messages, decided as a single case file is (its assumptions on standard error).</summary>
    private static int RunPlatform(CommandInput input, CliContext context)
    {
        if (HelpText.PlatformConflict(input, context.Say) is { } conflict)
        {
            return conflict;
        }

        var built = PlatformFiles.Build(input, context, input.Language, json: input.Format == "json");
        if (built is null)
        {
            return CliApp.InvalidInput;
        }

        var output = context.OutputIn(input.Language);
        var decision = CommandEvaluator.Create(input).Evaluate(built.Case, new EvaluationOptions { Language = input.Language, AsOf = input.AsOf });
        if (input.Format == "json")
        {
            output.Writer.WriteLine(SettlementJson.WriteDecision(decision, indented: true));
        }
        else
        {
            TextReport.Decision(output, input.Encounter!, built.Case, decision);
        }

        return CliApp.Ok;
    }
}
