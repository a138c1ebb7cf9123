using System.CommandLine;
using RulesCore.Settlement;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Cli;

/// <summary>What a command was given: its arguments and the values of its options (an option it was not given, or does not take, has its default).</summary>
internal sealed class CommandInput
{
    public IReadOnlyList<string> Positional { get; private init; } = Array.Empty<string>();

    public IReadOnlyList<string> PolicyPacks { get; private init; } = Array.Empty<string>();

    public IReadOnlyList<string> RuleAssemblies { get; private init; } = Array.Empty<string>();

    public string Format { get; private init; } = "text";

    /// <summary>Whether <c>--format</c> was given (rather than the default).</summary>
    public bool FormatGiven { get; private init; }

    public bool Ndjson { get; private init; }

    public int? Parallel { get; private init; }

    public string? WhyNot { get; private init; }

    public string Language { get; private init; } = Languages.Chinese;

    public DateTime? AsOf { get; private init; }

    public string? Hospitals { get; private init; }

    public RegionCode? Region { get; private init; }

    /// <summary>The values of a command line parsed without errors.</summary>
    public static CommandInput From(ParseResult parse, CliOptions options)
    {
        T Value<T>(Option<T> option, T absent) => parse.GetResult(option) is null ? absent : parse.GetValue(option) ?? absent;

        return new CommandInput
        {
            Positional = parse.GetResult(options.Arguments) is null ? Array.Empty<string>() : parse.GetValue(options.Arguments) ?? new List<string>(),
            PolicyPacks = Value(options.PolicyPacks, new List<string>()),
            RuleAssemblies = Value(options.RuleAssemblies, new List<string>()),
            Format = Value(options.Format, "text"),
            FormatGiven = parse.GetResult(options.Format) is not null,
            Ndjson = Value(options.Ndjson, false),
            Parallel = Value(options.Parallel, null),
            WhyNot = Value(options.WhyNot, null),
            Language = Value(options.Language, Languages.Chinese),
            AsOf = Value(options.AsOf, null),
            Hospitals = Value(options.Hospitals, null),
            Region = Value(options.Region, null),
        };
    }
}
