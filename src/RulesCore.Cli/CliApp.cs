using System.Globalization;
using System.Reflection;
using RulesCore.Settlement;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Policies;

namespace RulesCore.Cli;

/// <summary>The <c>rulescore</c> command line: parses arguments, runs a command, returns the exit code.</summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int InvalidInput = 2;

    public const string Usage = """
        rulescore — will this cross-region visit settle directly (异地就医直接结算)? why not? what to do?

        usage:
          rulescore evaluate FILE... [--format text|json] [--lang zh-CN|en] [--as-of yyyy-MM-dd] [--policy-pack FILE]...
          rulescore explain FILE [--lang zh-CN|en] [--as-of yyyy-MM-dd] [--policy-pack FILE]...
          rulescore rules [--format text|json]
          rulescore policy REGION [--as-of yyyy-MM-dd] [--policy-pack FILE]...
          rulescore validate-policy FILE
          rulescore --help | --version

        evaluate   one decision per case file. With --format json and one file, stdout is exactly the decision
                   document (or the error document); with several files, one compact document per line.
        explain    the decision in prose: each finding, why it fired (facts and rule), what to do.
        rules      every rule: id, cause, description, policy basis.
        policy     the policy in force for a region on a date, each value with its level and source.
        validate-policy   check a policy pack; every problem with its JSON path.

        FILE may be - for standard input. A case is read up to 4 MiB, a policy pack up to 1 MiB, whatever the file is
        (a pipe or a device too); more is refused. Dates lie between 1900-01-01 and 2999-12-31.

        exit codes: 0 decision(s) made / pack valid, 2 invalid input (errors printed), 1 unexpected failure.
        Colours only on a terminal; NO_COLOR turns them off.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool colour = false, Stream? stdin = null)
    {
        try
        {
            if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
            {
                stdout.WriteLine(Usage);
                return args.Length == 0 ? InvalidInput : Ok;
            }

            if (args[0] == "--version")
            {
                stdout.WriteLine(typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
                return Ok;
            }

            var parsed = Arguments.Parse(args.Skip(1).ToArray());
            if (parsed.Error is { } error)
            {
                stderr.WriteLine("rulescore: " + Output.Escape(error));
                stderr.WriteLine("Run 'rulescore --help' for usage.");
                return InvalidInput;
            }

            var output = new Output(stdout, colour, parsed.Language);
            return args[0] switch
            {
                "evaluate" => Evaluate(parsed, output, stderr, stdin, explain: false),
                "explain" => Evaluate(parsed, output, stderr, stdin, explain: true),
                "rules" => Rules(parsed, output),
                "policy" => Policy(parsed, output, stderr),
                "validate-policy" => ValidatePolicy(parsed, output, stderr),
                _ => UnknownCommand(args[0], stderr),
            };
        }
        catch (PolicyPackException e)
        {
            stderr.WriteLine($"Policy pack '{Output.Escape(e.Origin)}' is invalid:");
            foreach (var error in e.Errors)
            {
                stderr.WriteLine($"  {Output.Escape(error.Path)}: {Output.Escape(error.Message)}");
            }

            return InvalidInput;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"rulescore: unexpected failure ({e.GetType().Name}). Please report it with the command line used.");
            return Failure;
        }
    }

    private static int UnknownCommand(string command, TextWriter stderr)
    {
        stderr.WriteLine($"rulescore: unknown command '{Output.Escape(command.Length > 40 ? command.Substring(0, 40) : command)}'. Run 'rulescore --help' for usage.");
        return InvalidInput;
    }

    private static SettlementEvaluator Evaluator(Arguments arguments)
    {
        var options = new SettlementOptions();
        foreach (var pack in arguments.PolicyPacks)
        {
            options.AddPolicyPackFile(pack);
        }

        return new SettlementEvaluator(options);
    }

    private static int Evaluate(Arguments arguments, Output output, TextWriter stderr, Stream? stdin, bool explain)
    {
        if (arguments.Positional.Count == 0 || (explain && arguments.Positional.Count != 1))
        {
            stderr.WriteLine(explain ? "rulescore: explain takes exactly one case file." : "rulescore: evaluate takes one or more case files.");
            return InvalidInput;
        }

        var evaluator = Evaluator(arguments);
        var options = new EvaluationOptions { Language = arguments.Language, AsOf = arguments.AsOf };
        var json = arguments.Format == "json" && !explain;
        var single = arguments.Positional.Count == 1;
        var status = Ok;
        for (var i = 0; i < arguments.Positional.Count; i++)
        {
            var file = arguments.Positional[i];
            var (@case, decision, errors) = Decide(evaluator, file, options, stdin);
            if (decision is null)
            {
                status = InvalidInput;
            }

            if (json)
            {
                var document = decision is null ? SettlementJson.WriteErrors(errors, indented: single) : SettlementJson.WriteDecision(decision, indented: single);
                output.Writer.WriteLine(document);
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
            else if (explain)
            {
                TextReport.Explain(output, file, @case!, decision, evaluator.Rules);
            }
            else
            {
                TextReport.Decision(output, file, @case!, decision);
            }
        }

        return status;
    }

    private static (SettlementCase? Case, SettlementDecision? Decision, IReadOnlyList<CaseError> Errors) Decide(SettlementEvaluator evaluator, string name, EvaluationOptions options, Stream? stdin)
    {
        SettlementCase? @case;
        IReadOnlyList<CaseError> errors;
        try
        {
            // One bounded reader for every source: a file, a pipe, a device, standard input (read, never closed: a
            // second '-' finds it at its end).
            using var file = name == "-" ? null : File.OpenRead(name);
            SettlementJson.TryReadCase(file ?? stdin ?? Console.OpenStandardInput(), out @case, out errors, SettlementJsonOptions.Default);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, null, new[] { new CaseError("$", "UNREADABLE_FILE", $"The file cannot be read ({e.GetType().Name}).") });
        }

        return @case is null ? (null, null, errors) : (@case, evaluator.Evaluate(@case, options), Array.Empty<CaseError>());
    }

    private static int Rules(Arguments arguments, Output output)
    {
        var rules = new SettlementEvaluator().Rules;
        if (arguments.Format == "json")
        {
            output.Writer.WriteLine(CliJson.Rules(rules, output.Language));
            return Ok;
        }

        TextReport.Rules(output, rules);
        return Ok;
    }

    private static int Policy(Arguments arguments, Output output, TextWriter stderr)
    {
        if (arguments.Positional.Count != 1 || !RegionCode.TryParse(arguments.Positional[0], out var region))
        {
            stderr.WriteLine("rulescore: policy takes one six-digit region code (GB/T 2260), e.g. 420300.");
            return InvalidInput;
        }

        var date = arguments.AsOf ?? DateTime.Today;
        TextReport.Policy(output, Evaluator(arguments).Policies.Resolve(region, date));
        return Ok;
    }

    private static int ValidatePolicy(Arguments arguments, Output output, TextWriter stderr)
    {
        if (arguments.Positional.Count != 1)
        {
            stderr.WriteLine("rulescore: validate-policy takes one policy pack file.");
            return InvalidInput;
        }

        var pack = PolicyCatalog.ReadPackFile(arguments.Positional[0]);
        PolicyCatalog.Create(new[] { pack });
        output.Writer.WriteLine($"ok: {Output.Escape(pack.Origin)} — {pack.Name}, {(pack.Region?.ToString() ?? "national")} ({pack.Level.ToString().ToLowerInvariant()}), {pack.Entries.Count} entries");
        return Ok;
    }
}

/// <summary>Parsed options and positional arguments of a command.</summary>
internal sealed class Arguments
{
    public List<string> Positional { get; } = new();

    public List<string> PolicyPacks { get; } = new();

    public string Format { get; private set; } = "text";

    public string Language { get; private set; } = Languages.Chinese;

    public DateTime? AsOf { get; private set; }

    public string? Error { get; private set; }

    public static Arguments Parse(string[] args)
    {
        var result = new Arguments();
        for (var i = 0; i < args.Length && result.Error is null; i++)
        {
            var arg = args[i];
            string? inline = null;
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.IndexOf('=') is var eq and > 0)
            {
                inline = arg.Substring(eq + 1);
                arg = arg.Substring(0, eq);
            }

            string? Value()
            {
                if (inline is not null)
                {
                    return inline;
                }

                if (i + 1 < args.Length)
                {
                    return args[++i];
                }

                result.Error = $"{arg} needs a value.";
                return null;
            }

            switch (arg)
            {
                case "--format":
                    var format = Value();
                    if (format is "text" or "json")
                    {
                        result.Format = format;
                    }
                    else if (format is not null)
                    {
                        result.Error = "--format is text or json.";
                    }

                    break;
                case "--lang":
                    var language = Value();
                    if (Languages.IsSupported(language))
                    {
                        result.Language = language!;
                    }
                    else if (language is not null)
                    {
                        result.Error = "--lang is zh-CN or en.";
                    }

                    break;
                case "--as-of":
                    var text = Value();
                    if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && CaseLimits.IsInDateRange(date))
                    {
                        result.AsOf = date;
                    }
                    else if (text is not null)
                    {
                        result.Error = "--as-of is a date between 1900-01-01 and 2999-12-31, yyyy-MM-dd.";
                    }

                    break;
                case "--policy-pack":
                    if (Value() is { } pack)
                    {
                        result.PolicyPacks.Add(pack);
                    }

                    break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        result.Error = $"unknown option '{(arg.Length > 40 ? arg.Substring(0, 40) : arg)}'.";
                    }
                    else
                    {
                        result.Positional.Add(args[i]);
                    }

                    break;
            }
        }

        return result;
    }
}
