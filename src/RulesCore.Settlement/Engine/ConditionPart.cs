using System.Linq.Expressions;
using NRules.RuleModel;

using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Engine;

/// <summary>One condition of a pattern: the definition's expression, its compiled form (made on first use) and its words.</summary>
internal sealed class ConditionPart
{
    private Delegate? _compiled;

    public ConditionPart(LambdaExpression expression)
    {
        Expression = expression;
        TextKey = ExpressionKey.OfDefinition(expression);
        EvidenceKey = ExpressionKey.Positional(expression);
    }

    public LambdaExpression Expression { get; }

    /// <summary>Gets the key that finds the words the rule declared for it.</summary>
    public string TextKey { get; }

    /// <summary>Gets the key under which NRules' reports of an equal expression (a shared node) are found.</summary>
    public string EvidenceKey { get; }

    /// <summary>Gets the words the rule declared for the condition, chosen by the pattern's fact; <see langword="null"/> when it declared none.</summary>
    public Func<object, LocalizedText>? Words { get; set; }

    /// <summary>Gets the condition as written, its parameters named after the rule's patterns.</summary>
    public string Display => Expression.ToString();

    /// <summary>Evaluates the condition on arguments in the order of its parameters.</summary>
    public bool Evaluate(object?[] arguments)
    {
        var compiled = _compiled ??= Expression.Compile();
        try
        {
            return (bool)compiled.DynamicInvoke(arguments)!;
        }
        catch (System.Reflection.TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new ConditionFailedException(e.InnerException.GetType().Name);
        }
    }
}
