using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using RulesCore.Settlement;
using RulesCore.Settlement.Hospitals;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Errors;

namespace RulesCore.Cli;

/// <summary>
/// <c>rulescore hospitals FILE --hospitals DIRECTORY</c>: the hospitals of the treatment pooling region (or
/// <c>--region</c>) where the visit would settle directly, best first — as a table, or as a JSON array
/// <c>[{ "id", "name", "region", "level", "outcome", "rateReductionPoints" }]</c>.
/// </summary>
internal static class HospitalsCommand
{
    /// <summary>What a directory file is called in a message: 无法读取医院目录 'x' / cannot read the hospital directory 'x'.</summary>
    private static readonly LocalizedText DirectoryFile = new("医院目录", "hospital directory");

    private static readonly Regex CsvPlace = new(@"^row (\d+)(?:, column (\d+)(?: \((\w+)\))?)?$", RegexOptions.CultureInvariant);

    /// <summary>The usual levels (医院等级) in English; other text is shown as it is.</summary>
    private static readonly Dictionary<string, string> Levels = new(StringComparer.Ordinal)
    {
        ["三级甲等"] = "tertiary, grade A", ["三级乙等"] = "tertiary, grade B", ["三级丙等"] = "tertiary, grade C", ["三级"] = "tertiary",
        ["二级甲等"] = "secondary, grade A", ["二级乙等"] = "secondary, grade B", ["二级丙等"] = "secondary, grade C", ["二级"] = "secondary",
        ["一级"] = "primary", ["未定级"] = "not graded",
    };

    public static CliCommand Create(CliOptions o, CliContext context)
    {
        var command = new CliCommand("hospitals", context.T("在医院目录中找出这次就医能直接结算的医院。", "the hospitals of a directory where this visit would settle directly."))
        {
            Usages = new[] { "FILE --hospitals" },
            Details = new[]
            {
                context.T(
                    "在医院目录中找出这次就医能直接结算的医院（直接结算或降低比例直接结算），最好的在前：先按结算结果，再按降低的百分点，再按编号。每家医院都由同一套规则判断：把病例中的医院换成它。",
                    "Lists the hospitals of a directory where this visit would settle directly (directly, or at a reduced rate), best first: by outcome, then fewer reduction points, then id. Each hospital is judged by the same rules, on the case with its hospital replaced."),
                context.T(
                    "text（默认）输出表格（编号、名称、所在地、等级、结算）；--format json 输出数组 [{ \"id\", \"name\", \"region\", \"level\", \"outcome\", \"rateReductionPoints\" }]。",
                    "text (default) writes a table (id, name, region, level, outcome); --format json an array [{ \"id\", \"name\", \"region\", \"level\", \"outcome\", \"rateReductionPoints\" }]."),
                HelpText.CaseFile(context.Language),
            },
            ExitCodes = new[]
            {
                (CliApp.Ok, context.T("已列出（也可能一家都没有）", "listed (possibly none)")),
                (CliApp.InvalidInput, context.T("病例或医院目录无效、文件无法读取，或命令行有误（已打印错误）", "the case or the directory is invalid, a file unreadable, or a bad command line (errors printed)")),
                HelpText.RuleFailed(context.Language),
                HelpText.Unexpected(context.Language),
            },
        };
        command.Add(o.Hospitals);
        command.Add(o.Region);
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
        if (input.Positional.Count != 1 || input.Hospitals is null)
        {
            say.Writer.WriteLine(say.T(
                "rulescore: hospitals 需要一个病例文件，以及 --hospitals 医院目录文件（.json 或 .csv）。",
                "rulescore: hospitals takes one case file and --hospitals with a hospital directory file (.json or .csv)."));
            return CliApp.InvalidInput;
        }

        var path = input.Hospitals;
        var (directory, directoryErrors) = Directory(path);
        if (directory is null)
        {
            return DirectoryErrors(path, directoryErrors, say);
        }

        var file = input.Positional[0];
        var (@case, errors) = CaseFile.Read(file, context.Stdin);
        var json = input.Format == "json";
        if (@case is null)
        {
            CaseFile.WriteErrors(output, file, errors, json);
            return CliApp.InvalidInput;
        }

        var evaluator = CommandEvaluator.Create(input);
        var area = input.Region ?? evaluator.Policies.Resolve(@case.Hospital.Region, @case.Encounter.Date.Date).PoolingRegion;
        var matches = HospitalFinder.Find(evaluator, @case, directory, area, new EvaluationOptions { Language = input.Language, AsOf = input.AsOf, IncludeTrace = false });
        if (json)
        {
            output.Writer.WriteLine(Json(matches));
        }
        else
        {
            Text(output, file, @case, area, matches);
        }

        return CliApp.Ok;
    }

    /// <summary>
    /// The directory, or <see langword="null"/> and its errors (a name ending in neither <c>.json</c> nor <c>.csv</c> is
    /// one); a file that cannot be read throws <see cref="UnreadableFileException"/>.
    /// </summary>
    internal static (HospitalDirectory? Directory, IReadOnlyList<InputError> Errors) Directory(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".json" or ".csv"))
        {
            return (null, new[] { new InputError("$", InputErrorCodes.UnreadableFile, new LocalizedText("医院目录文件的扩展名须为 .json 或 .csv。", "A hospital directory file's name ends in .json or .csv.")) });
        }

        using var file = InputFile.Open(path, DirectoryFile);
        try
        {
            HospitalDirectory? directory;
            IReadOnlyList<InputError> errors;
            _ = extension == ".json" ? HospitalDirectory.TryReadJson(file, out directory, out errors) : HospitalDirectory.TryReadCsv(file, out directory, out errors);
            return (directory, errors);
        }
        catch (Exception e) when (InputFile.IsUnreadable(e))
        {
            throw new UnreadableFileException(DirectoryFile, path, InputFile.ReasonFor(path, e));
        }
    }

    internal static int DirectoryErrors(string path, IReadOnlyList<InputError> errors, Output say)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".json" or ".csv"))
        {
            say.Writer.WriteLine(say.T("rulescore: 医院目录文件的扩展名须为 .json 或 .csv。", "rulescore: a hospital directory file's name ends in .json or .csv."));
            return CliApp.InvalidInput;
        }

        say.Writer.WriteLine(say.T($"医院目录 '{Output.Escape(path)}' 无效：", $"Hospital directory '{Output.Escape(path)}' was rejected:"));
        foreach (var error in errors)
        {
            var place = say.English || extension != ".csv" ? error.Path : InChinese(error.Path);
            say.Writer.WriteLine($"  {Output.Escape(place)}: {error.Code}: {Output.Escape(error.Text.In(say.Language))}");
        }

        return CliApp.InvalidInput;
    }

    /// <summary>A CSV place in Chinese: "row 12, column 3 (region)" is "第 12 行第 3 列（region）".</summary>
    private static string InChinese(string place)
    {
        var match = CsvPlace.Match(place);
        if (!match.Success)
        {
            return place;
        }

        var text = $"第 {match.Groups[1].Value} 行";
        if (match.Groups[2].Success)
        {
            text += $"第 {match.Groups[2].Value} 列";
        }

        return match.Groups[3].Success ? text + "（" + match.Groups[3].Value + "）" : text;
    }

    private static void Text(Output o, string file, SettlementCase c, RegionCode area, IReadOnlyList<HospitalMatch> matches)
    {
        var w = o.Writer;
        var where = area.Describe(o.Language);
        w.WriteLine(matches.Count == 0
            ? o.Paint(o.T($"在{where}没有找到能直接结算这次就医的医院。", $"No hospital in {where} where this visit settles directly."), "31;1")
            : matches.Any(m => m.Decision.PossibleOutcomes is { IsDetermined: false })
            ? o.Paint(o.T($"在{where}可能直接结算这次就医的医院（待核实）：{matches.Count} 家", $"Hospitals in {where} where this visit may settle directly (to be checked): {matches.Count}"), "33;1")
            : o.Paint(o.T($"在{where}能直接结算这次就医的医院：{matches.Count} 家", $"Hospitals in {where} where this visit settles directly: {matches.Count}"), "32;1"));
        w.WriteLine(o.T("病例文件：", "case: ") + Output.Escape(file));
        w.WriteLine(o.T("参保地：", "insured in: ") + c.Person.InsuredRegion.Describe(o.Language) + o.T("；就医地：", "; treated in: ") + c.Hospital.Region.Describe(o.Language));
        if (matches.Count == 0)
        {
            return;
        }

        w.WriteLine();
        var rows = matches.Select(m => new[]
        {
            m.Hospital.Id,
            m.Hospital.Name ?? "—",
            m.Hospital.Region.Describe(o.Language),
            Level(o, m.Hospital.Level),
            OutcomeText(o, m.Decision),
        }).ToList();
        TextTable.Write(w, new[] { o.T("编号", "id"), o.T("名称", "name"), o.T("所在地", "region"), o.T("等级", "level"), o.T("结算", "outcome") }, rows);
    }

    private static string Level(Output o, string? level) =>
        level is null ? "—" : o.English && Levels.TryGetValue(level, out var english) ? english : level;

    private static string OutcomeText(Output o, SettlementDecision d) => d.PossibleOutcomes is { IsDetermined: false }
        ? Output.Escape(d.Verdict)
        : d.Outcome == Outcome.Direct
        ? o.T("直接结算", "settles directly")
        : o.T($"直接结算，报销比例降低不超过 {d.RateReductionPoints} 个百分点", $"settles directly; ratio lowered by up to {d.RateReductionPoints} points");

    private static string JsonNamed(Outcome outcome) => outcome switch
    {
        Outcome.Direct => "direct",
        Outcome.DirectReducedRate => "directReducedRate",
        Outcome.PayThenClaim => "payThenClaim",
        _ => "notReimbursable",
    };

    /// <summary>The documented array: <c>[{ "id", "name", "region", "level", "outcome", "rateReductionPoints" }]</c>.</summary>
    private static string Json(IReadOnlyList<HospitalMatch> matches)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = CliJson.Encoder }))
        {
            w.WriteStartArray();
            foreach (var m in matches)
            {
                w.WriteStartObject();
                w.WriteString("id", m.Hospital.Id);
                w.WriteString("name", m.Hospital.Name);
                w.WriteString("region", m.Hospital.Region.ToString());
                w.WriteString("level", m.Hospital.Level);
                w.WriteString("outcome", m.Decision.PossibleOutcomes is { IsDetermined: false } ? "undetermined" : m.Decision.Outcome == Outcome.Direct ? "direct" : "directReducedRate");
                w.WriteNumber("rateReductionPoints", m.Decision.RateReductionPoints);
                if (m.Decision.PossibleOutcomes is { IsDetermined: false } range)
                {
                    // A partial case: the hospital is listed because the visit can settle there; the checks say what decides it.
                    w.WriteStartObject("possibleOutcomes");
                    w.WriteString("best", range.Best == Outcome.Direct ? "direct" : "directReducedRate");
                    w.WriteString("worst", JsonNamed(range.Worst));
                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
