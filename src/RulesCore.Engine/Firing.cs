namespace RulesCore.Engine;

/// <summary>One entry of a session's trace: a rule fired on some facts and yielded others.</summary>
public sealed class Firing
{
    internal Firing(RuleDefinition rule, int stratum, object[] matched, IReadOnlyList<object> yielded)
    {
        Rule = rule;
        Stratum = stratum;
        Matched = matched;
        Yielded = yielded;
    }

    /// <summary>Gets the rule that fired.</summary>
    public RuleDefinition Rule { get; }

    /// <summary>Gets the stratum the rule belongs to (0 first).</summary>
    public int Stratum { get; }

    /// <summary>Gets the facts the rule's <see cref="PatternKind.Match"/> patterns bound, in pattern order.</summary>
    public IReadOnlyList<object> Matched { get; }

    /// <summary>
    /// Gets the facts the action yielded, in order. A yielded fact equal to one already present is listed as that
    /// present fact, which was not inserted again.
    /// </summary>
    public IReadOnlyList<object> Yielded { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Rule.Id} on {Matched.Count} fact(s) yielded {Yielded.Count}";
}
