namespace RulesCore.Cli;

/// <summary>
/// Where a run of <c>rulescore</c> writes and reads: standard output (coloured only when <paramref name="Colour"/>),
/// standard error, standard input (<see langword="null"/>: the process's own), and the language of its messages.
/// </summary>
internal sealed record CliContext(TextWriter Stdout, TextWriter Stderr, bool Colour, Stream? Stdin, string Language)
{
    /// <summary>Messages to the reader (standard error, never coloured), in the language of messages.</summary>
    public Output Say { get; } = new(Stderr, colour: false, Language);

    /// <summary>Chooses between a Chinese and an English text by the language of messages (and of the help).</summary>
    public string T(string chinese, string english) => Say.T(chinese, english);

    /// <summary>Standard output in <paramref name="language"/>, the output's language (<c>--lang</c>).</summary>
    public Output OutputIn(string language) => new(Stdout, Colour, language);
}
