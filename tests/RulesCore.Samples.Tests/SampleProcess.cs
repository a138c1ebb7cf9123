using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace RulesCore.Samples.Tests;

/// <summary>
/// The HTTP sample as an operator runs it: its own process (<c>dotnet RulesCore.Samples.Http.dll</c>, built beside the
/// tests), in a working directory of the test's choosing, with standard output (the console log) and standard error read.
/// </summary>
internal sealed partial class SampleProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly Task _reading;

    private SampleProcess(string workingDirectory, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "RulesCore.Samples.Http.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("ASPNETCORE_URLS");
        _process = Process.Start(start)!;
        _reading = Task.WhenAll(Copy(_process.StandardOutput, _output), Copy(_process.StandardError, _error));
    }

    /// <summary>Gets what the process has written to standard output so far: the console log.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Gets what the process has written to standard error so far.</summary>
    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    public static SampleProcess Start(string workingDirectory, params string[] args) => new(workingDirectory, args);

    /// <summary>Runs the sample until it exits by itself (at most a minute).</summary>
    public static async Task<(int Exit, string Out, string Err)> RunAsync(string workingDirectory, params string[] args)
    {
        using var sample = Start(workingDirectory, args);
        await sample._process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        await sample._reading.WaitAsync(TimeSpan.FromMinutes(1));
        return (sample._process.ExitCode, sample.Output, sample.Error);
    }

    /// <summary>The address the service listens on, once its log says so (at most a minute).</summary>
    public async Task<Uri> ListeningAsync()
    {
        var listening = await WaitForAsync(ListeningLine());
        return new Uri(listening.Groups[1].Value);
    }

    /// <summary>Waits until the console log matches (at most a minute), and returns the match.</summary>
    public async Task<Match> WaitForAsync(Regex pattern)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (true)
        {
            if (pattern.Match(Output) is { Success: true } match)
            {
                return match;
            }

            if (_process.HasExited)
            {
                Assert.Fail($"the sample exited ({_process.ExitCode}) before its log matched {pattern}:\n{Output}\n{Error}");
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private static async Task Copy(StreamReader from, StringBuilder to)
    {
        var buffer = new char[4096];
        int n;
        while ((n = await from.ReadAsync(buffer)) > 0)
        {
            lock (to)
            {
                to.Append(buffer, 0, n);
            }
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();
}
