namespace RulesCore.Settlement.Decisions;

/// <summary>A candidate of a rule's first pattern that did not lead to a firing: how far it got, and what stopped it.</summary>
public sealed record CandidateDiagnosis
{
    /// <summary>Gets the candidate's facts (references); empty when the first pattern is a <c>Not</c> or an <c>Exists</c>.</summary>
    public IReadOnlyList<string> Facts { get; init; } = Array.Empty<string>();

    /// <summary>Gets how many patterns the candidate passed (0: it stopped at the first).</summary>
    public int PatternsPassed { get; init; }

    /// <summary>Gets what stopped it at pattern <see cref="PatternsPassed"/> + 1: each failing condition, blocking fact or missing kind of fact.</summary>
    public IReadOnlyList<ConditionStop> Stops { get; init; } = Array.Empty<ConditionStop>();
}
