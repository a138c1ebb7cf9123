using NRules.RuleModel;

using RulesCore.Settlement.Rules;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// The finding definitions a rule's actions name (a finding declared by another rule and raised by this one): a
/// definition read directly, or the findings of the rule whose builder (a static method of its class) it calls.
/// </summary>
internal sealed class FindingsNamed : System.Linq.Expressions.ExpressionVisitor
{
    private readonly List<FindingDefinition> _found = new();
    private readonly Func<Type, IEnumerable<FindingDefinition>> _findingsOf;

    private FindingsNamed(Func<Type, IEnumerable<FindingDefinition>> findingsOf) => _findingsOf = findingsOf;

    public static IReadOnlyList<FindingDefinition> In(IRuleDefinition rule, Func<Type, IEnumerable<FindingDefinition>> findingsOf)
    {
        var visitor = new FindingsNamed(findingsOf);
        foreach (var action in rule.RightHandSide.Actions)
        {
            visitor.Visit(action.Expression);
        }

        return visitor._found;
    }

    protected override System.Linq.Expressions.Expression VisitMember(System.Linq.Expressions.MemberExpression node)
    {
        if (node.Expression is null && node.Member is System.Reflection.FieldInfo { IsStatic: true } field && field.FieldType == typeof(FindingDefinition))
        {
            _found.Add((FindingDefinition)field.GetValue(null)!);
        }

        return base.VisitMember(node);
    }

    protected override System.Linq.Expressions.Expression VisitMethodCall(System.Linq.Expressions.MethodCallExpression node)
    {
        if (node.Method.IsStatic && node.Method.DeclaringType is { } type && typeof(SettlementRule).IsAssignableFrom(type) && node.Method.ReturnType == typeof(Raised))
        {
            _found.AddRange(_findingsOf(type));
        }

        return base.VisitMethodCall(node);
    }
}
