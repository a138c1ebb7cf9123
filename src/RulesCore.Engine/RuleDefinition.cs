namespace RulesCore.Engine;

/// <summary>
/// A finished rule: metadata, a left-hand side of typed patterns and a right-hand side that yields facts of declared
/// types. Immutable and thread-safe. Create one with <see cref="Rule.Create(string)"/> or by deriving from
/// <see cref="Rule"/>; compile rules into a <see cref="RuleSet"/> to run them.
/// </summary>
public sealed class RuleDefinition
{
    private readonly Func<Session, object> _createContext;
    private readonly Action<object, object[]> _invoke;

    internal RuleDefinition(
        string id,
        string name,
        string description,
        string[] tags,
        int priority,
        RulePattern[] patterns,
        Type[] yields,
        Func<Session, object> createContext,
        Action<object, object[]> invoke)
    {
        Id = id;
        Name = name;
        Description = description;
        Tags = tags;
        Priority = priority;
        Patterns = patterns;
        Yields = yields;
        _createContext = createContext;
        _invoke = invoke;

        var arity = 0;
        foreach (var pattern in patterns)
        {
            if (pattern.Kind == PatternKind.Match)
            {
                arity++;
            }
        }

        Arity = arity;
    }

    /// <summary>Gets the stable id, unique within a rule set (e.g. <c>filing.expired</c>).</summary>
    public string Id { get; }

    /// <summary>Gets the human-readable name.</summary>
    public string Name { get; }

    /// <summary>Gets the description (empty when none was given).</summary>
    public string Description { get; }

    /// <summary>Gets the tags, in the order given.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Gets the priority: within a stratum, higher fires first.</summary>
    public int Priority { get; }

    /// <summary>Gets the left-hand side, in order.</summary>
    public IReadOnlyList<RulePattern> Patterns { get; }

    /// <summary>Gets the types of fact the right-hand side may insert.</summary>
    public IReadOnlyList<Type> Yields { get; }

    /// <summary>Gets the number of facts the rule binds (its <see cref="PatternKind.Match"/> patterns).</summary>
    public int Arity { get; }

    internal object CreateContext(Session session) => _createContext(session);

    internal void Invoke(object context, object[] bound) => _invoke(context, bound);

    /// <inheritdoc />
    public override string ToString() => Id;
}
