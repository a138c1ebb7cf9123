namespace RulesCore.Cli;

/// <summary>Where text goes, whether it may be coloured, and in which language.</summary>
internal sealed class Output(TextWriter writer, bool colour, string language)
{
    public TextWriter Writer { get; } = writer;

    public string Language { get; } = language;

    public bool English => Language == RulesCore.Settlement.Languages.English;

    public string T(string chinese, string english) => English ? english : chinese;

    public string Paint(string text, string ansi) => colour ? $"\u001b[{ansi}m{text}\u001b[0m" : text;

    public string Bold(string text) => Paint(text, "1");
}
