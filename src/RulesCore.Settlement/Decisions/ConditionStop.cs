namespace RulesCore.Settlement.Decisions;

/// <summary>What stopped a candidate at one pattern of a rule.</summary>
public sealed record ConditionStop
{
    /// <summary>Gets the pattern, counted from 1 in the rule's order.</summary>
    public int Pattern { get; init; }

    /// <summary>Gets what kind of stop it is.</summary>
    public StopKind Kind { get; init; }

    /// <summary>Gets the facts concerned (references): the fact that failed the condition, or the fact that blocked a <c>Not</c>.</summary>
    public IReadOnlyList<string> Facts { get; init; } = Array.Empty<string>();

    /// <summary>Gets the condition as written in the rule (its expression), or <see langword="null"/> for a missing kind of fact or a <c>Not</c> without conditions.</summary>
    public string? Condition { get; init; }

    /// <summary>Gets what stopped it, in the requested language: the words the rule declares with the condition, or else the condition's expression.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>Gets where the answer comes from: NRules' own evaluation, or the rule definition evaluated over working memory.</summary>
    public Evidence Evidence { get; init; }
}
