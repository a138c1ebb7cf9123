using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Reflection;

namespace RulesCore.Cli;

/// <summary>
/// The commands of <c>rulescore</c>, their options and help, in the language of the run's messages (<c>--lang</c>):
/// parses a command line (System.CommandLine) and runs the command it names. Shell completion comes with it: the
/// <c>[suggest]</c> directive answers <c>dotnet-suggest</c>.
/// </summary>
internal sealed class CommandLine
{
    /// <summary>
    /// No response files (<c>@file</c> is a file name, as it always was) and no bundled short options (<c>-h</c> is the
    /// only one); <c>--</c> ends the options, so a case file named <c>--x</c> can still be given.
    /// </summary>
    private static readonly ParserConfiguration Configuration = new() { EnablePosixBundling = false, ResponseFileTokenReplacer = null };

    private readonly RootCommand _root;

    public CommandLine(CliContext context)
    {
        var language = context.Language;
        Options = new CliOptions(language);
        Commands = new[]
        {
            EvaluateCommand.Create(Options, context),
            ExplainCommand.Create(Options, context),
            PlanCommand.Create(Options, context),
            RulesCommand.Create(Options, context),
            PolicyCommand.Create(Options, context),
            ValidatePolicyCommand.Create(Options, context),
            HospitalsCommand.Create(Options, context),
            FromPlatformCommand.Create(Options, context),
        };

        int Usage(ParseResult parse)
        {
            context.Stdout.WriteLine(HelpText.TopLevel(Commands, language));
            return CliApp.Ok;
        }

        // The root takes --lang so that 'rulescore --lang en --help' is the English help; without a command it shows
        // the usage and fails, as a wrong command line does.
        _root = new RootCommand(string.Empty);
        _root.Options.Clear();
        _root.Options.Add(Options.Help);
        _root.Options.Add(Options.Version);
        _root.Options.Add(Options.Language);
        foreach (var command in Commands)
        {
            _root.Subcommands.Add(command);
        }

        // 'rulescore help' (with anything after it) is 'rulescore --help'.
        _root.Subcommands.Add(new Command("help") { Hidden = true, TreatUnmatchedTokensAsErrors = false, Action = new ImmediateAction(Usage) });
        _root.SetAction(parse =>
        {
            Usage(parse);
            return CliApp.InvalidInput;
        });
        Options.Help.Action = new ImmediateAction(parse =>
        {
            if (parse.CommandResult.Command is CliCommand command)
            {
                context.Stdout.WriteLine(HelpText.For(command, language));
                return CliApp.Ok;
            }

            return Usage(parse);
        });
        Options.Version.Action = new ImmediateAction(_ =>
        {
            context.Stdout.WriteLine(typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
            return CliApp.Ok;
        });
    }

    /// <summary>Every option, each defined once.</summary>
    public CliOptions Options { get; }

    /// <summary>The commands, in the order the help lists them.</summary>
    public IReadOnlyList<CliCommand> Commands { get; }

    public ParseResult Parse(IReadOnlyList<string> args) => _root.Parse(args, Configuration);

    /// <summary>
    /// Whether the command line is answered whatever else it holds, errors included: help, the version, and the
    /// completions a shell asks for (the <c>[suggest]</c> directive).
    /// </summary>
    public bool AnswersAnyway(ParseResult parse) => parse.Action is ImmediateAction || (Suggest(parse) is not null && BadDirective(parse) is null);

    /// <summary>The <c>[suggest:N]</c> directive as given, if its N is not a position in the command line (a shell always sends one).</summary>
    public string? BadDirective(ParseResult parse) =>
        Suggest(parse) is { } suggest && !suggest.Values.All(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out _)) ? suggest.Token?.Value : null;

    /// <summary>The commands that take an option named <paramref name="name"/>.</summary>
    public IReadOnlyList<CliCommand> CommandsTaking(string name) =>
        Commands.Where(c => c.Options.Any(o => o.Name == name || o.Aliases.Contains(name))).ToList();

    private DirectiveResult? Suggest(ParseResult parse) => _root.Directives.Select(parse.GetResult).FirstOrDefault(d => d is not null);
}
