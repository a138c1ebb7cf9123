namespace RulesCore.Engine;

/// <summary>Options for a <see cref="Session"/>.</summary>
public sealed class SessionOptions
{
    /// <summary>The default for <see cref="MaxFirings"/>.</summary>
    public const int DefaultMaxFirings = 100_000;

    private int _maxFirings = DefaultMaxFirings;

    /// <summary>
    /// Gets or sets the most firings one session may perform (default 100,000). Rules whose derived facts feed each
    /// other without end reach it and get a <see cref="RuleExecutionException"/> instead of running forever.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxFirings
    {
        get => _maxFirings;
        set => _maxFirings = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxFirings), value, "MaxFirings must be positive.");
    }

    internal static SessionOptions Default { get; } = new();
}
