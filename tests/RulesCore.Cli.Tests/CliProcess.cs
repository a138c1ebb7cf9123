using System.Diagnostics;
using System.Text;

namespace RulesCore.Cli.Tests;

/// <summary>Runs the real <c>rulescore</c> process (<c>dotnet rulescore.dll</c>, built beside the tests).</summary>
internal static class CliProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "rulescore.dll");

    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        return Process.Start(start)!;
    }

    /// <summary>Runs to the end with <paramref name="stdin"/> written to standard input (then closed), reading the output meanwhile.</summary>
    public static async Task<(int Exit, string Out, string Err)> RunAsync(byte[] stdin, params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        var input = Task.Run(async () =>
        {
            await process.StandardInput.BaseStream.WriteAsync(stdin);
            process.StandardInput.Close();
        });
        await Task.WhenAll(output, errors, input).WaitAsync(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }
}
