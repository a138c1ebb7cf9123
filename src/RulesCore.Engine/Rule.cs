namespace RulesCore.Engine;

/// <summary>
/// Base class for rules written as small classes, one rule per file. Override <see cref="Define"/> and build the
/// rule with <see cref="Create(string)"/>; the definition is built once, on first use.
/// </summary>
/// <example>
/// <code>
/// public sealed class AdultRule : Rule
/// {
///     protected override RuleDefinition Define() =&gt; Create("person.adult")
///         .Match&lt;Person&gt;(p =&gt; p.Age &gt;= 18)
///         .Then&lt;Adult&gt;((ctx, p) =&gt; ctx.Insert(new Adult(p.Id)));
/// }
/// </code>
/// </example>
public abstract class Rule
{
    private RuleDefinition? _definition;

    /// <summary>Gets the rule's definition, built by <see cref="Define"/> on first access.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Define"/> returned <see langword="null"/>.</exception>
    public RuleDefinition Definition =>
        _definition ??= Define() ?? throw new InvalidOperationException($"{GetType().Name}.Define() returned null.");

    /// <summary>Starts a rule with a stable id.</summary>
    /// <param name="id">The id, unique within a rule set; by convention dotted lower case (<c>filing.expired</c>).</param>
    /// <returns>A builder for the rule's metadata and patterns.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null, blank, or contains white space.</exception>
    public static RuleBuilder Create(string id)
    {
        RuleDraft.Required(id, nameof(id));
        foreach (var c in id)
        {
            if (char.IsWhiteSpace(c))
            {
                throw new ArgumentException("A rule id must not contain white space.", nameof(id));
            }
        }

        return new RuleBuilder(new RuleDraft(id));
    }

    /// <summary>Builds the rule's definition.</summary>
    /// <returns>The definition, usually <c>Create("id")…Then(…)</c>.</returns>
    protected abstract RuleDefinition Define();

    /// <inheritdoc />
    public override string ToString() => Definition.Id;
}
