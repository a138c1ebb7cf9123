using RulesCore.Settlement.Policies;

namespace RulesCore.Cli;

/// <summary><c>rulescore validate-policy FILE</c>: checks a policy pack; every problem is printed with its JSON path.</summary>
internal static class ValidatePolicyCommand
{
    public static CliCommand Create(CliOptions o, CliContext context)
    {
        var command = new CliCommand("validate-policy", context.T("检查一个政策包：每个问题及其 JSON 路径。", "check a policy pack; every problem with its JSON path."))
        {
            Usages = new[] { "FILE" },
            Details = new[]
            {
                context.T(
                    "检查一个政策包文件（最多 1 MiB）：格式、参数、取值、生效期、来源；列出每个问题及其 JSON 路径。",
                    "Checks a policy pack file (at most 1 MiB): its shape, parameters, values, effective dates and sources; lists every problem with its JSON path."),
            },
            ExitCodes = new[]
            {
                (CliApp.Ok, context.T("政策包有效", "the pack is valid")),
                (CliApp.InvalidInput, context.T("政策包无效或无法读取，或命令行有误（已打印问题）", "the pack is invalid or unreadable, or a bad command line (problems printed)")),
                HelpText.Unexpected(context.Language),
            },
        };
        command.Add(o.Language);
        command.Add(o.Help);
        command.Add(o.Arguments);
        command.SetAction(parse => Run(CommandInput.From(parse, o), context));
        return command;
    }

    private static int Run(CommandInput input, CliContext context)
    {
        var output = context.OutputIn(input.Language);
        if (input.Positional.Count != 1)
        {
            context.Say.Writer.WriteLine(context.T("rulescore: validate-policy 需要一个政策包文件。", "rulescore: validate-policy takes one policy pack file."));
            return CliApp.InvalidInput;
        }

        PolicyPack pack;
        using (var file = InputFile.Open(input.Positional[0], CommandEvaluator.PolicyPackFile))
        {
            pack = PolicyCatalog.ReadPack(file, input.Positional[0]);
        }

        PolicyCatalog.Create(new[] { pack });
        var region = pack.Region?.Describe(output.Language) ?? output.T("全国", "national");
        output.Writer.WriteLine(output.T(
            $"有效：{Output.Escape(pack.Origin)} — {Output.Escape(pack.Name)}，{region}，{pack.Entries.Count} 项",
            $"ok: {Output.Escape(pack.Origin)} — {Output.Escape(pack.Name)}, {region} ({pack.Level.ToString().ToLowerInvariant()}), {pack.Entries.Count} entries"));
        return CliApp.Ok;
    }
}
