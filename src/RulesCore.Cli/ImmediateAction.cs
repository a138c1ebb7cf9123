using System.CommandLine;
using System.CommandLine.Invocation;

namespace RulesCore.Cli;

/// <summary>
/// What <c>--help</c>, <c>--version</c> and <c>rulescore help</c> do: it wins over whatever else the command line holds,
/// errors included, so that <c>rulescore evaluate --bogus --help</c> still shows the help.
/// </summary>
internal sealed class ImmediateAction(Func<ParseResult, int> run) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult) => run(parseResult);
}
