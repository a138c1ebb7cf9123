using RulesCore.Settlement;
using RulesCore.Settlement.Errors;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Model;

namespace RulesCore.Cli;

/// <summary>
/// <c>rulescore plan FILE [--hospitals DIRECTORY]</c>: what to do, in what order, so that the visit settles as well as it
/// can — a numbered checklist with who, where, deadlines and the outcome after each step, or the plan document.
/// </summary>
internal static class PlanCommand
{
    public static CliCommand Create(CliOptions o, CliContext context)
    {
        var command = new CliCommand("plan", context.T("怎样才能直接结算：按顺序要办的步骤，每步办完后的结果都经过核实。", "how to make the visit settle: the steps in order, each step's result verified."))
        {
            Usages = new[] { "FILE", HelpText.PlatformUsage },
            Details = new[]
            {
                context.T(
                    "给出一份清单：按什么顺序办哪几件事，本次就医才能尽可能直接结算。每一步写明做什么、谁来办、在哪里办（APP 页面或窗口）、最晚哪天办完，以及办完这一步（和之前各步）后的结算结果——都由同一套规则重新判断核实。最多尝试 4 步的所有组合，取能达到最好结果的最少步骤；办不了的问题单独列出原因（例如目录外项目仍需自费、断缴期间就医不能报销、资格认定不能追溯）。",
                    "A checklist: which things to do, in what order, so that the visit settles as well as it can. Each step says what to do, who does it, where (the app screen or the office), the last day it helps, and the outcome once it (and every step before it) is done — judged again by the same rules. Every combination of up to 4 steps is tried; the plan is the fewest steps that reach the best outcome. Problems no step fixes are listed with the reason (items outside the catalogue stay self-paid; a visit during a lapse is not reimbursed; a qualification cannot be backdated)."),
                context.T(
                    "--format json 输出计划文档（schemas/plan.schema.json）。给出医院目录（--hospitals）时，尚未就医的病例可以把“改到某家医院就医”作为一步，并列出能直接结算的医院。就医前问（--as-of 早于就诊日），才有就医前要办的步骤。",
                    "--format json writes the plan document (schemas/plan.schema.json). With a hospital directory (--hospitals), before the visit, \"go to hospital X instead\" can be a step, and the hospitals where the visit would settle directly are listed. Asked before the visit (--as-of before it), the steps that must come before it are possible."),
                HelpText.CaseFile(context.Language),
                HelpText.PlatformMessages(context.Language),
            },
            ExitCodes = new[]
            {
                (CliApp.Ok, context.T("已给出计划（也可能没有能改善结果的步骤）", "a plan was made (possibly without any step that improves the outcome)")),
                (CliApp.InvalidInput, context.T("病例或医院目录无效、文件无法读取，或命令行有误（已打印错误）", "the case or the directory is invalid, a file unreadable, or a bad command line (errors printed)")),
                HelpText.RuleFailed(context.Language),
                HelpText.Unexpected(context.Language),
            },
        };
        command.Add(o.Hospitals);
        command.Add(o.Format);
        command.Add(o.Language);
        command.Add(o.AsOf);
        command.Add(o.PolicyPacks);
        command.Add(o.RuleAssemblies);
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
        if (input.HasPlatformMessages && HelpText.PlatformConflict(input, say) is { } conflict)
        {
            return conflict;
        }

        if (!input.HasPlatformMessages && input.Positional.Count != 1)
        {
            say.Writer.WriteLine(say.T("rulescore: plan 只接受一个病例文件。", "rulescore: plan takes exactly one case file."));
            return CliApp.InvalidInput;
        }

        var options = CommandEvaluator.Options(input);
        if (input.Hospitals is { } path)
        {
            var (directory, errors) = HospitalsCommand.Directory(path);
            if (directory is null)
            {
                return HospitalsCommand.DirectoryErrors(path, errors, say);
            }

            options.HospitalDirectory = directory;
        }

        var json = input.Format == "json";
        string file;
        SettlementCase? @case;
        IReadOnlyList<InputError> caseErrors = Array.Empty<InputError>();
        if (input.HasPlatformMessages)
        {
            file = input.Encounter ?? string.Empty;
            @case = PlatformFiles.Build(input, context, input.Language, json)?.Case;
            if (@case is null)
            {
                return CliApp.InvalidInput;
            }
        }
        else
        {
            file = input.Positional[0];
            (@case, caseErrors) = CaseFile.Read(file, context.Stdin);
        }

        if (@case is null)
        {
            CaseFile.WriteErrors(output, file, caseErrors, json);
            return CliApp.InvalidInput;
        }

        var plan = new SettlementEvaluator(options).Plan(@case, new EvaluationOptions { Language = input.Language, AsOf = input.AsOf });
        if (json)
        {
            output.Writer.WriteLine(SettlementJson.WritePlan(plan, indented: true));
        }
        else
        {
            TextReport.Plan(output, file, @case, plan);
        }

        return CliApp.Ok;
    }
}
