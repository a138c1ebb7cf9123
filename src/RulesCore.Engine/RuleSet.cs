using System.Collections.Concurrent;

namespace RulesCore.Engine;

/// <summary>
/// A compiled, immutable set of rules, ordered into strata. Build it once and share it: it is thread-safe, and each
/// evaluation uses its own cheap <see cref="Session"/>.
/// </summary>
/// <remarks>
/// <para>
/// Compilation orders the rules into strata from what each rule reads (<see cref="PatternKind.Match"/>,
/// <see cref="PatternKind.Exists"/>), negates (<see cref="PatternKind.Not"/>) and yields: a rule that reads or negates a
/// type runs in a later stratum than every rule that yields it, unless the two feed each other positively (recursion),
/// in which case they share a stratum. A cycle through a negation has no such order and is rejected. Because negated
/// types are complete before they are tested, the set of derived facts does not depend on the order in which facts
/// are inserted or rules are declared.
/// </para>
/// <para>
/// Types are related for this purpose when a fact of one could be a fact of the other (either is assignable to the
/// other, or an interface could be implemented by the other).
/// </para>
/// </remarks>
public sealed class RuleSet
{
    private readonly ConcurrentDictionary<Type, int[]> _slotsByFactType = new();
    private readonly ConcurrentBag<Session> _pool = new();

    private RuleSet(CompiledRule[] rules, CompiledRule[][] strata, bool[] recursive, Type[] slotTypes)
    {
        CompiledRules = rules;
        CompiledStrata = strata;
        RecursiveStrata = recursive;
        SlotTypes = slotTypes;
        Rules = Array.ConvertAll(rules, r => r.Definition);
        Strata = Array.ConvertAll(strata, s => (IReadOnlyList<RuleDefinition>)Array.ConvertAll(s, r => r.Definition));
    }

    /// <summary>Gets the rules in declaration order.</summary>
    public IReadOnlyList<RuleDefinition> Rules { get; }

    /// <summary>
    /// Gets the strata in firing order; each lists its rules in firing order (priority, highest first, then
    /// declaration order).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<RuleDefinition>> Strata { get; }

    internal CompiledRule[] CompiledRules { get; }

    internal CompiledRule[][] CompiledStrata { get; }

    internal bool[] RecursiveStrata { get; }

    internal Type[] SlotTypes { get; }

    /// <summary>Compiles rules into a rule set.</summary>
    /// <param name="rules">The rules, in declaration order (the last tie-break of the trace order).</param>
    /// <returns>The compiled rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or one of its elements is <see langword="null"/>.</exception>
    /// <exception cref="RuleSetCompilationException">Rule ids repeat, or rules form a cycle through negation; every problem is listed.</exception>
    public static RuleSet Compile(params RuleDefinition[] rules) => Compile((IEnumerable<RuleDefinition>)rules);

    /// <inheritdoc cref="Compile(RuleDefinition[])"/>
    public static RuleSet Compile(IEnumerable<RuleDefinition> rules)
    {
        if (rules is null)
        {
            throw new ArgumentNullException(nameof(rules));
        }

        var definitions = rules.ToArray();
        for (var i = 0; i < definitions.Length; i++)
        {
            if (definitions[i] is null)
            {
                throw new ArgumentNullException(nameof(rules), $"Rule at index {i} is null.");
            }
        }

        return new RuleSetCompiler(definitions).Compile();
    }

    /// <summary>Starts a session: a single-threaded working memory for one evaluation.</summary>
    /// <param name="options">Session options; <see langword="null"/> for the defaults.</param>
    /// <returns>A new, empty session.</returns>
    public Session CreateSession(SessionOptions? options = null) => new(this, options ?? SessionOptions.Default);

    /// <summary>
    /// Takes a default-options session from the pool (or creates one). For hosts that read the session's results and
    /// let go of them before <see cref="Return"/>: a returned session is emptied and handed out again.
    /// </summary>
    internal Session Rent() => _pool.TryTake(out var session) ? session : CreateSession();

    /// <summary>Gives a session back to the pool, emptied; nothing from it may be used afterwards.</summary>
    internal void Return(Session session)
    {
        if (_pool.Count < 64)
        {
            session.Reset();
            _pool.Add(session);
        }
    }

    /// <summary>The type-table slots a fact of the given runtime type belongs to (cached; thread-safe).</summary>
    internal int[] SlotsFor(Type factType) =>
        _slotsByFactType.TryGetValue(factType, out var slots) ? slots : _slotsByFactType.GetOrAdd(factType, ComputeSlots(factType));

    private int[] ComputeSlots(Type factType)
    {
        var slots = new List<int>();
        for (var i = 0; i < SlotTypes.Length; i++)
        {
            if (SlotTypes[i].IsAssignableFrom(factType))
            {
                slots.Add(i);
            }
        }

        return slots.ToArray();
    }

    internal static RuleSet Create(CompiledRule[] rules, CompiledRule[][] strata, bool[] recursive, Type[] slotTypes) =>
        new(rules, strata, recursive, slotTypes);
}

/// <summary>A rule with what compilation worked out about it.</summary>
internal sealed class CompiledRule(RuleDefinition definition, int index, int[] patternSlots)
{
    public RuleDefinition Definition { get; } = definition;

    public RulePattern[] Patterns { get; } = (RulePattern[])definition.Patterns;

    /// <summary>Declaration index.</summary>
    public int Index { get; } = index;

    /// <summary>For each pattern, the slot of its fact type in the rule set's type table.</summary>
    public int[] PatternSlots { get; } = patternSlots;

    public int Stratum { get; set; }
}
