namespace RulesCore.Cli.Tests;

/// <summary>Runs the command line in-process and captures what it prints.</summary>
internal static class Cli
{
    public static string Root => RepositoryFiles.Root;

    public static (int Exit, string Out, string Err) Run(params string[] args) => Run(false, args);

    public static (int Exit, string Out, string Err) Run(bool colour, params string[] args) => Run(colour, null, args);

    /// <summary>Runs with <paramref name="stdin"/> as standard input (the file <c>-</c>).</summary>
    public static (int Exit, string Out, string Err) Run(bool colour, Stream? stdin, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var exit = CliApp.Run(args, stdout, stderr, colour, stdin);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static string Sample(string name) => Path.Combine(Root, "samples", "cases", name);

    /// <summary>The commands as the help shows them in <paramref name="language"/>.</summary>
    public static IReadOnlyList<CliCommand> Commands(string language = "zh-CN") =>
        new CommandLine(new CliContext(TextWriter.Null, TextWriter.Null, Colour: false, Stdin: null, language)).Commands;

    public static CliCommand Command(string name, string language = "zh-CN") => Commands(language).Single(c => c.Name == name);
}
