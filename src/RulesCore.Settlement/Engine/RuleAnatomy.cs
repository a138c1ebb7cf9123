using System.Linq.Expressions;
using NRules.RuleModel;

using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// A rule's left-hand side as why-not explanations walk it: its patterns in order (a <c>Match</c>, a <c>Not</c>, an
/// <c>Exists</c>, or a collection), each with its conditions as NRules compiled them from the definition, and the
/// words the rule declared with each condition (<see cref="SettlementRule.Checks"/>). Built on first use, per rule.
/// </summary>
internal sealed class RuleAnatomy
{
    private RuleAnatomy(IReadOnlyList<PatternStep> steps, string? unsupported)
    {
        Steps = steps;
        Unsupported = unsupported;
    }

    /// <summary>Gets the patterns, in the rule's order.</summary>
    public IReadOnlyList<PatternStep> Steps { get; }

    /// <summary>Gets the kind of element the explanation cannot walk (e.g. <c>Or</c>), if the rule has one.</summary>
    public string? Unsupported { get; }

    /// <summary>Every condition of the rule, in order (a collection's member conditions before its own).</summary>
    public IEnumerable<ConditionPart> Conditions => Steps.SelectMany(s => s.MemberConditions.Concat(s.Conditions));

    public static RuleAnatomy Of(SettlementRule rule, IRuleDefinition definition)
    {
        var steps = new List<PatternStep>();
        string? unsupported = null;
        var declarations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in definition.LeftHandSide.ChildElements)
        {
            var (kind, pattern) = element switch
            {
                PatternElement p => (p.Source is AggregateElement ? StepKind.Collect : StepKind.Match, p),
                NotElement { Source: PatternElement p } => (StepKind.Not, p),
                ExistsElement { Source: PatternElement p } => (StepKind.Exists, p),
                _ => (StepKind.Match, (PatternElement?)null),
            };

            if (pattern is null)
            {
                unsupported ??= element.ElementType.ToString();
                continue;
            }

            declarations.Add(pattern.Declaration.Name);
            var members = pattern.Source is AggregateElement { Name: AggregateElement.CollectName, Source: { } source } ? source : null;
            if (pattern.Source is not null && members is null)
            {
                unsupported ??= ((AggregateElement)pattern.Source).Name;
                continue;
            }

            if (members is not null)
            {
                declarations.Add(members.Declaration.Name);
            }

            steps.Add(new PatternStep(kind, pattern.ValueType, pattern.Declaration.Name, Parts(pattern),
                members?.ValueType, members?.Declaration.Name, members is null ? Array.Empty<ConditionPart>() : Parts(members)));
        }

        // The words a rule declared go to the condition NRules built from it: the same expression once the closure
        // variables that name the rule's patterns are read as the patterns' declarations, as NRules' rewriter does.
        var parts = steps.SelectMany(s => s.MemberConditions.Concat(s.Conditions)).ToList();
        foreach (var (condition, text) in rule.Checks)
        {
            var key = ExpressionKey.OfDeclared(condition, declarations);
            var part = parts.FirstOrDefault(p => p.Words is null && p.TextKey == key);
            if (part is not null)
            {
                part.Words = text;
            }
        }

        return new RuleAnatomy(steps, unsupported);
    }

    private static ConditionPart[] Parts(PatternElement pattern) =>
        pattern.Expressions.Where(e => e.Name == PatternElement.ConditionName).Select(e => new ConditionPart(e.Expression)).ToArray();
}
