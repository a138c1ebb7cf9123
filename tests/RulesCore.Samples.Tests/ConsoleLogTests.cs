using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using RulesCore.Samples.Http;

namespace RulesCore.Samples.Tests;

/// <summary>
/// A client cannot reach the operator's terminal through the console log: control characters in a request's path or
/// headers, which ASP.NET Core's own request logs repeat, are written escaped (\u001B), never raw.
/// </summary>
public sealed class ConsoleLogTests
{
    private static readonly char[] Raw = ['\u001b', '\u0007', '\u009b', '\u202e', '\u2066'];

    [Fact]
    public async Task ControlCharactersInAPathOrHeader_ReachTheConsoleLogEscaped()
    {
        using var sample = SampleProcess.Start(AppContext.BaseDirectory, "--urls", "http://127.0.0.1:0");
        var uri = await sample.ListeningAsync();

        using (var tcp = new TcpClient())
        {
            await tcp.ConnectAsync(uri.Host, uri.Port);
            await tcp.GetStream().WriteAsync(Encoding.UTF8.GetBytes(
                "GET /a%1B%5D0;owned%07b%C2%9B%E2%80%AEc HTTP/1.1\r\nHost: x\r\nContent-Type: text/\u001b[2J\u001b]0;owned\u0007\r\nConnection: close\r\n\r\n"));
            var buffer = new byte[4096];
            while (await tcp.GetStream().ReadAsync(buffer) > 0)
            {
            }
        }

        await sample.WaitForAsync(new Regex("Request finished .*404"));
        var log = sample.Output;

        Assert.DoesNotContain(log, Raw.Contains);
        Assert.Contains(@"/a\u001B]0;owned\u0007b\u009B\u202Ec", log, StringComparison.Ordinal);
        Assert.Contains(@"text/\u001B[2J\u001B]0;owned\u0007", log, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFormatter_EscapesScopesAndExceptions_AndKeepsAnExceptionsLines()
    {
        using var services = new ServiceCollection()
            .AddLogging(logging => EscapingConsoleFormatter.Use(logging))
            .Configure<SimpleConsoleFormatterOptions>(o => o.IncludeScopes = true)
            .BuildServiceProvider();
        var formatter = services.GetServices<ConsoleFormatter>().Single(f => f.Name == EscapingConsoleFormatter.FormatterName);
        var scopes = new LoggerExternalScopeProvider();
        using var scope = scopes.Push("RequestPath:/\u001b[2J");
        Exception exception;
        try
        {
            throw new InvalidOperationException("bad \u001b]0;owned\u0007 input");
        }
        catch (InvalidOperationException e)
        {
            exception = e;
        }

        using var log = new StringWriter();
        formatter.Write(new LogEntry<string>(LogLevel.Error, "Category\u202e", new EventId(7), "message\u001b[31m\nforged: line", exception, (s, _) => s), scopes, log);
        var lines = log.ToString().Split(Environment.NewLine);

        Assert.DoesNotContain(log.ToString(), Raw.Contains);
        Assert.Equal(@"fail: Category\u202E[7]", lines[0]);
        Assert.Equal(@"      => RequestPath:/\u001B[2J", lines[1]);
        Assert.Equal(@"      message\u001B[31m\u000Aforged: line", lines[2]);
        Assert.Equal(@"      System.InvalidOperationException: bad \u001B]0;owned\u0007 input", lines[3]);
        Assert.StartsWith("         at ", lines[4], StringComparison.Ordinal);
    }
}
