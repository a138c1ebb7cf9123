namespace RulesCore.Engine;

/// <summary>
/// Builds a rule whose left-hand side has bound 1 fact so far. Add patterns that join on the
/// bound facts, then finish with <c>Then</c>. Each call returns a new builder; builders are immutable and may be shared.
/// </summary>
/// <typeparam name="T1">The type of the first matched fact.</typeparam>
public sealed class RuleBuilder<T1> where T1 : class
{
    private readonly RuleDraft _draft;

    internal RuleBuilder(RuleDraft draft) => _draft = draft;

    /// <summary>Matches a fact of type <typeparamref name="TNext"/>, joined to the facts bound so far by <paramref name="where"/>.</summary>
    /// <typeparam name="TNext">The type of fact to match; facts of derived types match too.</typeparam>
    /// <param name="where">The join condition over the bound facts and the candidate; <see langword="null"/> matches every fact of the type.</param>
    /// <returns>A builder with one more bound fact.</returns>
    public RuleBuilder<T1, TNext> Match<TNext>(Func<T1, TNext, bool>? where = null) where TNext : class =>
        new(_draft.With(RulePattern.Create<T1, TNext>(PatternKind.Match, where)));

    /// <summary>Requires that no fact of type <typeparamref name="TOther"/> satisfies <paramref name="where"/> together with the bound facts (negation).</summary>
    /// <typeparam name="TOther">The type of fact tested; it is not bound.</typeparam>
    /// <param name="where">The condition over the bound facts and the candidate; <see langword="null"/> tests for any fact of the type.</param>
    /// <returns>A builder with the same bound facts.</returns>
    public RuleBuilder<T1> Not<TOther>(Func<T1, TOther, bool>? where = null) where TOther : class =>
        new(_draft.With(RulePattern.Create<T1, TOther>(PatternKind.Not, where)));

    /// <summary>Requires that at least one fact of type <typeparamref name="TOther"/> satisfies <paramref name="where"/> together with the bound facts. The rule fires once, however many such facts exist.</summary>
    /// <typeparam name="TOther">The type of fact tested; it is not bound.</typeparam>
    /// <param name="where">The condition over the bound facts and the candidate; <see langword="null"/> tests for any fact of the type.</param>
    /// <returns>A builder with the same bound facts.</returns>
    public RuleBuilder<T1> Exists<TOther>(Func<T1, TOther, bool>? where = null) where TOther : class =>
        new(_draft.With(RulePattern.Create<T1, TOther>(PatternKind.Exists, where)));

    /// <summary>
    /// Completes the rule with its right-hand side. The action receives a context that can insert only the declared
    /// fact types, so a rule cannot yield a type it has not declared.
    /// </summary>
    /// <typeparam name="TFact">A type of fact the rule yields (declares).</typeparam>
    /// <param name="action">The action run once per activation, with the matched facts.</param>
    /// <returns>The finished rule definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is <see langword="null"/>.</exception>
    public RuleDefinition Then<TFact>(Action<IRuleContext<TFact>, T1> action) where TFact : class
    {
        if (action is null)
        {
            throw new ArgumentNullException(nameof(action));
        }

        return _draft.Build(new[] { typeof(TFact) }, static s => new RuleContext<TFact>(s), (c, b) => action((IRuleContext<TFact>)c, (T1)b[0]));
    }

    /// <summary>
    /// Completes the rule with its right-hand side. The action receives a context that can insert only the declared
    /// fact types, so a rule cannot yield a type it has not declared.
    /// </summary>
    /// <typeparam name="TFact1">A type of fact the rule yields (declares).</typeparam>
    /// <typeparam name="TFact2">A type of fact the rule yields (declares).</typeparam>
    /// <param name="action">The action run once per activation, with the matched facts.</param>
    /// <returns>The finished rule definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is <see langword="null"/>.</exception>
    public RuleDefinition Then<TFact1, TFact2>(Action<IRuleContext<TFact1, TFact2>, T1> action) where TFact1 : class where TFact2 : class
    {
        if (action is null)
        {
            throw new ArgumentNullException(nameof(action));
        }

        return _draft.Build(new[] { typeof(TFact1), typeof(TFact2) }, static s => new RuleContext<TFact1, TFact2>(s), (c, b) => action((IRuleContext<TFact1, TFact2>)c, (T1)b[0]));
    }

    /// <summary>
    /// Completes the rule with its right-hand side. The action receives a context that can insert only the declared
    /// fact types, so a rule cannot yield a type it has not declared.
    /// </summary>
    /// <typeparam name="TFact1">A type of fact the rule yields (declares).</typeparam>
    /// <typeparam name="TFact2">A type of fact the rule yields (declares).</typeparam>
    /// <typeparam name="TFact3">A type of fact the rule yields (declares).</typeparam>
    /// <param name="action">The action run once per activation, with the matched facts.</param>
    /// <returns>The finished rule definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is <see langword="null"/>.</exception>
    public RuleDefinition Then<TFact1, TFact2, TFact3>(Action<IRuleContext<TFact1, TFact2, TFact3>, T1> action) where TFact1 : class where TFact2 : class where TFact3 : class
    {
        if (action is null)
        {
            throw new ArgumentNullException(nameof(action));
        }

        return _draft.Build(new[] { typeof(TFact1), typeof(TFact2), typeof(TFact3) }, static s => new RuleContext<TFact1, TFact2, TFact3>(s), (c, b) => action((IRuleContext<TFact1, TFact2, TFact3>)c, (T1)b[0]));
    }
}

/// <summary>
/// Builds a rule whose left-hand side has bound 2 facts so far. Add patterns that join on the
/// bound facts, then finish with <c>Then</c>. Each call returns a new builder; builders are immutable and may be shared.
/// </summary>
/// <typeparam name="T1">The type of the first matched fact.</typeparam>
/// <typeparam name="T2">The type of the second matched fact.</typeparam>
public sealed class RuleBuilder<T1, T2> where T1 : class where T2 : class
{
    private readonly RuleDraft _draft;

    internal RuleBuilder(RuleDraft draft) => _draft = draft;

    /// <summary>Matches a fact of type <typeparamref name="TNext"/>, joined to the facts bound so far by <paramref name="where"/>.</summary>
    /// <typeparam name="TNext">The type of fact to match; facts of derived types match too.</typeparam>
    /// <param name="where">The join condition over the bound facts and the candidate; <see langword="null"/> matches every fact of the type.</param>
    /// <returns>A builder with one more bound fact.</returns>
    public RuleBuilder<T1, T2, TNext> Match<TNext>(Func<T1, T2, TNext, bool>? where = null) where TNext : class =>
        new(_draft.With(RulePattern.Create<T1, T2, TNext>(PatternKind.Match, where)));

    /// <summary>Requires that no fact of type <typeparamref name="TOther"/> satisfies <paramref name="where"/> together with the bound facts (negation).</summary>
    /// <typeparam name="TOther">The type of fact tested; it is not bound.</typeparam>
    /// <param name="where">The condition over the bound facts and the candidate; <see langword="null"/> tests for any fact of the type.</param>
    /// <returns>A builder with the same bound facts.</returns>
    public RuleBuilder<T1, T2> Not<TOther>(Func<T1, T2, TOther, bool>? where = null) where TOther : class =>
        new(_draft.With(RulePattern.Create<T1, T2, TOther>(PatternKind.Not, where)));

    /// <summary>Requires that at least one fact of type <typeparamref name="TOther"/> satisfies <paramref name="where"/> together with the bound facts. The rule fires once, however many such facts exist.</summary>
    /// <typeparam name="TOther">The type of fact tested; it is not bound.</typeparam>
    /// <param name="where">The condition over the bound facts and the candidate; <see langword="null"/> tests for any fact of the type.</param>
    /// <returns>A builder with the same bound facts.</returns>
    public RuleBuilder<T1, T2> Exists<TOther>(Func<T1, T2, TOther, bool>? where = null) where TOther : class =>
        new(_draft.With(RulePattern.Create<T1, T2, TOther>(PatternKind.Exists, where)));

    /// <summary>
    /// Completes the rule with its right-hand side. The action receives a context that can insert only the declared
    /// fact types, so a rule cannot yield a type it has not declared.
    /// </summary>
    /// <typeparam name="TFact">A type of fact the rule yields (declares).</typeparam>
    /// <param name="action">The action run once per activation, with the matched facts.</param>
    /// <returns>The finished rule definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is <see langword="null"/>.</exception>
    public RuleDefinition Then<TFact>(Action<IRuleContext<TFact>, T1, T2> action) where TFact : class
    {
        if (action is null)
        {
            throw new ArgumentNullException(nameof(action));
        }

        return _draft.Build(new[] { typeof(TFact) }, static s => new RuleContext<TFact>(s), (c, b) => action((IRuleContext<TFact>)c, (T1)b[0], (T2)b[1]));
    }

    /// <summary>
    /// Completes the rule with its right-hand side. The action receives a context that can insert only the declared
    /// fact types, so a rule cannot yield a type it has not declared.
    /// </summary>
    /// <typeparam name="TFact1">A type of fact the rule yields (declares).</typeparam>
    /// <typeparam name="TFact2">A type of fact the rule yields (declares).</typeparam>
    /// <param name="action">The action run once per activation, with the matched facts.</param>
    /// <returns>The finished rule definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is <see langword="null"/>.</exception>
    public RuleDefinition Then<TFact1, TFact2>(Action<IRuleContext<TFact1, TFact2>, T1, T2> action) where TFact1 : class where TFact2 : class
    {
        if (action is null)
        {
            throw new ArgumentNullException(nameof(action));
        }

        return _draft.Build(new[] { typeof(TFact1), typeof(TFact2) }, static s => new RuleContext<TFact1, TFact2>(s), (c, b) => action((IRuleContext<TFact1, TFact2>)c, (T1)b[0], (T2)b[1]));
    }

    /// <summary>
    /// Completes the rule with its right-hand side. The action receives a context that can insert only the declared
    /// fact types, so a rule cannot yield a type it has not declared.
    /// </summary>
    /// <typeparam name="TFact1">A type of fact the rule yields (declares).</typeparam>
    /// <typeparam name="TFact2">A type of fact the rule yields (declares).</typeparam>
    /// <typeparam name="TFact3">A type of fact the rule yields (declares).</typeparam>
    /// <param name="action">The action run once per activation, with the matched facts.</param>
    /// <returns>The finished rule definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is <see langword="null"/>.</exception>
    public RuleDefinition Then<TFact1, TFact2, TFact3>(Action<IRuleContext<TFact1, TFact2, TFact3>, T1, T2> action) where TFact1 : class where TFact2 : class where TFact3 : class
    {
        if (action is null)
        {
            throw new ArgumentNullException(nameof(action));
        }

        return _draft.Build(new[] { typeof(TFact1), typeof(TFact2), typeof(TFact3) }, static s => new RuleContext<TFact1, TFact2, TFact3>(s), (c, b) => action((IRuleContext<TFact1, TFact2, TFact3>)c, (T1)b[0], (T2)b[1]));
    }
}

/// <summary>
/// Builds a rule whose left-hand side has bound 3 facts so far. Add patterns that join on the
/// bound facts, then finish with <c>Then</c>. Each call returns a new builder; builders are immutable and may be shared.
/// </summary>
/// <typeparam name="T1">The type of the first matched fact.</typeparam>
/// <typeparam name="T2">The type of the second matched fact.</typeparam>
/// <typeparam name="T3">The type of the third matched fact.</typeparam>
public sealed class RuleBuilder<T1, T2, T3> where T1 : class where T2 : class where T3 : class
{
    private readonly RuleDraft _draft;

    internal RuleBuilder(RuleDraft draft) => _draft = draft;

    /// <summary>Matches a fact of type <typeparamref name="TNext"/>, joined to the facts bound so far by <paramref name="where"/>.</summary>
    /// <typeparam name="TNext">The type of fact to match; facts of derived types match too.</typeparam>
    /// <param name="where">The join condition over the bound facts and the candidate; <see langword="null"/> matches every fact of the type.</param>
    /// <returns>A builder with one more bound fact.</returns>
    public RuleBuilder<T1, T2, T3, TNext> Match<TNext>(Func<T1, T2, T3, TNext, bool>? where = null) where TNext : class =>
        new(_draft.With(RulePattern.Create<T1, T2, T3, TNext>(PatternKind.Match, where)));

    /// <summary>Requires that no fact of type <typeparamref name="TOther"/> satisfies <paramref name="where"/> together with the bound facts (negation).</summary>
    /// <typeparam name="TOther">The type of fact tested; it is not bound.</typeparam>
    /// <param name="where">The condition over the bound facts and the candidate; <see langword="null"/> tests for any fact of the type.</param>
    /// <returns>A builder with the same bound facts.</returns>
    public RuleBuilder<T1, T2, T3> Not<TOther>(Func<T1, T2, T3, TOther, bool>? where = null) where TOther : class =>
        new(_draft.With(RulePattern.Create<T1, T2, T3, TOther>(PatternKind.Not, where)));

    /// <summary>Requires that at least one fact of type <typeparamref name="TOther"/> satisfies <paramref name="where"/> together with the bound facts. The rule fires once, however many such facts exist.</summary>
    /// <typeparam name="TOther">The type of fact tested; it is not bound.</typeparam>
    /// <param name="where">The condition over the bound facts and the candidate; <see langword="null"/> tests for any fact of the type.</param>
    /// <returns>A builder with the same bound facts.</returns>
    public RuleBuilder<T1, T2, T3> Exists<TOther>(Func<T1, T2, T3, TOther, bool>? where = null) where TOther : class =>
        new(_draft.With(RulePattern.Create<T1, T2, T3, TOther>(PatternKind.Exists, where)));

    /// <summary>
    /// Completes the rule with its right-hand side. The action receives a context that can insert only the declared
    /// fact types, so a rule cannot yield a type it has not declared.
    /// </summary>
    /// <typeparam name="TFact">A type of fact the rule yields (declares).</typeparam>
    /// <param name="action">The action run once per activation, with the matched facts.</param>
    /// <returns>The finished rule definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is <see langword="null"/>.</exception>
    public RuleDefinition Then<TFact>(Action<IRuleContext<TFact>, T1, T2, T3> action) where TFact : class
    {
        if (action is null)
        {
            throw new ArgumentNullException(nameof(action));
        }

        return _draft.Build(new[] { typeof(TFact) }, static s => new RuleContext<TFact>(s), (c, b) => action((IRuleContext<TFact>)c, (T1)b[0], (T2)b[1], (T3)b[2]));
    }

    /// <summary>
    /// Completes the rule with its right-hand side. The action receives a context that can insert only the declared
    /// fact types, so a rule cannot yield a type it has not declared.
    /// </summary>
    /// <typeparam name="TFact1">A type of fact the rule yields (declares).</typeparam>
    /// <typeparam name="TFact2">A type of fact the rule yields (declares).</typeparam>
    /// <param name="action">The action run once per activation, with the matched facts.</param>
    /// <returns>The finished rule definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is <see langword="null"/>.</exception>
    public RuleDefinition Then<TFact1, TFact2>(Action<IRuleContext<TFact1, TFact2>, T1, T2, T3> action) where TFact1 : class where TFact2 : class
    {
        if (action is null)
        {
            throw new ArgumentNullException(nameof(action));
        }

        return _draft.Build(new[] { typeof(TFact1), typeof(TFact2) }, static s => new RuleContext<TFact1, TFact2>(s), (c, b) => action((IRuleContext<TFact1, TFact2>)c, (T1)b[0], (T2)b[1], (T3)b[2]));
    }

    /// <summary>
    /// Completes the rule with its right-hand side. The action receives a context that can insert only the declared
    /// fact types, so a rule cannot yield a type it has not declared.
    /// </summary>
    /// <typeparam name="TFact1">A type of fact the rule yields (declares).</typeparam>
    /// <typeparam name="TFact2">A type of fact the rule yields (declares).</typeparam>
    /// <typeparam name="TFact3">A type of fact the rule yields (declares).</typeparam>
    /// <param name="action">The action run once per activation, with the matched facts.</param>
    /// <returns>The finished rule definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is <see langword="null"/>.</exception>
    public RuleDefinition Then<TFact1, TFact2, TFact3>(Action<IRuleContext<TFact1, TFact2, TFact3>, T1, T2, T3> action) where TFact1 : class where TFact2 : class where TFact3 : class
    {
        if (action is null)
        {
            throw new ArgumentNullException(nameof(action));
        }

        return _draft.Build(new[] { typeof(TFact1), typeof(TFact2), typeof(TFact3) }, static s => new RuleContext<TFact1, TFact2, TFact3>(s), (c, b) => action((IRuleContext<TFact1, TFact2, TFact3>)c, (T1)b[0], (T2)b[1], (T3)b[2]));
    }
}

/// <summary>
/// Builds a rule whose left-hand side has bound 4 facts so far. Add patterns that join on the
/// bound facts, then finish with <c>Then</c>. Each call returns a new builder; builders are immutable and may be shared.
/// </summary>
/// <typeparam name="T1">The type of the first matched fact.</typeparam>
/// <typeparam name="T2">The type of the second matched fact.</typeparam>
/// <typeparam name="T3">The type of the third matched fact.</typeparam>
/// <typeparam name="T4">The type of the fourth matched fact.</typeparam>
public sealed class RuleBuilder<T1, T2, T3, T4> where T1 : class where T2 : class where T3 : class where T4 : class
{
    private readonly RuleDraft _draft;

    internal RuleBuilder(RuleDraft draft) => _draft = draft;

    /// <summary>Requires that no fact of type <typeparamref name="TOther"/> satisfies <paramref name="where"/> together with the bound facts (negation).</summary>
    /// <typeparam name="TOther">The type of fact tested; it is not bound.</typeparam>
    /// <param name="where">The condition over the bound facts and the candidate; <see langword="null"/> tests for any fact of the type.</param>
    /// <returns>A builder with the same bound facts.</returns>
    public RuleBuilder<T1, T2, T3, T4> Not<TOther>(Func<T1, T2, T3, T4, TOther, bool>? where = null) where TOther : class =>
        new(_draft.With(RulePattern.Create<T1, T2, T3, T4, TOther>(PatternKind.Not, where)));

    /// <summary>Requires that at least one fact of type <typeparamref name="TOther"/> satisfies <paramref name="where"/> together with the bound facts. The rule fires once, however many such facts exist.</summary>
    /// <typeparam name="TOther">The type of fact tested; it is not bound.</typeparam>
    /// <param name="where">The condition over the bound facts and the candidate; <see langword="null"/> tests for any fact of the type.</param>
    /// <returns>A builder with the same bound facts.</returns>
    public RuleBuilder<T1, T2, T3, T4> Exists<TOther>(Func<T1, T2, T3, T4, TOther, bool>? where = null) where TOther : class =>
        new(_draft.With(RulePattern.Create<T1, T2, T3, T4, TOther>(PatternKind.Exists, where)));

    /// <summary>
    /// Completes the rule with its right-hand side. The action receives a context that can insert only the declared
    /// fact types, so a rule cannot yield a type it has not declared.
    /// </summary>
    /// <typeparam name="TFact">A type of fact the rule yields (declares).</typeparam>
    /// <param name="action">The action run once per activation, with the matched facts.</param>
    /// <returns>The finished rule definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is <see langword="null"/>.</exception>
    public RuleDefinition Then<TFact>(Action<IRuleContext<TFact>, T1, T2, T3, T4> action) where TFact : class
    {
        if (action is null)
        {
            throw new ArgumentNullException(nameof(action));
        }

        return _draft.Build(new[] { typeof(TFact) }, static s => new RuleContext<TFact>(s), (c, b) => action((IRuleContext<TFact>)c, (T1)b[0], (T2)b[1], (T3)b[2], (T4)b[3]));
    }

    /// <summary>
    /// Completes the rule with its right-hand side. The action receives a context that can insert only the declared
    /// fact types, so a rule cannot yield a type it has not declared.
    /// </summary>
    /// <typeparam name="TFact1">A type of fact the rule yields (declares).</typeparam>
    /// <typeparam name="TFact2">A type of fact the rule yields (declares).</typeparam>
    /// <param name="action">The action run once per activation, with the matched facts.</param>
    /// <returns>The finished rule definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is <see langword="null"/>.</exception>
    public RuleDefinition Then<TFact1, TFact2>(Action<IRuleContext<TFact1, TFact2>, T1, T2, T3, T4> action) where TFact1 : class where TFact2 : class
    {
        if (action is null)
        {
            throw new ArgumentNullException(nameof(action));
        }

        return _draft.Build(new[] { typeof(TFact1), typeof(TFact2) }, static s => new RuleContext<TFact1, TFact2>(s), (c, b) => action((IRuleContext<TFact1, TFact2>)c, (T1)b[0], (T2)b[1], (T3)b[2], (T4)b[3]));
    }

    /// <summary>
    /// Completes the rule with its right-hand side. The action receives a context that can insert only the declared
    /// fact types, so a rule cannot yield a type it has not declared.
    /// </summary>
    /// <typeparam name="TFact1">A type of fact the rule yields (declares).</typeparam>
    /// <typeparam name="TFact2">A type of fact the rule yields (declares).</typeparam>
    /// <typeparam name="TFact3">A type of fact the rule yields (declares).</typeparam>
    /// <param name="action">The action run once per activation, with the matched facts.</param>
    /// <returns>The finished rule definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is <see langword="null"/>.</exception>
    public RuleDefinition Then<TFact1, TFact2, TFact3>(Action<IRuleContext<TFact1, TFact2, TFact3>, T1, T2, T3, T4> action) where TFact1 : class where TFact2 : class where TFact3 : class
    {
        if (action is null)
        {
            throw new ArgumentNullException(nameof(action));
        }

        return _draft.Build(new[] { typeof(TFact1), typeof(TFact2), typeof(TFact3) }, static s => new RuleContext<TFact1, TFact2, TFact3>(s), (c, b) => action((IRuleContext<TFact1, TFact2, TFact3>)c, (T1)b[0], (T2)b[1], (T3)b[2], (T4)b[3]));
    }
}

