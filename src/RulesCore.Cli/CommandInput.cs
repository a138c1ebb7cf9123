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

    public string? Person { get; private init; }

    public string? Chronic { get; private init; }

    public IReadOnlyList<string> Designations { get; private init; } = Array.Empty<string>();

    public string? Encounter { get; private init; }

    public string? Discharge { get; private init; }

    public string? Fees { get; private init; }

    public string? Hospital { get; private init; }

    public IReadOnlyList<string> CodeTables { get; private init; } = Array.Empty<string>();

    /// <summary>Whether the command line names any platform message (<c>--person</c>, <c>--encounter</c>…).</summary>
    public bool HasPlatformMessages => Person is not null || Chronic is not null || Designations.Count > 0 || Encounter is not null || Discharge is not null || Fees is not null || Hospital is not null;

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
            Person = Value(options.Person, null),
            Chronic = Value(options.Chronic, null),
            Designations = Value(options.Designations, new List<string>()),
            Encounter = Value(options.Encounter, null),
            Discharge = Value(options.Discharge, null),
            Fees = Value(options.Fees, null),
            Hospital = Value(options.Hospital, null),
            CodeTables = Value(options.CodeTables, new List<string>()),
        };
    }
}
