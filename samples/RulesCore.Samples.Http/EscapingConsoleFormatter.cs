using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace RulesCore.Samples.Http;

/// <summary>
/// The console log, laid out as ASP.NET Core's simple formatter lays it out (<c>info: Category[event]</c>, then the
/// message), with every control character escaped (<see cref="TerminalText"/>) in whatever a log entry carries — its
/// message, scopes and exception — so a request whose path or headers hold an escape sequence cannot clear or retitle
/// the operator's terminal through ASP.NET Core's own request logs, nor start a forged line. A message is one line; an
/// exception keeps its lines, each escaped. Options are the simple formatter's (<c>Logging:Console:FormatterOptions</c>:
/// <c>SingleLine</c>, <c>IncludeScopes</c>, <c>TimestampFormat</c>, <c>UseUtcTimestamp</c>, <c>ColorBehavior</c>); the
/// level is coloured only on a terminal, by default.
/// </summary>
public sealed class EscapingConsoleFormatter(IOptionsMonitor<SimpleConsoleFormatterOptions> options) : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "escaping";

    private const string Padding = "      ";

    /// <summary>Writes the console log through this formatter, whatever the configuration names.</summary>
    public static void Use(ILoggingBuilder logging)
    {
        logging.AddConsole(console => console.FormatterName = FormatterName);
        logging.AddConsoleFormatter<EscapingConsoleFormatter, SimpleConsoleFormatterOptions>();
    }

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter?.Invoke(logEntry.State, logEntry.Exception);
        if (message is null && logEntry.Exception is null)
        {
            return;
        }

        var settings = options.CurrentValue;
        var separator = settings.SingleLine ? " " : Environment.NewLine + Padding;
        if (settings.TimestampFormat is { } format)
        {
            var now = settings.UseUtcTimestamp ? DateTimeOffset.UtcNow : DateTimeOffset.Now;
            textWriter.Write(TerminalText.Escape(now.ToString(format, CultureInfo.InvariantCulture)));
        }

        var colour = settings.ColorBehavior == LoggerColorBehavior.Enabled || (settings.ColorBehavior == LoggerColorBehavior.Default && !Console.IsOutputRedirected);
        textWriter.Write(colour ? Colour(logEntry.LogLevel) + Level(logEntry.LogLevel) + "\u001b[39m\u001b[22m\u001b[49m" : Level(logEntry.LogLevel));
        textWriter.Write(": " + TerminalText.Escape(logEntry.Category) + "[" + logEntry.EventId.Id.ToString(CultureInfo.InvariantCulture) + "]");
        if (settings.IncludeScopes && scopeProvider is not null)
        {
            var scopes = new List<string>();
            scopeProvider.ForEachScope((scope, list) => list.Add(TerminalText.Escape(scope?.ToString())), scopes);
            if (scopes.Count > 0)
            {
                textWriter.Write(separator + "=> " + string.Join(" => ", scopes));
            }
        }

        if (message is not null)
        {
            textWriter.Write(separator + TerminalText.Escape(message));
        }

        if (logEntry.Exception is not null)
        {
            foreach (var line in logEntry.Exception.ToString().Split('\n'))
            {
                textWriter.Write(separator + TerminalText.Escape(line.TrimEnd('\r')));
            }
        }

        textWriter.Write(Environment.NewLine);
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };

    /// <summary>The simple formatter's colours: the foreground and background that start the level.</summary>
    private static string Colour(LogLevel level) => level switch
    {
        LogLevel.Information => "\u001b[32m\u001b[40m",
        LogLevel.Warning => "\u001b[1m\u001b[33m\u001b[40m",
        LogLevel.Error => "\u001b[30m\u001b[41m",
        LogLevel.Critical => "\u001b[1m\u001b[37m\u001b[41m",
        _ => "\u001b[37m\u001b[40m",
    };
}
