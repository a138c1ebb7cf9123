namespace RulesCore.Settlement.Errors;

/// <summary>
/// Thrown when a hospital directory is malformed, too large or cannot be read; the directory is rejected whole. Lists
/// every problem (at most 100): JSON paths such as <c>[3].crossRegionServices.inpatient</c>, or for CSV the row and
/// column, such as <c>row 12, column 3 (region)</c>.
/// </summary>
public sealed class InvalidHospitalDirectoryException : InvalidInputException
{
    internal InvalidHospitalDirectoryException(string origin, IReadOnlyList<InputError> errors)
        : base($"Hospital directory '{origin}'", errors)
    {
        Origin = origin;
    }

    /// <summary>Gets where the directory came from (a file path, or a name given by the caller).</summary>
    public string Origin { get; }
}
