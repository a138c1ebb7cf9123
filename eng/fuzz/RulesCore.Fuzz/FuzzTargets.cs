using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RulesCore.Cli;
using RulesCore.Settlement;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Errors;

namespace RulesCore.Fuzz;

/// <summary>An invariant that an input broke; AFL++ records the input as a crash.</summary>
public sealed class InvariantException(string message) : Exception(message);

/// <summary>
/// The fuzz targets. Each takes any bytes and checks invariants, not just "no exception": a rejected input has
/// errors; an accepted one evaluates and round-trips to the same decision; no planted name or ID number reaches any
/// output; text output holds no control character; references name each fact unambiguously. The same functions run
/// under AFL++ (eng/fuzz/run.sh) and over the kept corpus as ordinary tests.
/// </summary>
public static partial class FuzzTargets
{
    /// <summary>The person's name and ID number the harness plants; nothing may ever print them.</summary>
    public static readonly string PlantedName = "PLANTED" + "王五" + "NAME";

    /// <summary>The planted ID number (a well-formed resident ID number, made up).</summary>
    public static readonly string PlantedIdNumber = "1101011990" + "0307457X";

    private static readonly SettlementEvaluator Evaluator = new();

    /// <summary>Every code of <see cref="InputErrorCodes"/>.</summary>
    private static readonly HashSet<string> KnownCodes = typeof(InputErrorCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToHashSet();

    private static readonly SettlementJsonOptions Tight = new() { MaxErrors = 1, MaxDepth = 4, MaxCollection = 2, MaxStringLength = 16, MaxDocumentBytes = 4096 };

    private static readonly byte[] ByteOrderMark = { 0xEF, 0xBB, 0xBF };

    private static readonly string[] ReferencePrefixes = { "filing:", "item:", "qualification:", "policy:", "credential:", "finding:", "fact:" };

    private static readonly string[] PlainReferences = { "encounter", "hospital", "person" };

    /// <summary>The target names: <c>case</c>, <c>pack</c>, <c>cli</c>, <c>directory</c>, <c>plan</c>, <c>platform</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = new[] { "case", "pack", "cli", "directory", "plan", "platform" };

    /// <summary>The target called <paramref name="name"/>.</summary>
    public static Action<byte[]> For(string name) => name switch
    {
        "case" => Case,
        "pack" => Pack,
        "cli" => Cli,
        "directory" => Directory,
        "plan" => Plan,
        "platform" => Platform,
        _ => throw new ArgumentException("case, pack, cli, directory, plan or platform", nameof(name)),
    };

    /// <summary>The case reader, the evaluator and the decision and text writers.</summary>
    public static void Case(byte[] input)
    {
        var accepted = SettlementJson.TryReadCase(input, out var @case, out var errors);
        // One byte order mark is skipped, as .NET's stream readers skip one; a second one is not JSON.
        if (StartsWithByteOrderMark(input) && !StartsWithByteOrderMark(input.AsSpan(3).ToArray()))
        {
            var withoutMark = SettlementJson.TryReadCase(input.AsMemory(3), out _, out var plainErrors);
            Check(withoutMark == accepted && plainErrors.Count == errors.Count, "a byte order mark changes how the document is judged");
        }

        // The tightest options still reject with an error, never with silence.
        if (!SettlementJson.TryReadCase(input, out var tight, out var tightErrors, Tight))
        {
            Check(tight is null && tightErrors.Count == 1, "a case rejected under the tightest options has exactly one error");
        }

        if (!accepted)
        {
            Check(@case is null && errors.Count is > 0 and <= 101, "a rejected case has errors (at most 101) and no case");
            Check(errors.All(e => e.Path.Length > 0 && e.Code.Length > 0 && e.Message.Length > 0), "every error has a path, a code and a message");
            Check(!errors.Any(e => e.Message.Any(CaseLimits.IsControlCharacter) || e.Text.Chinese.Any(CaseLimits.IsControlCharacter)), "an error message holds a control character");
            Check(SettlementJson.WriteErrors(errors).Length > 0, "the error document is written");
            NoControl(Text(o => TextReport.Errors(o, "case.json", errors)));
            if (Planted(input) is { } planted && !SettlementJson.TryReadCase(planted, out _, out var plantedErrors))
            {
                NoPlantedData(input, SettlementJson.WriteErrors(plantedErrors) + SettlementJson.WriteErrors(plantedErrors, Languages.Chinese, indented: true) + Text(o => TextReport.Errors(o, "case.json", plantedErrors)));
            }

            return;
        }

        Check(@case is not null && Evaluator.Validate(@case).Count == 0, "an accepted case validates");
        NoNegativeAmount(input);
        var options = new EvaluationOptions { Language = input.Length % 2 == 0 ? Languages.Chinese : Languages.English };
        var decision = Evaluator.Evaluate(@case!, options);
        var document = SettlementJson.WriteDecision(decision);
        Check(document == SettlementJson.WriteDecision(Evaluator.Evaluate(@case!, options)), "the same case gets a different decision");
        UnambiguousReferences(@case!, decision);
        PartialAnswer(@case!, decision, document);

        // Round trip: the written case reads back to the same case and the same decision.
        var written = SettlementJson.WriteCase(@case!);
        Check(SettlementJson.TryReadCase(Encoding.UTF8.GetBytes(written), out var again, out var againErrors), "a written case does not read back: " + string.Join("; ", againErrors.Select(e => e.Path + " " + e.Code)));
        Check(SettlementJson.WriteCase(again!) == written, "a written case does not write back the same");
        Check(SettlementJson.WriteDecision(Evaluator.Evaluate(again!, options)) == document, "the round-tripped case gets another decision");

        // Planted personal data reaches no output.
        var plantedCase = @case! with { Person = @case!.Person with { Name = PlantedName, IdNumber = PlantedIdNumber } };
        var plantedDecision = Evaluator.Evaluate(plantedCase, options);
        var output = SettlementJson.WriteDecision(plantedDecision)
            + Text(o => TextReport.Decision(o, "case.json", plantedCase, plantedDecision))
            + Text(o => TextReport.Explain(o, "case.json", plantedCase, plantedDecision, Evaluator.Rules));
        NoPlantedData(input, output);
        NoControl(output);
    }

    /// <summary>
    /// A case with unknown facts gets a range whose worst is its outcome, "undetermined" only when the range is open,
    /// checks only for listed facts and only when open; a case without gets neither.
    /// </summary>
    private static void PartialAnswer(SettlementCase @case, SettlementDecision decision, string document)
    {
        if (@case.UnknownFacts.Count == 0)
        {
            Check(decision.PossibleOutcomes is null && decision.Checks.Count == 0 && !document.Contains("undetermined", StringComparison.Ordinal), "a complete case got a range or checks");
            return;
        }

        Check(decision.PossibleOutcomes is { } range && range.Best <= range.Worst && range.Worst == decision.Outcome, "a partial case's range does not end at its outcome");
        var open = !decision.PossibleOutcomes!.IsDetermined;
        Check(document.Contains("\"outcome\": \"undetermined\"", StringComparison.Ordinal) == open, "undetermined is written for a determined range, or not for an open one");
        Check((decision.Checks.Count > 0) == open && decision.Checks.All(c => @case.UnknownFacts.Contains(c.Fact)), "a check names no listed fact, or the checks do not match the range");
    }

    /// <summary>The policy-pack reader, the catalog, and an evaluation under the pack.</summary>
    public static void Pack(byte[] input)
    {
        PolicyPack pack;
        try
        {
            pack = PolicyCatalog.ReadPack(new MemoryStream(input), "fuzz.json");
        }
        catch (InvalidPolicyPackException e)
        {
            Check(e.Errors.Count is > 0 and <= 101 && e.Errors.All(x => x.Path.Length > 0 && !x.Path.StartsWith("$.", StringComparison.Ordinal) && KnownCodes.Contains(x.Code) && x.Message.Length > 0), "a rejected pack lists its problems (at most 101), each with a path and a known code");
            if (StartsWithByteOrderMark(input) && !StartsWithByteOrderMark(input.AsSpan(3).ToArray()))
            {
                Check(Rejected(input.AsSpan(3).ToArray()), "a byte order mark changes how the pack is judged");
            }

            return;
        }

        if (StartsWithByteOrderMark(input) && !StartsWithByteOrderMark(input.AsSpan(3).ToArray()))
        {
            Check(!Rejected(input.AsSpan(3).ToArray()), "a byte order mark changes how the pack is judged");
        }

        Check(pack.Entries.Count > 0, "an accepted pack names no parameter");
        Check(pack.Name.Trim().Length > 0 && pack.Name.Length <= CaseLimits.MaxTextLength && !pack.Name.Any(CaseLimits.IsControlCharacter), "an accepted pack's name is empty, too long or holds a control character");
        Check(pack.Entries.SelectMany(x => new[] { x.Source.Chinese, x.Source.English }).All(t => t.Length <= CaseLimits.MaxTextLength && !t.Any(CaseLimits.IsControlCharacter)), "an accepted pack's source is too long or holds a control character");

        SettlementEvaluator evaluator;
        try
        {
            evaluator = new SettlementEvaluator(new SettlementOptions().AddPolicyPack(pack));
        }
        catch (InvalidPolicyPackException e)
        {
            Check(e.Errors.Count > 0, "a pack the catalog refuses says why");
            return;
        }

        var region = pack.Region ?? RegionCode.Parse("420100");
        foreach (var day in new[] { new DateTime(2000, 1, 1), new DateTime(2025, 3, 10), CaseLimits.MaxDate })
        {
            Check(evaluator.Policies.Resolve(region, day).Values.Count == PolicyParameters.All.Count, "a resolved policy lacks a parameter");
        }

        foreach (var visit in Visits(region))
        {
            var decision = evaluator.Evaluate(visit, new EvaluationOptions { Language = Languages.English });
            Check(Enum.IsDefined(decision.Outcome) && decision.RateReductionPoints is >= 0 and <= 100, "a decision under the pack is out of range");
            NoControl(Text(o => TextReport.Decision(o, "case.json", visit, decision)));
        }
    }

    /// <summary>
    /// The command line: the first line of the input is the arguments (<c>FILE</c> stands for a file holding the rest
    /// of the input, <c>-</c> reads it from standard input, <c>DIR</c> a directory, <c>MISSING</c> a path that does
    /// not exist; <c>/dev/zero</c> and <c>/dev/null</c> are kept, other paths become <c>FILE</c>).
    /// </summary>
    public static void Cli(byte[] input)
    {
        var newline = Array.IndexOf(input, (byte)'\n');
        var head = newline < 0 ? input : input.AsSpan(0, newline).ToArray();
        var document = newline < 0 ? Array.Empty<byte>() : input.AsSpan(newline + 1).ToArray();
        var args = Encoding.UTF8.GetString(head).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(16).Select(Argument).ToArray();

        var (exit, output) = RunCli(args, document);
        Check(exit is 0 or 2, $"exit code {exit} (unexpected failure): {output}");
        NoControl(output);
        NoPlantedData(document, output);
        if (Planted(document) is { } planted)
        {
            NoPlantedData(document, RunCli(args, planted).Output);
        }

        // Help wins wherever it stands on the line: it is shown (exit 0) whatever the other options say.
        if (AsOfOutOfRange(args) && !args.Any(a => a is "-h" or "--help"))
        {
            Check(exit == 2, "an --as-of outside 1900-01-01..2999-12-31 was accepted");
        }

        if (StartsWithByteOrderMark(document) && !StartsWithByteOrderMark(document.AsSpan(3).ToArray()))
        {
            var (plainExit, _) = RunCli(args, document.AsSpan(3).ToArray());
            Check(plainExit == exit, "a byte order mark changes the command's outcome");
        }
    }

    private static (int Exit, string Output) RunCli(string[] args, byte[] document)
    {
        File.WriteAllBytes(Scratch.Document, document);
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var exit = CliApp.Run(args, stdout, stderr, colour: false, stdin: new MemoryStream(document));
        return (exit, stdout.ToString() + stderr.ToString());
    }

    private static string Argument(string token) => token switch
    {
        "FILE" => Scratch.Document,
        "DIR" => Scratch.Directory,
        "MISSING" => Scratch.Missing,
        "-" or "/dev/zero" or "/dev/null" => token,
        _ when token.Contains('/', StringComparison.Ordinal) || token.Contains('\\', StringComparison.Ordinal) => Scratch.Document,
        _ => token,
    };

    /// <summary>Whether the command line sets --as-of to a date outside the range (a token another option takes as its value does not).</summary>
    private static bool AsOfOutOfRange(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            string? value = null;
            if (args[i] is "--format" or "--lang" or "--policy-pack" or "--rules")
            {
                i++;
            }
            else if (args[i] == "--as-of" && i + 1 < args.Length)
            {
                value = args[++i];
            }
            else if (args[i].StartsWith("--as-of=", StringComparison.Ordinal))
            {
                value = args[i].Substring(8);
            }

            if (value is not null && DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && !CaseLimits.IsInDateRange(date))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Two visits insured in <paramref name="region"/>: one at home, one in another province.</summary>
    private static IEnumerable<SettlementCase> Visits(RegionCode region)
    {
        var home = SettlementJson.ReadCase(Encoding.UTF8.GetBytes(Seed.Case), null);
        home = home with { Person = home.Person with { InsuredRegion = region }, Hospital = home.Hospital with { Region = region } };
        yield return home;
        yield return home with { Filings = Array.Empty<Filing>(), Hospital = home.Hospital with { Region = RegionCode.Parse(region.Province.ToString().StartsWith("44", StringComparison.Ordinal) ? "420106" : "440106") } };
    }

    private static bool Rejected(byte[] input)
    {
        try
        {
            PolicyCatalog.ReadPack(new MemoryStream(input), "fuzz.json");
            return false;
        }
        catch (InvalidPolicyPackException)
        {
            return true;
        }
    }

    private static void UnambiguousReferences(SettlementCase @case, SettlementDecision decision)
    {
        var filings = new HashSet<string>(@case.Filings.Select(f => "filing:" + f.Id), StringComparer.Ordinal);
        var items = new HashSet<string>(@case.Encounter.Items.Select(i => "item:" + i.Code), StringComparer.Ordinal);
        foreach (var reference in decision.Findings.SelectMany(f => f.Facts).Concat(decision.Trace.SelectMany(t => t.Facts)))
        {
            var prefix = ReferencePrefixes.FirstOrDefault(p => reference.StartsWith(p, StringComparison.Ordinal));
            Check(prefix is not null || PlainReferences.Contains(reference), "a fact reference of no known kind: " + reference);
            Check(prefix != "filing:" || filings.Contains(reference), "a filing reference names no filing of the case");
            Check(prefix != "item:" || items.Contains(reference), "an item reference names no item of the case");
        }
    }

    /// <summary>No amount written with a minus sign before a non-zero digit is accepted.</summary>
    private static void NoNegativeAmount(byte[] input)
    {
        using var document = JsonDocument.Parse(input.AsMemory(StartsWithByteOrderMark(input) ? 3 : 0));
        if (document.RootElement.TryGetProperty("encounter", out var encounter) && encounter.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in items.EnumerateArray())
            {
                if (item.TryGetProperty("amount", out var amount) && amount.ValueKind == JsonValueKind.Number)
                {
                    var raw = amount.GetRawText();
                    var mantissa = raw.Split('e', 'E')[0];
                    Check(!(raw.StartsWith('-') && mantissa.Any(c => c is >= '1' and <= '9')), "a negative amount was accepted");
                }
            }
        }
    }

    /// <summary>The planted name and ID number reach no output (unless the input itself carries them elsewhere).</summary>
    private static void NoPlantedData(byte[] input, string output)
    {
        var text = Encoding.UTF8.GetString(input);
        foreach (var marker in new[] { PlantedName, PlantedIdNumber })
        {
            Check(!output.Contains(marker, StringComparison.Ordinal) || text.Contains(marker, StringComparison.Ordinal), "planted personal data reached the output");
        }
    }

    /// <summary>The document with the planted name and ID number as the person's, if it is a JSON object with a person.</summary>
    private static byte[]? Planted(byte[] input)
    {
        try
        {
            if (JsonNode.Parse(input.AsSpan(StartsWithByteOrderMark(input) ? 3 : 0)) is JsonObject root && root["person"] is JsonObject person)
            {
                person["name"] = PlantedName;
                person["idNumber"] = PlantedIdNumber;
                return Encoding.UTF8.GetBytes(root.ToJsonString());
            }
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            // Not a JSON object with a person: nothing to plant.
        }

        return null;
    }

    private static void NoControl(string text)
    {
        Check(!text.Any(c => c != '\n' && CaseLimits.IsControlCharacter(c)), "text output holds a control character");
    }

    private static string Text(Action<Output> write)
    {
        var writer = new StringWriter { NewLine = "\n" };
        write(new Output(writer, colour: false, Languages.English));
        return writer.ToString();
    }

    private static bool StartsWithByteOrderMark(byte[] input) => input.AsSpan().StartsWith(ByteOrderMark);

    private static void Check(bool condition, string invariant)
    {
        if (!condition)
        {
            throw new InvariantException(invariant);
        }
    }

    /// <summary>Paths the command-line target uses, one set per process.</summary>
    private static class Scratch
    {
        public static readonly string Root = CreateRoot();

        public static readonly string Document = Path.Combine(Root, "input.json");

        public static readonly string Directory = Path.Combine(Root, "dir");

        public static readonly string Missing = Path.Combine(Root, "missing.json");

        public static readonly string DirectoryJson = Path.Combine(Root, "directory.json");

        public static readonly string DirectoryCsv = Path.Combine(Root, "directory.csv");

        private static string CreateRoot()
        {
            var root = Path.Combine(Path.GetTempPath(), "rulescore-fuzz-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            System.IO.Directory.CreateDirectory(Path.Combine(root, "dir"));
            return root;
        }
    }
}
