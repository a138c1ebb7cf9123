using System.Globalization;
using Microsoft.AspNetCore.Http;
using RulesCore.Settlement;
using RulesCore.Settlement.Errors;

namespace RulesCore.Samples.Http;

/// <summary>
/// What the service says on standard error when it cannot start, instead of a stack trace: a hospital directory or
/// policy pack it was given, with every problem (as <c>rulescore</c> prints them), or the port already in use, in one
/// line, or a setting it does not accept, in one line. Every way the exit code is <see cref="ExitCode"/>.
/// </summary>
public static class StartupFailure
{
    /// <summary>The exit code when the service cannot start because of its configuration (as the CLI's invalid input).</summary>
    public const int ExitCode = 2;

    /// <summary>
    /// Writes a rejected input's problems — <c>Hospital directory 'FILE' was rejected:</c>, then <c>  path: CODE: message</c>
    /// per problem — and returns <see cref="ExitCode"/>.
    /// </summary>
    /// <param name="error">Standard error.</param>
    /// <param name="what">What was rejected: <c>Hospital directory</c>, <c>Policy pack</c>.</param>
    /// <param name="origin">Its file (<see cref="InvalidHospitalDirectoryException.Origin"/>, <see cref="InvalidPolicyPackException.Origin"/>).</param>
    /// <param name="errors">Its problems (<see cref="InvalidInputException.Errors"/>).</param>
    public static int Rejected(TextWriter error, string what, string origin, IReadOnlyList<InputError> errors)
    {
        error.WriteLine($"{what} '{TerminalText.Escape(origin)}' was rejected:");
        foreach (var problem in errors)
        {
            error.WriteLine($"  {TerminalText.Escape(problem.Path)}: {problem.Code}: {TerminalText.Escape(problem.Message)}");
        }

        return ExitCode;
    }

    /// <summary>
    /// Writes one line for a setting the service does not accept (an unknown <c>RulesCore</c> key, an unsupported
    /// language or telemetry exporter) — <c>configuration: …</c> — and returns <see cref="ExitCode"/>.
    /// </summary>
    /// <param name="error">Standard error.</param>
    /// <param name="failure">What the setting's reader threw.</param>
    public static int Misconfigured(TextWriter error, ArgumentException failure)
    {
        var message = failure.ParamName is { } name ? failure.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : failure.Message;
        error.WriteLine("configuration: " + TerminalText.Escape(message));
        return ExitCode;
    }

    /// <summary>
    /// Writes one line for an address already in use — <c>port 5080 on 127.0.0.1 is already in use: choose another with
    /// --urls http://127.0.0.1:PORT</c> — and returns <see cref="ExitCode"/>.
    /// </summary>
    /// <param name="error">Standard error.</param>
    /// <param name="failure">Kestrel's failure to bind (its inner exception is an <c>AddressInUseException</c>).</param>
    /// <param name="urls">The addresses the service was to listen on (<c>urls</c>, separated by <c>;</c>).</param>
    public static int AddressInUse(TextWriter error, IOException failure, string? urls)
    {
        // Kestrel names the address it could not bind: "Failed to bind to address http://127.0.0.1:5080: address already in
        // use." An address from elsewhere (Kestrel:Endpoints) is not among the urls: Kestrel's message is shown as it is.
        var addresses = (urls ?? EvaluationService.DefaultUrl).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(BindingAddress.Parse).Where(a => !a.IsUnixPipe).ToList();
        var address = addresses.FirstOrDefault(a => failure.Message.Contains(":" + a.Port.ToString(CultureInfo.InvariantCulture) + ":", StringComparison.Ordinal));
        error.WriteLine(address is null
            ? $"{TerminalText.Escape(failure.Message)} Choose another address with --urls."
            : $"port {address.Port.ToString(CultureInfo.InvariantCulture)} on {TerminalText.Escape(address.Host)} is already in use: choose another with --urls {address.Scheme}://{TerminalText.Escape(address.Host)}:PORT");
        return ExitCode;
    }
}
