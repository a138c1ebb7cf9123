using RulesCore.Settlement;
using RulesCore.Settlement.Json;

namespace RulesCore.Cli;

/// <summary>
/// <c>rulescore plan FILE [--hospitals DIRECTORY]</c>: what to do, in what order, so that the visit settles as well as it
/// can — a numbered checklist with who, where, deadlines and the outcome after each step, or the plan document.
/// </summary>
internal static class PlanCommand
{
    public static int Run(Arguments arguments, Output output, Output say, Stream? stdin)
    {
        if (arguments.Positional.Count != 1)
        {
            say.Writer.WriteLine(say.T("rulescore: plan 只接受一个病例文件。", "rulescore: plan takes exactly one case file."));
            return CliApp.InvalidInput;
        }

        var options = CliApp.Options(arguments);
        if (arguments.Hospitals is { } path)
        {
            var (directory, errors) = HospitalsCommand.Directory(path);
            if (directory is null)
            {
                return HospitalsCommand.DirectoryErrors(path, errors, say);
            }

            options.HospitalDirectory = directory;
        }

        var file = arguments.Positional[0];
        var (@case, caseErrors) = CliApp.Read(file, stdin, arguments.Language);
        var json = arguments.Format == "json";
        if (@case is null)
        {
            if (json)
            {
                output.Writer.WriteLine(SettlementJson.WriteErrors(InputErrorText.InLanguage(caseErrors, arguments.Language), indented: true));
            }
            else
            {
                TextReport.Errors(output, file, caseErrors);
            }

            return CliApp.InvalidInput;
        }

        var plan = new SettlementEvaluator(options).Plan(@case, new EvaluationOptions { Language = arguments.Language, AsOf = arguments.AsOf });
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
