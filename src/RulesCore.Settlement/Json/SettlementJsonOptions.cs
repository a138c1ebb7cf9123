namespace RulesCore.Settlement.Json;

/// <summary>Limits for reading case documents. The defaults are safe for untrusted input.</summary>
public sealed record SettlementJsonOptions
{
    /// <summary>The default limits.</summary>
    public static SettlementJsonOptions Default { get; } = new();

    /// <summary>Gets the largest document accepted, in bytes (default 4 MiB).</summary>
    public int MaxDocumentBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Gets the deepest nesting accepted (default 16; a valid case nests 5 deep).</summary>
    public int MaxDepth { get; init; } = 16;

    /// <summary>Gets the most entries accepted in any array (default 10,000).</summary>
    public int MaxCollection { get; init; } = 10_000;

    /// <summary>Gets the longest string accepted, in characters (default 1,024).</summary>
    public int MaxStringLength { get; init; } = 1024;

    /// <summary>Gets the most errors reported for one document (default 100); reading stops after that many.</summary>
    public int MaxErrors { get; init; } = 100;
}
