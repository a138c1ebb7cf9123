namespace RulesCore.Settlement.Model;

/// <summary>The languages messages are available in.</summary>
public static class Languages
{
    /// <summary>Simplified Chinese, the default.</summary>
    public const string Chinese = "zh-CN";

    /// <summary>English.</summary>
    public const string English = "en";

    /// <summary>Whether a language tag is supported (exactly <c>zh-CN</c> or <c>en</c>).</summary>
    /// <param name="language">The tag.</param>
    /// <returns><see langword="true"/> if supported.</returns>
    public static bool IsSupported(string? language) => language is Chinese or English;
}
