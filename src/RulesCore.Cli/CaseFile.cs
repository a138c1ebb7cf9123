using RulesCore.Settlement;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Errors;

namespace RulesCore.Cli;

/// <summary>A case named on the command line: a file, or standard input (<c>-</c>).</summary>
internal static class CaseFile
{
    /// <summary>A case from a file or standard input (<c>-</c>) through the bounded reader, or its errors (an unreadable file gets <c>UNREADABLE_FILE</c>).</summary>
    public static (SettlementCase? Case, IReadOnlyList<InputError> Errors) Read(string name, Stream? stdin)
    {
        SettlementCase? @case;
        IReadOnlyList<InputError> errors;
        try
        {
            // One bounded reader for every source: a file, a pipe, a device, standard input (read, never closed: a
            // second '-' finds it at its end).
            using var file = name == "-" ? null : File.OpenRead(name);
            SettlementJson.TryReadCase(file ?? stdin ?? Console.OpenStandardInput(), out @case, out errors, SettlementJsonOptions.Default);
        }
        catch (Exception e) when (InputFile.IsUnreadable(e))
        {
            return (null, new[] { InputFile.CaseError(InputFile.ReasonFor(name, e)) });
        }

        return (@case, errors);
    }

    /// <summary>
    /// The errors of a case that could not be read, where the command's output goes: the error document with
    /// <paramref name="json"/> (indented), else a table under the file's name.
    /// </summary>
    public static void WriteErrors(Output output, string file, IReadOnlyList<InputError> errors, bool json)
    {
        if (json)
        {
            output.Writer.WriteLine(SettlementJson.WriteErrors(errors, output.Language, indented: true));
        }
        else
        {
            TextReport.Errors(output, file, errors);
        }
    }
}
