namespace RulesCore.Engine;

/// <summary>
/// The working memory of one evaluation: insert facts, <see cref="Fire"/> once, then query facts and read the trace.
/// Create one per evaluation with <see cref="RuleSet.CreateSession"/>; sessions are cheap and not thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Working memory is a set: a fact equal (<see cref="object.Equals(object)"/>) to one already present is not
/// inserted again, whether the caller or a rule inserts it. Facts should therefore be immutable values, such as
/// records.
/// </para>
/// <para>
/// <see cref="Fire"/> runs the strata in order. Within a stratum, firing proceeds in rounds: each round finds every
/// activation not fired before (refraction: an activation is a rule with one combination of bound facts) and fires
/// them ordered by rule priority (highest first), then rule declaration order, then the insertion order of the bound
/// facts (first pattern first). Facts yielded in a round are matched in the next round; a stratum ends when a round
/// finds nothing new. That order is the order of <see cref="Trace"/>.
/// </para>
/// </remarks>
public sealed class Session
{
    private static readonly object[] NoFacts = Array.Empty<object>();

    private readonly RuleSet _ruleSet;
    private readonly int _maxFirings;
    private readonly List<object> _facts = new();
    private readonly Dictionary<object, int> _ids = new();
    private readonly List<int>[] _bySlot;
    private readonly List<Firing> _trace = new();
    private readonly List<Activation> _pending = new();
    private readonly object[] _bound = new object[4];
    private readonly int[] _boundIds = new int[4];
    private readonly object?[] _contexts;
    private HashSet<ActivationKey>? _fired;
    private CompiledRule? _current;
    private List<object>? _yields;
    private bool _hasFired;

    internal Session(RuleSet ruleSet, SessionOptions options)
    {
        _ruleSet = ruleSet;
        _maxFirings = options.MaxFirings;
        _bySlot = new List<int>[ruleSet.SlotTypes.Length];
        for (var i = 0; i < _bySlot.Length; i++)
        {
            _bySlot[i] = new List<int>();
        }

        _contexts = new object?[ruleSet.CompiledRules.Length];
    }

    /// <summary>Gets the rule set the session runs.</summary>
    public RuleSet RuleSet => _ruleSet;

    /// <summary>Gets every fact in working memory, inserted and derived, in insertion order.</summary>
    public IReadOnlyList<object> Facts => _facts;

    /// <summary>Gets the firings so far, in firing order (see the remarks on <see cref="Session"/>).</summary>
    public IReadOnlyList<Firing> Trace => _trace;

    /// <summary>Inserts a fact.</summary>
    /// <param name="fact">The fact; facts of every type may be inserted, whether or not a rule matches them.</param>
    /// <returns><see langword="true"/> if inserted; <see langword="false"/> if an equal fact was already present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The session has already fired.</exception>
    public bool Insert(object fact)
    {
        if (fact is null)
        {
            throw new ArgumentNullException(nameof(fact));
        }

        EnsureNotFired();
        var before = _facts.Count;
        Add(fact);
        return _facts.Count > before;
    }

    /// <summary>Inserts facts, in order.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>How many were inserted (facts equal to present ones are not).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> or one of its elements is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The session has already fired.</exception>
    public int InsertAll(IEnumerable<object> facts)
    {
        if (facts is null)
        {
            throw new ArgumentNullException(nameof(facts));
        }

        EnsureNotFired();
        var before = _facts.Count;
        var position = 0;
        foreach (var fact in facts)
        {
            if (fact is null)
            {
                throw new ArgumentNullException(nameof(facts), $"The fact at position {position} is null.");
            }

            Add(fact);
            position++;
        }

        return _facts.Count - before;
    }

    /// <summary>
    /// Fires the rules to a fixpoint, stratum by stratum. A session fires once: afterwards facts cannot be inserted,
    /// and firing again fires nothing.
    /// </summary>
    /// <returns>The number of firings performed by this call.</returns>
    /// <exception cref="RuleExecutionException">A condition or action threw, or firing exceeded <see cref="SessionOptions.MaxFirings"/>.</exception>
    public int Fire()
    {
        var before = _trace.Count;
        if (_hasFired)
        {
            return 0;
        }

        _hasFired = true;
        var strata = _ruleSet.CompiledStrata;
        for (var s = 0; s < strata.Length; s++)
        {
            var recursive = _ruleSet.RecursiveStrata[s];
            if (recursive)
            {
                _fired ??= new HashSet<ActivationKey>();
            }

            do
            {
                _pending.Clear();
                foreach (var rule in strata[s])
                {
                    Collect(rule, recursive);
                }

                if (_pending.Count == 0)
                {
                    break;
                }

                foreach (var activation in _pending)
                {
                    FireActivation(activation, s);
                }
            }
            while (recursive);
        }

        _pending.Clear();
        return _trace.Count - before;
    }

    /// <summary>Gets the facts assignable to <typeparamref name="T"/>, in insertion order.</summary>
    /// <typeparam name="T">The fact type (base types and interfaces select every fact assignable to them).</typeparam>
    /// <returns>A new list of the facts.</returns>
    public IReadOnlyList<T> Query<T>() where T : class
    {
        var result = new List<T>();
        foreach (var fact in _facts)
        {
            if (fact is T typed)
            {
                result.Add(typed);
            }
        }

        return result;
    }

    /// <summary>
    /// Inserts a fact the caller knows is not equal to any fact already present (skips the equality check, which
    /// costs a hash of the fact). Derived facts are still checked against each other.
    /// </summary>
    internal void InsertDistinct(object fact)
    {
        EnsureNotFired();
        var id = _facts.Count;
        _facts.Add(fact);
        foreach (var slot in _ruleSet.SlotsFor(fact.GetType()))
        {
            _bySlot[slot].Add(id);
        }
    }

    /// <summary>Empties the session for reuse (pooled sessions); keeps allocated capacity.</summary>
    internal void Reset()
    {
        _facts.Clear();
        _ids.Clear();
        foreach (var list in _bySlot)
        {
            list.Clear();
        }

        _trace.Clear();
        _pending.Clear();
        _fired?.Clear();
        _current = null;
        _yields = null;
        _hasFired = false;
    }

    /// <summary>Called by rule contexts while an action runs.</summary>
    internal void Yield(object fact)
    {
        if (fact is null)
        {
            throw new RuleExecutionException(
                RuleExecutionFailure.ActionFailed,
                _current?.Definition.Id,
                $"Rule '{_current?.Definition.Id}' inserted a null fact.");
        }

        (_yields ??= new List<object>(2)).Add(_facts[Add(fact)]);
    }

    private void EnsureNotFired()
    {
        if (_hasFired)
        {
            throw new InvalidOperationException(
                "Facts cannot be inserted after the session has fired: negations already decided would not be revisited. Use a new session.");
        }
    }

    /// <summary>Adds a fact unless an equal one is present; returns the id of the fact in memory.</summary>
    private int Add(object fact)
    {
        if (_ids.TryGetValue(fact, out var existing))
        {
            return existing;
        }

        var id = _facts.Count;
        _facts.Add(fact);
        _ids.Add(fact, id);
        foreach (var slot in _ruleSet.SlotsFor(fact.GetType()))
        {
            _bySlot[slot].Add(id);
        }

        return id;
    }

    private void Collect(CompiledRule rule, bool recursive)
    {
        try
        {
            Enumerate(rule, 0, 0, recursive);
        }
        catch (RuleExecutionException)
        {
            throw;
        }
        catch (Exception e)
        {
            throw new RuleExecutionException(
                RuleExecutionFailure.ConditionFailed,
                rule.Definition.Id,
                $"A condition of rule '{rule.Definition.Id}' threw {e.GetType().Name}.",
                e);
        }
    }

    private void Enumerate(CompiledRule rule, int patternIndex, int depth, bool recursive)
    {
        var patterns = rule.Patterns;
        if (patternIndex == patterns.Length)
        {
            OnMatch(rule, depth, recursive);
            return;
        }

        var pattern = patterns[patternIndex];
        var candidates = _bySlot[rule.PatternSlots[patternIndex]];
        var count = candidates.Count;
        switch (pattern.Kind)
        {
            case PatternKind.Match:
                for (var i = 0; i < count; i++)
                {
                    var id = candidates[i];
                    var fact = _facts[id];
                    if (pattern.Test(_bound, fact))
                    {
                        _bound[depth] = fact;
                        _boundIds[depth] = id;
                        Enumerate(rule, patternIndex + 1, depth + 1, recursive);
                    }
                }

                return;

            case PatternKind.Not:
                for (var i = 0; i < count; i++)
                {
                    if (pattern.Test(_bound, _facts[candidates[i]]))
                    {
                        return;
                    }
                }

                Enumerate(rule, patternIndex + 1, depth, recursive);
                return;

            default:
                for (var i = 0; i < count; i++)
                {
                    if (pattern.Test(_bound, _facts[candidates[i]]))
                    {
                        Enumerate(rule, patternIndex + 1, depth, recursive);
                        return;
                    }
                }

                return;
        }
    }

    private void OnMatch(CompiledRule rule, int depth, bool recursive)
    {
        if (recursive && !_fired!.Add(new ActivationKey(rule.Index, depth, _boundIds)))
        {
            return;
        }

        if (_trace.Count + _pending.Count >= _maxFirings)
        {
            throw Runaway();
        }

        object[] bound;
        if (depth == 0)
        {
            bound = NoFacts;
        }
        else
        {
            bound = new object[depth];
            Array.Copy(_bound, bound, depth);
        }

        _pending.Add(new Activation(rule, bound));
    }

    private void FireActivation(Activation activation, int stratum)
    {
        var rule = activation.Rule;
        var context = _contexts[rule.Index] ??= rule.Definition.CreateContext(this);
        _current = rule;
        _yields = null;
        try
        {
            rule.Definition.Invoke(context, activation.Bound);
        }
        catch (RuleExecutionException)
        {
            throw;
        }
        catch (Exception e)
        {
            throw new RuleExecutionException(
                RuleExecutionFailure.ActionFailed,
                rule.Definition.Id,
                $"The action of rule '{rule.Definition.Id}' threw {e.GetType().Name}.",
                e);
        }
        finally
        {
            _current = null;
        }

        _trace.Add(new Firing(rule.Definition, stratum, activation.Bound, (IReadOnlyList<object>?)_yields ?? NoFacts));
        _yields = null;
    }

    private RuleExecutionException Runaway()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var firing in _trace)
        {
            counts.TryGetValue(firing.Rule.Id, out var n);
            counts[firing.Rule.Id] = n + 1;
        }

        foreach (var activation in _pending)
        {
            counts.TryGetValue(activation.Rule.Definition.Id, out var n);
            counts[activation.Rule.Definition.Id] = n + 1;
        }

        var top = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(3).ToArray();
        return new RuleExecutionException(
            RuleExecutionFailure.RunawayFiring,
            top.Length > 0 ? top[0].Key : null,
            $"Firing did not reach a fixpoint within {_maxFirings} firings (SessionOptions.MaxFirings). Most activated: " +
            string.Join(", ", top.Select(c => $"'{c.Key}' ({c.Value})")) + ".");
    }

    private readonly record struct Activation(CompiledRule Rule, object[] Bound);

    private readonly struct ActivationKey : IEquatable<ActivationKey>
    {
        private readonly int _rule;
        private readonly int _a;
        private readonly int _b;
        private readonly int _c;
        private readonly int _d;

        public ActivationKey(int rule, int depth, int[] ids)
        {
            _rule = rule;
            _a = depth > 0 ? ids[0] : -1;
            _b = depth > 1 ? ids[1] : -1;
            _c = depth > 2 ? ids[2] : -1;
            _d = depth > 3 ? ids[3] : -1;
        }

        public bool Equals(ActivationKey other) =>
            _rule == other._rule && _a == other._a && _b == other._b && _c == other._c && _d == other._d;

        public override bool Equals(object? obj) => obj is ActivationKey other && Equals(other);

        public override int GetHashCode()
        {
            unchecked
            {
                var h = _rule;
                h = (h * 397) ^ _a;
                h = (h * 397) ^ _b;
                h = (h * 397) ^ _c;
                return (h * 397) ^ _d;
            }
        }
    }
}
