namespace RulesCore.Settlement.Decisions;

/// <summary>What stopped a candidate at a pattern.</summary>
public enum StopKind
{
    /// <summary>A condition is false for the fact (in a <c>Match</c>, an <c>Exists</c> or a collection).</summary>
    ConditionFalse,

    /// <summary>A fact meets every condition of a <c>Not</c>, so the rule cannot match.</summary>
    BlockedBy,

    /// <summary>There is no fact of the pattern's kind at all.</summary>
    NoFactOfKind,

    /// <summary>The condition could not be evaluated for the fact (it failed on it, e.g. it relies on a condition before it); the answer is partial.</summary>
    NotEvaluated,
}
