using System.Linq.Expressions;
using NRules.RuleModel;

using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// The situations of a visit — a place (local, intra-province, cross-province) and a setting (another setting,
/// emergency, chronic) — in which a rule can fire, read from the rules themselves: a rule's <c>Match</c> or
/// <c>Exists</c> on the visit or its <see cref="TreatmentScope"/> with a condition that reads only where and how the
/// visit happens (<c>!s.IsLocal</c>, <c>s.Visit.Encounter.Setting == CareSetting.Emergency</c>) fires only where the
/// condition holds; a rule that matches a derived fact fires only where a rule deriving it can. Any other condition
/// may hold anywhere, so the answer errs only towards more situations. A situation is a bit of a mask.
/// </summary>
internal static class FiringSituations
{
    /// <summary>The number of situations.</summary>
    public const int Count = 9;

    /// <summary>Every situation.</summary>
    public const int All = (1 << Count) - 1;

    private static readonly VisitScope[] Places = (VisitScope[])Enum.GetValues(typeof(VisitScope));

    private static readonly CareSetting[] Settings = (CareSetting[])Enum.GetValues(typeof(CareSetting));

    /// <summary>The situation of a visit's place and setting.</summary>
    public static int KeyOf(VisitScope place, CareSetting setting) =>
        (place switch { VisitScope.Local => 0, VisitScope.IntraProvince => 1, _ => 2 })
        + (setting switch { CareSetting.Emergency => 3, CareSetting.ChronicOutpatient => 6, _ => 0 });

    /// <summary>
    /// The situations each rule can fire in, as a mask; a rule not <paramref name="read"/> is in every situation (and
    /// the facts it derives with it).
    /// </summary>
    public static int[] Of(IReadOnlyList<SettlementRule> rules, IReadOnlyList<IRuleDefinition> definitions, Func<int, bool> read)
    {
        var direct = new int[rules.Count];
        var derivedReads = new Type[rules.Count][];
        for (var i = 0; i < rules.Count; i++)
        {
            var positive = read(i) ? PositivePatterns(definitions[i]).ToArray() : Array.Empty<PatternElement>();
            direct[i] = positive.Aggregate(All, (mask, pattern) => mask & Where(pattern));
            derivedReads[i] = positive.Select(p => p.ValueType)
                .Where(t => !CanonicalFacts.Types.Any(t.IsAssignableFrom) && rules.Any(r => r.Derives.Any(t.IsAssignableFrom)))
                .Distinct().ToArray();
        }

        // The least masks that hold: a derived fact exists only where a rule deriving it has fired, from none upwards.
        var masks = new int[rules.Count];
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 0; i < rules.Count; i++)
            {
                var mask = direct[i];
                foreach (var type in derivedReads[i])
                {
                    mask &= Enumerable.Range(0, rules.Count).Where(j => rules[j].Derives.Any(type.IsAssignableFrom)).Aggregate(0, (m, j) => m | masks[j]);
                }

                if (mask != masks[i])
                {
                    masks[i] = mask;
                    changed = true;
                }
            }
        }

        return masks;
    }

    /// <summary>The patterns every match of the rule has a fact for: its <c>Match</c>es (not collections) and <c>Exists</c>.</summary>
    private static IEnumerable<PatternElement> PositivePatterns(IRuleDefinition definition) =>
        definition.LeftHandSide.ChildElements.Select(e => e switch
        {
            PatternElement { Source: null } p => p,
            ExistsElement { Source: PatternElement { Source: null } p } => p,
            _ => null,
        }).Where(p => p is not null)!;

    /// <summary>The situations in which every condition of a pattern on the visit, as far as it reads only the situation, can hold.</summary>
    private static int Where(PatternElement pattern)
    {
        if (pattern.ValueType != typeof(TreatmentScope) && pattern.ValueType != typeof(Visit))
        {
            return All;
        }

        var conjuncts = pattern.Expressions.Where(e => e.Name == PatternElement.ConditionName && e.Expression.Parameters.Count == 1)
            .SelectMany(e => Conjuncts(e.Expression.Body).Select(c => (Body: c, Fact: e.Expression.Parameters[0])))
            .ToArray();
        var mask = 0;
        foreach (var place in Places)
        {
            foreach (var setting in Settings)
            {
                if (conjuncts.All(c => !Situational.TryEvaluate(c.Body, c.Fact, place, setting, out var value) || value is true))
                {
                    mask |= 1 << KeyOf(place, setting);
                }
            }
        }

        return mask;
    }

    private static IEnumerable<Expression> Conjuncts(Expression body) =>
        body.NodeType == ExpressionType.AndAlso && body is BinaryExpression and
            ? Conjuncts(and.Left).Concat(Conjuncts(and.Right))
            : new[] { body };

    /// <summary>
    /// Evaluates a condition that reads nothing but the visit's place and setting, built only of constants, those
    /// members, negation, equality and <c>&amp;&amp;</c>/<c>||</c>; any other condition is not evaluated.
    /// </summary>
    private static class Situational
    {
        public static bool TryEvaluate(Expression e, ParameterExpression fact, VisitScope place, CareSetting setting, out object? value)
        {
            value = null;
            switch (e)
            {
                case ConstantExpression constant:
                    value = constant.Value;
                    return true;
                case MemberExpression member:
                    return TryRead(member, fact, place, setting, out value);
                case UnaryExpression { NodeType: ExpressionType.Not, Method: null } not when TryEvaluate(not.Operand, fact, place, setting, out var operand) && operand is bool b:
                    value = !b;
                    return true;
                case UnaryExpression { NodeType: ExpressionType.Convert, Method: null } convert when TryEvaluate(convert.Operand, fact, place, setting, out var operand)
                    && operand is Enum && convert.Type == Enum.GetUnderlyingType(operand.GetType()):
                    value = Convert.ChangeType(operand, convert.Type, System.Globalization.CultureInfo.InvariantCulture);
                    return true;
                case BinaryExpression { Method: null } binary when binary.NodeType is ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.AndAlso or ExpressionType.OrElse
                    && TryEvaluate(binary.Left, fact, place, setting, out var left) && TryEvaluate(binary.Right, fact, place, setting, out var right):
                    value = binary.NodeType switch
                    {
                        ExpressionType.Equal => Equals(left, right),
                        ExpressionType.NotEqual => !Equals(left, right),
                        ExpressionType.AndAlso => left is true && right is true,
                        _ => left is true || right is true,
                    };
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Reads <c>Scope</c>, <c>IsLocal</c>, <c>Visit.IsChronic</c> or <c>Visit.Encounter.Setting</c> of the fact.</summary>
        private static bool TryRead(MemberExpression member, ParameterExpression fact, VisitScope place, CareSetting setting, out object? value)
        {
            var path = new List<string>();
            Expression? e = member;
            while (e is MemberExpression m)
            {
                path.Insert(0, m.Member.Name);
                e = m.Expression;
            }

            if (e != fact)
            {
                value = null;
                return false;
            }

            value = ((fact.Type == typeof(Visit) ? "Visit." : string.Empty) + string.Join(".", path)) switch
            {
                "Scope" => place,
                "IsLocal" => place == VisitScope.Local,
                "Visit.IsChronic" => setting == CareSetting.ChronicOutpatient,
                "Visit.Encounter.Setting" => setting,
                _ => null,
            };
            return value is not null;
        }
    }
}
