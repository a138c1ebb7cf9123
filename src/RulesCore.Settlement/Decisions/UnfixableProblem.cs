namespace RulesCore.Settlement.Decisions;

/// <summary>A problem no step of a plan can fix for this visit.</summary>
/// <param name="Code">The finding code.</param>
/// <param name="Reason">Why no step fixes it (and, where there is one, what to do for the next visit), in the requested language.</param>
public sealed record UnfixableProblem(string Code, string Reason);
