using RulesCore.Settlement.Engine;
using System.Linq.Expressions;
using System.Reflection;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// A settlement rule: an NRules Fluent rule (<c>[Name]</c> is its stable id, <c>[Priority]</c> where it stands among the
/// rules that derive facts) that also declares its cause, what it decides and its basis in both languages, and the
/// findings it raises. In <see cref="Rule.Define"/> a rule matches facts with <c>When()</c>, then yields derived
/// facts with <see cref="Derive{TFact}"/> (linked facts, retracted with their causes) and raises findings with
/// <see cref="Raise"/>.
/// </summary>
/// <remarks>
/// Integrators write their own rules the same way, in their own assembly, and load them with
/// <see cref="SettlementOptions.AddRules(System.Type[])"/>: the facts a rule can match are the case's own
/// (<see cref="InsuranceAccount"/>, <see cref="Filing"/>, <see cref="Qualification"/>, <see cref="Hospital"/>,
/// <see cref="EncounterItem"/>) and the derived <see cref="Visit"/> and <see cref="TreatmentScope"/>. Building the
/// evaluator checks every rule: a stable <c>[Name]</c>, a description and a basis in both languages, unique rule names
/// and finding codes, known remedies, and priorities that let every fact a rule reads be complete before it fires.
/// </remarks>
public abstract class SettlementRule : Rule
{
    private static readonly MethodInfo CollectMethod = typeof(FindingSink).GetMethod(nameof(FindingSink.Collect), BindingFlags.Static | BindingFlags.NonPublic)!;

    private readonly List<Type> _derives = new();
    private readonly List<(LambdaExpression Condition, Func<object, LocalizedText> Text)> _checks = new();
    private IRightHandSideExpression? _then;
    private IReadOnlyList<FindingDefinition>? _findings;

    /// <summary>Gets the failure cause the rule belongs to.</summary>
    public abstract Cause Cause { get; }

    /// <summary>Gets what the rule decides, in both languages.</summary>
    public abstract LocalizedText Description { get; }

    /// <summary>Gets where the rule comes from: the documents it rests on, cited with <see cref="Sources.Cite"/>.</summary>
    public abstract LocalizedText Basis { get; }

    /// <summary>
    /// Gets the findings the rule raises: the <see cref="FindingDefinition"/> static fields of its class, declared next to
    /// its logic. The catalogue is assembled from them.
    /// </summary>
    public IReadOnlyList<FindingDefinition> Findings => _findings ??= GetType()
        .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
        .Where(f => f.FieldType == typeof(FindingDefinition))
        .OrderBy(f => f.Name, StringComparer.Ordinal)
        .Select(f => (FindingDefinition)f.GetValue(null)!)
        .ToArray();

    /// <summary>Gets the types of the derived facts the rule yields (known once it is defined).</summary>
    internal IReadOnlyList<Type> Derives => _derives;

    /// <summary>Gets the conditions declared with <see cref="Check{TFact}(Expression{Func{TFact, bool}}, LocalizedText)"/>, with their words.</summary>
    internal IReadOnlyList<(LambdaExpression Condition, Func<object, LocalizedText> Text)> Checks => _checks;

    private IRightHandSideExpression Actions => _then ??= Then();

    /// <summary>
    /// A condition of a pattern with the words that say why it stops the rule, for why-not explanations: in a
    /// <c>Match</c> or <c>Exists</c>, what is wrong when the condition is false; in a <c>Not</c>, what the blocking fact
    /// is when it holds. Placeholders name values of the facts the condition reads — <c>{filing}</c>, <c>{validUntil}</c>,
    /// <c>{date}</c> and the others listed in README ("Why a rule did not fire"). The condition itself is returned
    /// unchanged, so NRules compiles and evaluates exactly what it would without the words.
    /// </summary>
    /// <example><c>.Match(() =&gt; filing, Check((Filing f) =&gt; f.Status == FilingStatus.Active, new("备案 {filing} 已取消", "filing {filing} is cancelled")))</c></example>
    /// <typeparam name="TFact">The type of the pattern's fact.</typeparam>
    /// <param name="condition">The condition, as it would be written without words.</param>
    /// <param name="stops">Why the condition stops the rule, in both languages.</param>
    /// <returns><paramref name="condition"/>.</returns>
    protected Expression<Func<TFact, bool>> Check<TFact>(Expression<Func<TFact, bool>> condition, LocalizedText stops)
    {
        if (condition is null || stops is null)
        {
            throw new ArgumentNullException(condition is null ? nameof(condition) : nameof(stops));
        }

        _checks.Add((condition, _ => stops));
        return condition;
    }

    /// <summary>A condition with words chosen by the pattern's fact (e.g. "ended" or "not yet valid" by a filing's timing).</summary>
    /// <typeparam name="TFact">The type of the pattern's fact.</typeparam>
    /// <param name="condition">The condition.</param>
    /// <param name="stops">Chooses the words from the pattern's fact.</param>
    /// <returns><paramref name="condition"/>.</returns>
    protected Expression<Func<TFact, bool>> Check<TFact>(Expression<Func<TFact, bool>> condition, Func<TFact, LocalizedText> stops)
    {
        if (condition is null || stops is null)
        {
            throw new ArgumentNullException(condition is null ? nameof(condition) : nameof(stops));
        }

        _checks.Add((condition, fact => stops((TFact)fact)));
        return condition;
    }

    /// <summary>Yields a derived fact: inserted when the rule fires, retracted when its match no longer holds.</summary>
    /// <typeparam name="TFact">The derived fact's type.</typeparam>
    /// <param name="fact">Builds the fact from the match.</param>
    protected void Derive<TFact>(Expression<Func<IContext, TFact>> fact)
        where TFact : class
    {
        _derives.Add(typeof(TFact));
        Actions.Yield(fact);
    }

    /// <summary>
    /// Raises a finding: collected by the session's <see cref="FindingSink"/> when the rule fires (the rule set checks
    /// that every derived fact the rule reads is complete before it fires).
    /// </summary>
    /// <param name="finding">Builds the finding from the match, with <see cref="Found(IContext, FindingDefinition, object[], object[])"/>.</param>
    protected void Raise(Expression<Func<IContext, Raised>> finding)
    {
        if (finding is null)
        {
            throw new ArgumentNullException(nameof(finding));
        }

        var context = finding.Parameters[0];
        Actions.Do(Expression.Lambda<Action<IContext>>(Expression.Call(CollectMethod, context, finding.Body), context));
    }

    /// <summary>A finding of this rule about <paramref name="facts"/>.</summary>
    /// <param name="context">The NRules context of the firing.</param>
    /// <param name="finding">The finding's definition, a static field of the rule.</param>
    /// <param name="facts">The facts it is about, from <see cref="On"/>.</param>
    /// <param name="arguments">The values of the message's placeholders, in order.</param>
    /// <returns>The raised finding.</returns>
    protected static Raised Found(IContext context, FindingDefinition finding, object[] facts, params object[] arguments) =>
        new(finding, context.Rule.Name, FactReferences.Distinct(facts), arguments);

    /// <summary>A finding that names the policy values it relied on (cited in its basis).</summary>
    /// <param name="context">The NRules context of the firing.</param>
    /// <param name="finding">The finding's definition.</param>
    /// <param name="facts">The facts it is about.</param>
    /// <param name="policy">The policy values it relied on; <see langword="null"/> entries are skipped.</param>
    /// <param name="arguments">The values of the message's placeholders.</param>
    /// <returns>The raised finding.</returns>
    protected static Raised Found(IContext context, FindingDefinition finding, object[] facts, PolicyValue?[] policy, params object[] arguments) =>
        Found(context, finding, facts, arguments) with { Policy = policy.Where(p => p is not null).Select(p => p!).ToArray() };

    /// <summary>The facts a finding is about, in order.</summary>
    /// <param name="facts">The facts (or references, as strings).</param>
    /// <returns>The facts.</returns>
    protected static object[] On(params object[] facts) => facts;
}
