namespace RulesCore.Settlement.Decisions;

/// <summary>What a rule did with a case.</summary>
public enum RuleStatus
{
    /// <summary>The rule did not fire.</summary>
    NotFired,

    /// <summary>The rule fired.</summary>
    Fired,

    /// <summary>The rule is limited to other regions or dates (<c>[AppliesIn]</c>, <c>[InForce]</c>) and never reached the agenda.</summary>
    OutOfScope,
}
