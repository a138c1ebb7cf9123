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
public class RulePattern
{
    private protected RulePattern(PatternKind kind, Type factType, int position, bool hasCondition)
    {
        Kind = kind;
        FactType = factType;
        Position = position;
        HasCondition = hasCondition;
    }

    /// <summary>Gets the pattern's kind.</summary>
    public PatternKind Kind { get; }

    /// <summary>Gets the type of fact the pattern tests; facts of derived types are tested too.</summary>
    public Type FactType { get; }

    /// <summary>Gets how many facts the rule has bound when this pattern is tested (its join depth).</summary>
    public int Position { get; }

    /// <summary>Gets whether the pattern has a condition (otherwise every fact of the type satisfies it).</summary>
    public bool HasCondition { get; }

    /// <summary>Tests a candidate against the facts bound so far; the base pattern accepts every fact of its type.</summary>
    internal virtual bool Test(object[] bound, object candidate) => true;

    internal static RulePattern Create<T>(PatternKind kind, Func<T, bool>? where) where T : class =>
        where is null ? new RulePattern(kind, typeof(T), 0, false) : new Pattern0<T>(kind, where);

    internal static RulePattern Create<T1, T>(PatternKind kind, Func<T1, T, bool>? where) where T1 : class where T : class =>
        where is null ? new RulePattern(kind, typeof(T), 1, false) : new Pattern1<T1, T>(kind, where);

    internal static RulePattern Create<T1, T2, T>(PatternKind kind, Func<T1, T2, T, bool>? where) where T1 : class where T2 : class where T : class =>
        where is null ? new RulePattern(kind, typeof(T), 2, false) : new Pattern2<T1, T2, T>(kind, where);

    internal static RulePattern Create<T1, T2, T3, T>(PatternKind kind, Func<T1, T2, T3, T, bool>? where) where T1 : class where T2 : class where T3 : class where T : class =>
        where is null ? new RulePattern(kind, typeof(T), 3, false) : new Pattern3<T1, T2, T3, T>(kind, where);

    internal static RulePattern Create<T1, T2, T3, T4, T>(PatternKind kind, Func<T1, T2, T3, T4, T, bool>? where) where T1 : class where T2 : class where T3 : class where T4 : class where T : class =>
        where is null ? new RulePattern(kind, typeof(T), 4, false) : new Pattern4<T1, T2, T3, T4, T>(kind, where);

    // One sealed class per join depth: a virtual call and one delegate call per test, no closures.
    private sealed class Pattern0<T>(PatternKind kind, Func<T, bool> where) : RulePattern(kind, typeof(T), 0, true) where T : class
    {
        internal override bool Test(object[] bound, object candidate) => where((T)candidate);
    }

    private sealed class Pattern1<T1, T>(PatternKind kind, Func<T1, T, bool> where) : RulePattern(kind, typeof(T), 1, true) where T1 : class where T : class
    {
        internal override bool Test(object[] bound, object candidate) => where((T1)bound[0], (T)candidate);
    }

    private sealed class Pattern2<T1, T2, T>(PatternKind kind, Func<T1, T2, T, bool> where) : RulePattern(kind, typeof(T), 2, true) where T1 : class where T2 : class where T : class
    {
        internal override bool Test(object[] bound, object candidate) => where((T1)bound[0], (T2)bound[1], (T)candidate);
    }

    private sealed class Pattern3<T1, T2, T3, T>(PatternKind kind, Func<T1, T2, T3, T, bool> where) : RulePattern(kind, typeof(T), 3, true) where T1 : class where T2 : class where T3 : class where T : class
    {
        internal override bool Test(object[] bound, object candidate) => where((T1)bound[0], (T2)bound[1], (T3)bound[2], (T)candidate);
    }

    private sealed class Pattern4<T1, T2, T3, T4, T>(PatternKind kind, Func<T1, T2, T3, T4, T, bool> where) : RulePattern(kind, typeof(T), 4, true) where T1 : class where T2 : class where T3 : class where T4 : class where T : class
    {
        internal override bool Test(object[] bound, object candidate) => where((T1)bound[0], (T2)bound[1], (T3)bound[2], (T4)bound[3], (T)candidate);
    }
}
