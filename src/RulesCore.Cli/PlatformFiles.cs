using RulesCore.NationalPlatform;
using RulesCore.NationalPlatform.Codes;
using RulesCore.Settlement.Errors;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Model;

namespace RulesCore.Cli;

/// <summary>
/// The national platform's messages named on the command line (<c>--person</c>, <c>--encounter</c>, <c>--hospital</c>…):
/// read (each up to the case limit, <c>-</c> for standard input), built into a partial case, the assumptions written to
/// standard error — or every problem, under the option and file it belongs to (with <c>--format json</c>, the error
/// document on standard output, as for a case file).
/// </summary>
internal static class PlatformFiles
{
    /// <summary>What a code tables file is called in a message.</summary>
    public static readonly LocalizedText CodeTablesFile = new("代码表", "code tables");

    /// <summary>
    /// The case the messages make, its assumptions already written to standard error in <paramref name="language"/>;
    /// <see langword="null"/> after writing why not (the command then exits 2).
    /// </summary>
    public static PlatformCase? Build(CommandInput input, CliContext context, string language, bool json = false)
    {
        var say = context.Say;
        if (input.Person is null || input.Encounter is null || input.Hospital is null)
        {
            var missing = new[] { ("--person", input.Person), ("--encounter", input.Encounter), ("--hospital", input.Hospital) }.Where(m => m.Item2 is null).Select(m => m.Item1);
            say.Writer.WriteLine(say.T(
                $"rulescore: 平台报文需要 --person、--encounter 和 --hospital；缺少 {string.Join("、", missing)}。",
                $"rulescore: platform messages need --person, --encounter and --hospital; {string.Join(", ", missing)} missing."));
            return null;
        }

        var options = new PlatformOptions();
        foreach (var path in input.CodeTables)
        {
            options.AddCodeTablesFile(path);
        }

        // Each file is named by its option: the errors' paths start with the message's name.
        var files = new List<(string Name, string Option, string Path)>();
        var unreadable = new List<InputError>();
        byte[]? Read(string name, string option, string path)
        {
            files.Add((name, option, path));
            var (bytes, error) = ReadFile(path, context.Stdin);
            if (error is not null)
            {
                unreadable.Add(error with { Path = name });
            }

            return bytes;
        }

        var person = Read("person", "--person", input.Person);
        var chronic = input.Chronic is { } c ? Read("chronic", "--chronic", c) : null;
        var designations = input.Designations.Select((d, i) => Read("designations[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", "--designations", d)).ToList();
        var encounter = Read("encounter", "--encounter", input.Encounter);
        var discharge = input.Discharge is { } d ? Read("discharge", "--discharge", d) : null;
        var fees = input.Fees is { } f ? Read("fees", "--fees", f) : null;
        var hospital = Read("hospital", "--hospital", input.Hospital);
        IReadOnlyList<InputError> errors = unreadable;
        PlatformCase? built = null;
        if (unreadable.Count == 0)
        {
            var messages = new PlatformJsonMessages
            {
                Person = person!,
                Chronic = chronic is null ? (ReadOnlyMemory<byte>?)null : chronic,
                Designations = designations.Select(x => (ReadOnlyMemory<byte>)x!).ToArray(),
                Encounter = encounter!,
                Discharge = discharge is null ? (ReadOnlyMemory<byte>?)null : discharge,
                Fees = fees is null ? (ReadOnlyMemory<byte>?)null : fees,
                Hospital = hospital!,
            };
            new PlatformCaseBuilder(options).TryBuild(messages, out built, out errors);
        }

        if (built is null)
        {
            if (json)
            {
                // As for a case file: the error document on standard output, each path under its message's name.
                context.Stdout.WriteLine(SettlementJson.WriteErrors(errors, language, indented: true));
            }
            else
            {
                WriteErrors(say, files, errors);
            }

            return null;
        }

        WriteAssumptions(new Output(context.Stderr, colour: false, language), built.Assumptions);
        return built;
    }

    /// <summary>A file's bytes, at most the case limit; or the error that says why not (<c>UNREADABLE_FILE</c>, <c>TOO_LARGE</c>, an empty file).</summary>
    private static (byte[]? Bytes, InputError? Error) ReadFile(string path, Stream? stdin)
    {
        var limit = SettlementJsonOptions.Default.MaxDocumentBytes;
        try
        {
            using var file = path == "-" ? null : File.OpenRead(path);
            var stream = file ?? stdin ?? Console.OpenStandardInput();
            if (BoundedInput.Read(stream, limit) is not { } bytes)
            {
                return (null, new InputError("$", InputErrorCodes.TooLarge, new LocalizedText($"文档超过 {limit} 字节。", $"The document is larger than {limit} bytes.")));
            }

            return bytes.Length == 0
                ? (null, new InputError("$", InputErrorCodes.InvalidJson, new LocalizedText("文件是空的：应为一个 JSON 文档。", "The file is empty: a JSON document is expected.")))
                : (bytes, null);
        }
        catch (Exception e) when (InputFile.IsUnreadable(e))
        {
            return (null, InputFile.CaseError(InputFile.ReasonFor(path, e)));
        }
    }

    /// <summary>The problems, under the option and file of the message each belongs to (its path without the message's name).</summary>
    private static void WriteErrors(Output say, IReadOnlyList<(string Name, string Option, string Path)> files, IReadOnlyList<InputError> errors)
    {
        var w = say.Writer;
        w.WriteLine(say.T("平台报文无效，未生成病例", "INVALID PLATFORM MESSAGES — no case"));
        foreach (var group in errors.GroupBy(e => FileOf(files, e.Path)))
        {
            w.WriteLine();
            w.WriteLine(group.Key is { } file ? file.Option + " " + Output.Escape(file.Path) + ":" : say.T("报文：", "messages:"));
            TextTable.Write(w, new[] { say.T("位置", "path"), say.T("代码", "code"), say.T("说明", "message") },
                group.Select(e => new[] { group.Key is { } f ? Within(f.Name, e.Path) : e.Path, e.Code, e.Text.In(say.Language) }).ToList());
        }
    }

    private static (string Name, string Option, string Path)? FileOf(IReadOnlyList<(string Name, string Option, string Path)> files, string path)
    {
        foreach (var file in files)
        {
            if (path == file.Name || path.StartsWith(file.Name + ".", StringComparison.Ordinal) || path.StartsWith(file.Name + "[", StringComparison.Ordinal))
            {
                return file;
            }
        }

        return null;
    }

    private static string Within(string name, string path) => path.Length == name.Length ? "$" : path.Substring(name.Length).TrimStart('.');

    /// <summary>The assumptions the case rests on, one per line with its confidence; nothing when there are none.</summary>
    public static void WriteAssumptions(Output o, IReadOnlyList<PlatformAssumption> assumptions)
    {
        if (assumptions.Count == 0)
        {
            return;
        }

        o.Writer.WriteLine(o.T("假设（可信度 B、C 的对应，不写入病例）：", "Assumptions (mappings of confidence B or C, not part of the case):"));
        foreach (var assumption in assumptions)
        {
            o.Writer.WriteLine("  [" + assumption.Confidence + "] " + Output.Escape(assumption.Text.In(o.Language)));
        }
    }

    /// <summary>How a command that cannot read a code tables file says so (exit 2).</summary>
    public static int Rejected(InvalidCodeTablesException e, Output say)
    {
        say.Writer.WriteLine(say.T($"代码表 '{Output.Escape(e.Origin)}' 未被采用：", $"Code tables '{Output.Escape(e.Origin)}' were rejected:"));
        foreach (var error in e.Errors)
        {
            say.Writer.WriteLine($"  {Output.Escape(error.Path)}: {error.Code}: {Output.Escape(error.Text.In(say.Language))}");
        }

        return CliApp.InvalidInput;
    }
}
