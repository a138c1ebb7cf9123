using System.CommandLine;

namespace RulesCore.Cli;

/// <summary>
/// A command of <c>rulescore</c> with what its help says beside its options (whose descriptions are their own): the
/// forms of its usage, what it does, and its exit codes, in the reader's language. Its description is the one-line
/// summary the top-level help lists.
/// </summary>
internal sealed class CliCommand(string name, string summary) : Command(name, summary)
{
    /// <summary>
    /// The forms of its usage line, each naming the options that form singles out (<c>FILE... [--format]</c>,
    /// <c>--ndjson [FILE|-]... [--parallel]</c>); the help spells out each option's value, and every option no form
    /// names follows each form.
    /// </summary>
    public required IReadOnlyList<string> Usages { get; init; }

    /// <summary>What the command does, in paragraphs (the help wraps them).</summary>
    public required IReadOnlyList<string> Details { get; init; }

    /// <summary>Its exit codes and what each means for it, in the order the help lists them.</summary>
    public required IReadOnlyList<(int Code, string Meaning)> ExitCodes { get; init; }
}
