namespace RulesCore.Engine;

/// <summary>
/// The start of a rule: its metadata, then its left-hand side (patterns) and right-hand side (<c>Then</c>).
/// Obtain one with <see cref="Rule.Create(string)"/>. Each call returns a new builder; builders are immutable and
/// may be shared.
/// </summary>
/// <example>
/// <code>
/// RuleDefinition adult = Rule.Create("person.adult")
///     .Named("Adults")
///     .Match&lt;Person&gt;(p =&gt; p.Age &gt;= 18)
///     .Not&lt;Guardian&gt;((p, g) =&gt; g.WardId == p.Id)
///     .Then&lt;Adult&gt;((ctx, p) =&gt; ctx.Insert(new Adult(p.Id)));
/// </code>
/// </example>
public sealed class RuleBuilder
{
    private readonly RuleDraft _draft;

    internal RuleBuilder(RuleDraft draft) => _draft = draft;

    /// <summary>Sets the human-readable name (default: the id).</summary>
    /// <param name="name">The name.</param>
    /// <returns>A builder with the name set.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    public RuleBuilder Named(string name) => new(_draft with { Name = RuleDraft.Required(name, nameof(name)) });

    /// <summary>Sets the description: what the rule decides and why.</summary>
    /// <param name="description">The description.</param>
    /// <returns>A builder with the description set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is <see langword="null"/>.</exception>
    public RuleBuilder Describe(string description) =>
        new(_draft with { Description = description ?? throw new ArgumentNullException(nameof(description)) });

    /// <summary>Adds tags (free-form labels, e.g. a category) to the rule.</summary>
    /// <param name="tags">The tags; blank tags are rejected.</param>
    /// <returns>A builder with the tags added.</returns>
    /// <exception cref="ArgumentException">A tag is null or blank.</exception>
    public RuleBuilder Tagged(params string[] tags)
    {
        if (tags is null)
        {
            throw new ArgumentNullException(nameof(tags));
        }

        var all = new string[_draft.Tags.Length + tags.Length];
        Array.Copy(_draft.Tags, all, _draft.Tags.Length);
        for (var i = 0; i < tags.Length; i++)
        {
            all[_draft.Tags.Length + i] = RuleDraft.Required(tags[i], nameof(tags));
        }

        return new(_draft with { Tags = all });
    }

    /// <summary>
    /// Sets the priority (default 0). Within a stratum, activations of higher-priority rules fire first. Priority
    /// orders the trace; it never changes which facts are derived.
    /// </summary>
    /// <param name="priority">The priority; higher fires earlier.</param>
    /// <returns>A builder with the priority set.</returns>
    public RuleBuilder Priority(int priority) => new(_draft with { Priority = priority });

    /// <summary>Matches a fact of type <typeparamref name="T1"/> that satisfies <paramref name="where"/>.</summary>
    /// <typeparam name="T1">The type of fact to match; facts of derived types match too.</typeparam>
    /// <param name="where">The condition; <see langword="null"/> matches every fact of the type.</param>
    /// <returns>A builder with one bound fact.</returns>
    public RuleBuilder<T1> Match<T1>(Func<T1, bool>? where = null) where T1 : class =>
        new(_draft.With(RulePattern.Create<T1>(PatternKind.Match, where)));

    /// <summary>Requires that no fact of type <typeparamref name="TOther"/> satisfies <paramref name="where"/>.</summary>
    /// <typeparam name="TOther">The type of fact tested.</typeparam>
    /// <param name="where">The condition; <see langword="null"/> tests for any fact of the type.</param>
    /// <returns>A builder with no bound facts.</returns>
    public RuleBuilder Not<TOther>(Func<TOther, bool>? where = null) where TOther : class =>
        new(_draft.With(RulePattern.Create<TOther>(PatternKind.Not, where)));

    /// <summary>Requires that at least one fact of type <typeparamref name="TOther"/> satisfies <paramref name="where"/>.</summary>
    /// <typeparam name="TOther">The type of fact tested.</typeparam>
    /// <param name="where">The condition; <see langword="null"/> tests for any fact of the type.</param>
    /// <returns>A builder with no bound facts.</returns>
    public RuleBuilder Exists<TOther>(Func<TOther, bool>? where = null) where TOther : class =>
        new(_draft.With(RulePattern.Create<TOther>(PatternKind.Exists, where)));

    /// <summary>Completes a rule that binds no facts (its patterns are only <c>Not</c> and <c>Exists</c>); it fires at most once per session.</summary>
    /// <typeparam name="TFact">The type of fact the rule yields (declares).</typeparam>
    /// <param name="action">The action.</param>
    /// <returns>The finished rule definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="action"/> is <see langword="null"/>.</exception>
    public RuleDefinition Then<TFact>(Action<IRuleContext<TFact>> action) where TFact : class
    {
        if (action is null)
        {
            throw new ArgumentNullException(nameof(action));
        }

        return _draft.Build(new[] { typeof(TFact) }, static s => new RuleContext<TFact>(s), (c, _) => action((IRuleContext<TFact>)c));
    }
}
