namespace RulesCore.Settlement.Decisions;

/// <summary>One firing of a rule, as references to the facts it matched.</summary>
/// <param name="Rule">The rule id.</param>
/// <param name="Facts">References to the matched facts.</param>
public sealed record TraceEntry(string Rule, IReadOnlyList<string> Facts);
