using System.Globalization;
using System.Text;
using RulesCore.Settlement;
using RulesCore.Settlement.Model;

namespace RulesCore.Cli;

/// <summary>Where text goes, whether it may be coloured, and in which language.</summary>
internal sealed class Output(TextWriter writer, bool colour, string language)
{
    public TextWriter Writer { get; } = writer;

    public string Language { get; } = language;

    public bool English => Language == RulesCore.Settlement.Model.Languages.English;

    public string T(string chinese, string english) => English ? english : chinese;

    public string Paint(string text, string ansi) => colour ? $"\u001b[{ansi}m{text}\u001b[0m" : text;

    public string Bold(string text) => Paint(text, "1");

    /// <summary>
    /// Text from input made safe for a terminal: every control character (<see cref="CaseLimits.IsControlCharacter"/>:
    /// escape sequences, carriage returns, bidirectional overrides…) is written as <c>\u001B</c>, so input can neither
    /// move the cursor, recolour nor hide what the report says. Every piece of input-derived text passes here.
    /// </summary>
    public static string Escape(string? text) => CaseLimits.EscapeControlCharacters(text);
}
