using NRules.RuleModel;

namespace RulesCore.Settlement.Engine;

/// <summary>The fact types a rule's conditions read, in patterns, joins, <c>Not</c> and <c>Exists</c>.</summary>
internal sealed class PatternTypes : RuleElementVisitor<List<Type>>
{
    private static readonly PatternTypes Visitor = new();

    public static IReadOnlyList<Type> Of(IRuleDefinition rule)
    {
        var types = new List<Type>();
        Visitor.Visit(types, rule.LeftHandSide);
        return types;
    }

    protected override PatternElement VisitPattern(List<Type> context, PatternElement element)
    {
        context.Add(element.ValueType);
        return base.VisitPattern(context, element);
    }
}
