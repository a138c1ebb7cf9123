namespace RulesCore.Settlement.Decisions;

/// <summary>A problem no step of a plan can fix for this visit.</summary>
/// <param name="Code">The finding code.</param>
/// <param name="Reason">Why no step fixes it (and, where there is one, what to do for the next visit), in the requested language.</param>
public sealed record UnfixableProblem(string Code, string Reason)
{
    /// <summary>Gets the finding's title in the requested language ("临时外出就医降低报销比例"): what text shows instead of the code.</summary>
    public string Title { get; init; } = string.Empty;
}
