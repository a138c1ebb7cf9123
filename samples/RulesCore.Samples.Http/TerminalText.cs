using System.Globalization;
using System.Text;
using RulesCore.Settlement;

namespace RulesCore.Samples.Http;

/// <summary>
/// Text from outside — a request's path or headers in a log entry, a file name in an error — made safe for the
/// operator's terminal, as the command line makes it: every control character (<see cref="CaseLimits.IsControlCharacter"/>:
/// C0 and C1 controls, DEL, bidirectional overrides and other format characters, line and paragraph separators) is
/// written as <c>\uXXXX</c>, so it can neither clear, retitle or recolour the terminal nor hide or reorder what is shown.
/// </summary>
internal static class TerminalText
{
    public static string Escape(string? text)
    {
        if (text is null || !text.Any(CaseLimits.IsControlCharacter))
        {
            return text ?? string.Empty;
        }

        var safe = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (CaseLimits.IsControlCharacter(c))
            {
                safe.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                safe.Append(c);
            }
        }

        return safe.ToString();
    }
}
