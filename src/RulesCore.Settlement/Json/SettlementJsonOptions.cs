using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Json;

/// <summary>
/// Limits for reading case documents. The defaults are safe for untrusted input. Every limit is checked when it is
/// set: a value below 1 throws <see cref="ArgumentOutOfRangeException"/> naming the option.
/// </summary>
public sealed record SettlementJsonOptions
{
    private readonly int _maxDocumentBytes = 4 * 1024 * 1024;
    private readonly int _maxDepth = 16;
    private readonly int _maxCollection = 10_000;
    private readonly int _maxStringLength = 1024;
    private readonly int _maxErrors = 100;

    /// <summary>The default limits.</summary>
    public static SettlementJsonOptions Default { get; } = new();

    /// <summary>Gets the largest document accepted, in bytes (default 4 MiB; at least 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxDocumentBytes { get => _maxDocumentBytes; init => _maxDocumentBytes = AtLeastOne(value, nameof(MaxDocumentBytes)); }

    /// <summary>Gets the deepest nesting accepted (default 16; a valid case nests 5 deep; at least 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxDepth { get => _maxDepth; init => _maxDepth = AtLeastOne(value, nameof(MaxDepth)); }

    /// <summary>Gets the most entries accepted in any array (default 10,000; at least 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxCollection { get => _maxCollection; init => _maxCollection = AtLeastOne(value, nameof(MaxCollection)); }

    /// <summary>
    /// Gets the longest string the reader accepts, in characters (default 1,024; at least 1). The case limits of
    /// <see cref="CaseLimits"/> apply to what is read whatever this is.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxStringLength { get => _maxStringLength; init => _maxStringLength = AtLeastOne(value, nameof(MaxStringLength)); }

    /// <summary>Gets the most errors reported for one document (default 100; at least 1); reading stops after that many.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxErrors { get => _maxErrors; init => _maxErrors = AtLeastOne(value, nameof(MaxErrors)); }

    private static int AtLeastOne(int value, string name) =>
        value >= 1 ? value : throw new ArgumentOutOfRangeException(name, value, name + " must be at least 1.");
}
