using System.CommandLine;
using System.CommandLine.Parsing;
using RulesCore.Settlement.Errors;

namespace RulesCore.Cli;

/// <summary>
/// What is wrong with a command line, said as <c>rulescore</c> says it, in the language of its messages: the first
/// problem from the left — an unknown command, an option the command does not take (named, with the commands that do),
/// an unknown option, an option without its value or with a wrong one, a flag with a value, an argument the command
/// does not take. The
/// parser's own messages are never shown, and whatever the command line holds is escaped.
/// </summary>
internal static class CommandLineErrors
{
    /// <summary>The message (one or two lines) for the first problem of <paramref name="parse"/>, or <see langword="null"/> if it has none.</summary>
    public static string? First(ParseResult parse, IReadOnlyList<string> args, CommandLine commandLine, Output say)
    {
        var tokens = parse.Tokens;
        int IndexOf(Token token)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (ReferenceEquals(tokens[i], token))
                {
                    return i;
                }
            }

            return int.MaxValue;
        }

        var usage = say.T("用法见 'rulescore --help'。", "Run 'rulescore --help' for usage.");
        string Problem(string text) => "rulescore: " + Output.Escape(text) + "\n" + usage;
        var command = parse.CommandResult.Command;
        var found = new List<(int At, string Message)>();
        if (commandLine.BadDirective(parse) is { } directive)
        {
            found.Add((-1, UnknownCommand(directive, Array.Empty<string>(), say)));
        }

        // Tokens no command or option took: on the root, an unknown command; else an option or an argument this command
        // does not take.
        var taken = new HashSet<int>();
        foreach (var unmatched in parse.UnmatchedTokens)
        {
            var at = Enumerable.Range(0, tokens.Count).FirstOrDefault(i => tokens[i].Value == unmatched && taken.Add(i), int.MaxValue);
            if (command is RootCommand)
            {
                found.Add((at, UnknownCommand(unmatched, RootNames(commandLine), say)));
            }
            else if (unmatched.StartsWith("--", StringComparison.Ordinal))
            {
                found.Add((at, NotTaken(unmatched, commandLine, say) ?? Problem(Unknown(unmatched, command, say))));
            }
            else
            {
                found.Add((at, Problem(say.T($"{command.Name} 不接受参数（'{Cut(unmatched, 40)}'）。", $"{command.Name} takes no arguments ('{Cut(unmatched, 40)}')."))));
            }
        }

        // A command's arguments before '--' that look like options: an option of another command, or none.
        if (parse.GetResult(commandLine.Options.Arguments) is { } arguments)
        {
            var end = Enumerable.Range(0, tokens.Count).FirstOrDefault(i => tokens[i].Type == TokenType.DoubleDash, int.MaxValue);
            foreach (var token in arguments.Tokens)
            {
                if (IndexOf(token) is var at && at < end && token.Value.StartsWith("--", StringComparison.Ordinal))
                {
                    found.Add((at, NotTaken(token.Value, commandLine, say) ?? Problem(Unknown(token.Value, command, say))));
                }
            }
        }

        // A flag given a value (--ndjson=x): the parser would take the value for an argument.
        foreach (var arg in args.TakeWhile(a => a != "--").Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)))
        {
            var name = NameOf(arg);
            var at = Enumerable.Range(0, tokens.Count).FirstOrDefault(i => tokens[i].Type == TokenType.Option && tokens[i].Value == name, int.MaxValue);
            if (at < int.MaxValue && command.Options.Any(o => o.Name == name && o.Arity.MaximumNumberOfValues == 0))
            {
                found.Add((at, Problem(say.T($"{name} 不带值。", $"{name} takes no value."))));
            }
        }

        foreach (var error in parse.Errors)
        {
            switch (error.SymbolResult)
            {
                case OptionResult { IdentifierToken: { } option } result when result.Tokens.Count == 0:
                    found.Add((IndexOf(option), Problem(say.T($"{option.Value} 需要一个值。", $"{option.Value} needs a value."))));
                    break;
                case OptionResult { IdentifierToken: { } option }:
                    // The option's own check: its message names it.
                    found.Add((IndexOf(option), Problem(error.Message)));
                    break;
                case CommandResult when parse.UnmatchedTokens.Count > 0:
                    // The tokens no one took, said above.
                    break;
                default:
                    found.Add((int.MaxValue, Problem(error.Message)));
                    break;
            }
        }

        return found.Count == 0 ? null : found.MinBy(f => f.At).Message;
    }

    /// <summary>The message for an option this command does not take but others do (as <c>--why-not is for explain only.</c>), else <see langword="null"/>.</summary>
    private static string? NotTaken(string token, CommandLine commandLine, Output say)
    {
        var name = NameOf(token);
        var commands = commandLine.CommandsTaking(name).Select(c => c.Name).ToList();
        if (commands.Count == 0)
        {
            return null;
        }

        var list = commands.Count == 1
            ? commands[0]
            : string.Join(say.T("、", ", "), commands.Take(commands.Count - 1)) + say.T(" 和 ", " and ") + commands[^1];
        return say.T($"rulescore: {name} 只用于 {list}。", $"rulescore: {name} is for {list} only.");
    }

    /// <summary>An unknown command, with the nearest of <paramref name="known"/> if it looks misspelt (<c>evalute</c>: <c>evaluate</c>).</summary>
    private static string UnknownCommand(string token, IEnumerable<string> known, Output say)
    {
        var name = Output.Escape(Cut(token, 40));
        var nearest = Spelling.DidYouMean(NameOf(token), known);
        return say.T(
            $"rulescore: 没有 '{name}' 这个命令。{nearest.Chinese}用法见 'rulescore --help'。",
            $"rulescore: unknown command '{name}'.{nearest.English} Run 'rulescore --help' for usage.");
    }

    /// <summary>An unknown option, with the nearest option of <paramref name="command"/> if it looks misspelt (<c>--fromat</c>: <c>--format</c>).</summary>
    private static string Unknown(string token, Command command, Output say)
    {
        var name = Cut(NameOf(token), 40);
        var nearest = Spelling.DidYouMean(NameOf(token), command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name)));
        return say.T($"没有 '{name}' 这个选项。{nearest.Chinese}", $"unknown option '{name}'.{nearest.English}");
    }

    /// <summary>What may come first on the command line: the commands and the root's options.</summary>
    private static IEnumerable<string> RootNames(CommandLine commandLine) =>
        commandLine.Commands.Select(c => c.Name).Concat(new[] { "help" }).Concat(new Option[] { commandLine.Options.Help, commandLine.Options.Version, commandLine.Options.Language }.SelectMany(o => o.Aliases.Prepend(o.Name)));

    /// <summary>An option's name as given: <c>--lang</c> of <c>--lang=en</c>.</summary>
    private static string NameOf(string token) => token.IndexOf('=', StringComparison.Ordinal) is var eq and > 0 ? token.Substring(0, eq) : token;

    private static string Cut(string text, int length) => text.Length > length ? text.Substring(0, length) : text;
}
