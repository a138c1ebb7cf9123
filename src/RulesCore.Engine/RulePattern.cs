namespace RulesCore.Engine;

/// <summary>What a pattern of a rule's left-hand side requires.</summary>
public enum PatternKind
{
    /// <summary>Binds a matching fact; the rule fires once per combination of bound facts.</summary>
    Match,

    /// <summary>Requires that no matching fact exists (negation).</summary>
    Not,

    /// <summary>Requires that at least one matching fact exists; binds nothing.</summary>
    Exists,
}

/// <summary>
/// One pattern of a rule's left-hand side: a fact type, a kind and a condition over the facts bound before it.
/// Exposed so tools can describe rules; patterns are created by <see cref="RuleBuilder"/>.
/// </summary>
public sealed class RulePattern
{
    private readonly Func<object[], object, bool>? _condition;

    internal RulePattern(PatternKind kind, Type factType, int position, Func<object[], object, bool>? condition)
    {
        Kind = kind;
        FactType = factType;
        Position = position;
        _condition = condition;
    }

    /// <summary>Gets the pattern's kind.</summary>
    public PatternKind Kind { get; }

    /// <summary>Gets the type of fact the pattern tests; facts of derived types are tested too.</summary>
    public Type FactType { get; }

    /// <summary>Gets how many facts the rule has bound when this pattern is tested (its join depth).</summary>
    public int Position { get; }

    /// <summary>Gets whether the pattern has a condition (otherwise every fact of the type satisfies it).</summary>
    public bool HasCondition => _condition is not null;

    internal bool Test(object[] bound, object candidate) => _condition is null || _condition(bound, candidate);
}
