using RulesCore.Settlement.Errors;

namespace RulesCore.NationalPlatform.Codes;

/// <summary>
/// Thrown when a code table document (<see cref="PlatformCodeTables.Read(Stream, string)"/>) is malformed or cannot be
/// read; it is rejected whole and <see cref="Errors"/> lists every problem with its JSON path.
/// </summary>
public sealed class InvalidCodeTablesException : Exception
{
    internal InvalidCodeTablesException(string origin, IReadOnlyList<InputError> errors)
        : base($"The code tables '{origin}' were rejected:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => $"  {e.Path}: {e.Code}: {e.Message}")))
    {
        Origin = origin;
        Errors = errors;
    }

    /// <summary>Gets where the tables came from (a file path or the name given).</summary>
    public string Origin { get; }

    /// <summary>Gets every problem found, in document order.</summary>
    public IReadOnlyList<InputError> Errors { get; }
}
