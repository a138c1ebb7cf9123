namespace RulesCore.Settlement.Decisions;

/// <summary>Where a why-not answer comes from.</summary>
public enum Evidence
{
    /// <summary>NRules evaluated the condition on these facts during the evaluation and reported it (<c>LhsExpressionEvaluatedEvent</c>).</summary>
    Engine,

    /// <summary>
    /// NRules did not report it — a pattern it never reached, a join that stopped at an earlier condition, a node shared
    /// with another rule, a kind of fact it never saw — so the condition was evaluated from the rule definition over the
    /// session's working memory.
    /// </summary>
    Computed,
}
