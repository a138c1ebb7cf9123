namespace RulesCore.Settlement.Decisions;

/// <summary>
/// What to check about one unknown fact of a partial case that can change its outcome: where to look, and what it
/// would mean if the answer is unfavourable.
/// </summary>
public sealed record FactCheck
{
    /// <summary>Gets the fact's path, as listed in the case (<see cref="Model.FactPaths"/>).</summary>
    public string Fact { get; init; } = string.Empty;

    /// <summary>Gets what to check, in the requested language.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>Gets where to check it (an app screen, a telephone line, a desk), in the requested language.</summary>
    public string Where { get; init; } = string.Empty;

    /// <summary>Gets the worst outcome this fact alone can bring about, the other facts as they may be.</summary>
    public Outcome WorstIfUnfavourable { get; init; }

    /// <summary>Gets the finding codes the fact can raise, in ordinal order.</summary>
    public IReadOnlyList<string> CouldRaise { get; init; } = Array.Empty<string>();
}
