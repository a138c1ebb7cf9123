using RulesCore.Settlement;
using RulesCore.Settlement.Model;

namespace RulesCore.Samples.Http;

/// <summary>
/// Text from outside — a request's path or headers in a log entry, a file name in an error — made safe for the
/// operator's terminal, as the command line makes it: every control character (<see cref="CaseLimits.IsControlCharacter"/>:
/// C0 and C1 controls, DEL, bidirectional overrides and other format characters, line and paragraph separators) is
/// written as <c>\uXXXX</c>, so it can neither clear, retitle or recolour the terminal nor hide or reorder what is shown.
/// </summary>
internal static class TerminalText
{
    public static string Escape(string? text) => CaseLimits.EscapeControlCharacters(text);
}
