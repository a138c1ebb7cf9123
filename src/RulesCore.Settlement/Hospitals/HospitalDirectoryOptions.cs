using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Hospitals;

/// <summary>
/// Limits for reading a hospital directory (JSON or CSV). A directory is a reference file, not a case: the defaults
/// accept the national list — 200,000 hospitals and 64 MiB — and refuse more with <see cref="InputErrorCodes.TooLarge"/>,
/// reading at most one byte beyond the limit. Every limit is checked when it is set: a value below 1 throws
/// <see cref="ArgumentOutOfRangeException"/> naming the option.
/// </summary>
public sealed record HospitalDirectoryOptions
{
    /// <summary>The default largest directory file, in bytes: 64 MiB.</summary>
    public const int DefaultMaxBytes = 64 * 1024 * 1024;

    /// <summary>The default most hospitals in one directory: 200,000.</summary>
    public const int DefaultMaxHospitals = 200_000;

    private readonly int _maxBytes = DefaultMaxBytes;
    private readonly int _maxHospitals = DefaultMaxHospitals;
    private readonly int _maxErrors = 100;

    /// <summary>The default limits.</summary>
    public static HospitalDirectoryOptions Default { get; } = new();

    /// <summary>Gets the largest file accepted, in bytes (default <see cref="DefaultMaxBytes"/>; at least 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxBytes { get => _maxBytes; init => _maxBytes = AtLeastOne(value, nameof(MaxBytes)); }

    /// <summary>Gets the most hospitals accepted (default <see cref="DefaultMaxHospitals"/>; at least 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxHospitals { get => _maxHospitals; init => _maxHospitals = AtLeastOne(value, nameof(MaxHospitals)); }

    /// <summary>
    /// Gets the most problems listed (default 100; at least 1): reading stops after that many, and one more error
    /// (<c>$</c>, <see cref="InputErrorCodes.TooLarge"/>) says the rest are not listed.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxErrors { get => _maxErrors; init => _maxErrors = AtLeastOne(value, nameof(MaxErrors)); }

    private static int AtLeastOne(int value, string name) =>
        value >= 1 ? value : throw new ArgumentOutOfRangeException(name, value, name + " must be at least 1.");
}
