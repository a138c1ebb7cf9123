using NRules.RuleModel;
using NRules.RuleModel.Builders;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// A shipped rule as compiled for one situation: a condition on the visit or its place that holds in every visit there
/// is left out (<c>!s.IsLocal</c> across provinces), and so is a <c>Not</c> over facts that nothing in the situation
/// can derive (it always holds). Neither changes a match, so neither changes the firings or the trace; but rules whose
/// patterns become alike share the network's nodes, and each <c>Not</c> left out is a node, a memory and a fact type
/// less for every fact of the session to pass.
/// </summary>
internal sealed class SituationRules : RuleElementVisitor<SituationRules.Situation>
{
    private static readonly SituationRules Instance = new();

    /// <summary>The rule as compiled in <paramref name="situation"/>.</summary>
    public static IRuleDefinition For(IRuleDefinition rule, Situation situation) => Instance.Visit(situation, rule);

    /// <inheritdoc/>
    protected override RuleElement VisitAnd(Situation context, AndElement element)
    {
        List<RuleElement>? children = null;
        for (var i = 0; i < element.ChildElements.Count; i++)
        {
            var child = element.ChildElements[i];
            var kept = child switch
            {
                NotElement { Source: PatternElement { Source: null } absent } when !context.MayExist(absent.ValueType) => null,
                PatternElement { Source: null } pattern => WithoutSettled(pattern, context.Key),
                _ => child,
            };
            if (children is null && !ReferenceEquals(kept, child))
            {
                children = element.ChildElements.Take(i).ToList();
            }

            if (children is not null && kept is not null)
            {
                children.Add(kept);
            }
        }

        return children is null ? element : Element.AndGroup(children);
    }

    /// <summary>The pattern without the conditions the situation settles.</summary>
    private static PatternElement WithoutSettled(PatternElement pattern, int key)
    {
        var kept = pattern.Expressions
            .Where(e => e.Name != PatternElement.ConditionName || !FiringSituations.HoldsThroughout(pattern.ValueType, e.Expression, key))
            .ToArray();
        return kept.Length == pattern.Expressions.Count ? pattern : Element.Pattern(pattern.Declaration, kept, null);
    }

    /// <summary>A situation: its key (<see cref="FiringSituations.KeyOf"/>) and whether a fact of a type can be in its sessions.</summary>
    public sealed class Situation
    {
        public Situation(int key, Func<Type, bool> mayExist)
        {
            Key = key;
            MayExist = mayExist;
        }

        public int Key { get; }

        public Func<Type, bool> MayExist { get; }
    }
}
