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
        // The rules deriving a fact a pattern matches, by the pattern's type; none for the facts a session starts with.
        var producers = new Dictionary<Type, int[]>();
        int[] ProducersOf(Type type)
        {
            if (!producers.TryGetValue(type, out var found))
            {
                producers[type] = found = CanonicalFacts.Types.Any(type.IsAssignableFrom)
                    ? Array.Empty<int>()
                    : Enumerable.Range(0, rules.Count).Where(j => rules[j].Derives.Any(type.IsAssignableFrom)).ToArray();
            }

            return found;
        }

        var direct = new int[rules.Count];
        var derivedReads = new int[rules.Count][][];
        for (var i = 0; i < rules.Count; i++)
        {
            var positive = read(i) ? PositivePatterns(definitions[i]).ToArray() : Array.Empty<PatternElement>();
            direct[i] = positive.Aggregate(All, (mask, pattern) => mask & Where(pattern));
            derivedReads[i] = positive.Select(p => p.ValueType).Distinct().Select(ProducersOf).Where(p => p.Length > 0).ToArray();
        }

        // The least masks that hold: a derived fact exists only where a rule deriving it has fired, from none upwards.
        var masks = new int[rules.Count];
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 0; i < rules.Count; i++)
            {
                var mask = direct[i];
                foreach (var producersOfRead in derivedReads[i])
                {
                    var possible = 0;
                    foreach (var j in producersOfRead)
                    {
                        possible |= masks[j];
                    }

                    mask &= possible;
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

    /// <summary>
    /// Whether a condition of a pattern on the visit or its place reads nothing but the situation and holds in every
    /// visit of situation <paramref name="key"/> (e.g. <c>!s.IsLocal</c> across provinces).
    /// </summary>
    public static bool HoldsThroughout(Type factType, LambdaExpression condition, int key)
    {
        if ((factType != typeof(TreatmentScope) && factType != typeof(Visit)) || condition.Parameters.Count != 1
            || Situational.Reader(condition.Body, condition.Parameters[0]) is not { } read)
        {
            return false;
        }

        foreach (var place in Places)
        {
            foreach (var setting in Settings)
            {
                if (KeyOf(place, setting) == key && read(place, setting) != 1)
                {
                    return false;
                }
            }
        }

        return true;
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

        // Each condition that reads only the situation, read once, then asked of every place and setting.
        var situational = pattern.Expressions.Where(e => e.Name == PatternElement.ConditionName && e.Expression.Parameters.Count == 1)
            .SelectMany(e => Conjuncts(e.Expression.Body).Select(c => Situational.Reader(c, e.Expression.Parameters[0])))
            .Where(r => r is not null)
            .ToArray();
        var mask = 0;
        foreach (var place in Places)
        {
            foreach (var setting in Settings)
            {
                if (situational.All(read => read!(place, setting) == 1))
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
    /// Reads a condition that reads nothing but the visit's place and setting, built only of constants, those members,
    /// negation, equality and <c>&amp;&amp;</c>/<c>||</c>, as a function of the place and the setting (its value as a
    /// number: an enum's, or 1 for true and 0 for false); any other condition is not read (<see langword="null"/>).
    /// </summary>
    private static class Situational
    {
        public static Func<VisitScope, CareSetting, int>? Reader(Expression e, ParameterExpression fact)
        {
            switch (e)
            {
                case ConstantExpression { Value: bool flag }:
                    return (_, _) => flag ? 1 : 0;
                case ConstantExpression { Value: int or Enum } constant:
                    var value = Convert.ToInt32(constant.Value, System.Globalization.CultureInfo.InvariantCulture);
                    return (_, _) => value;
                case MemberExpression member:
                    return Member(member, fact);
                case UnaryExpression { NodeType: ExpressionType.Not, Method: null } not when not.Type == typeof(bool) && Reader(not.Operand, fact) is { } operand:
                    return (place, setting) => 1 - operand(place, setting);
                case UnaryExpression { NodeType: ExpressionType.Convert, Method: null } convert when convert.Operand.Type.IsEnum && convert.Type == typeof(int)
                    && Enum.GetUnderlyingType(convert.Operand.Type) == typeof(int):
                    return Reader(convert.Operand, fact);
                case BinaryExpression { Method: null } binary when binary.NodeType is ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.AndAlso or ExpressionType.OrElse
                    && Reader(binary.Left, fact) is { } left && Reader(binary.Right, fact) is { } right:
                    return binary.NodeType switch
                    {
                        ExpressionType.Equal => (place, setting) => left(place, setting) == right(place, setting) ? 1 : 0,
                        ExpressionType.NotEqual => (place, setting) => left(place, setting) != right(place, setting) ? 1 : 0,
                        ExpressionType.AndAlso => (place, setting) => left(place, setting) & right(place, setting),
                        _ => (place, setting) => left(place, setting) | right(place, setting),
                    };
                default:
                    return null;
            }
        }

        /// <summary>Reads <c>Scope</c>, <c>IsLocal</c>, <c>Visit.IsChronic</c> or <c>Visit.Encounter.Setting</c> of the fact.</summary>
        private static Func<VisitScope, CareSetting, int>? Member(MemberExpression member, ParameterExpression fact)
        {
            var path = new List<string>();
            Expression? e = member;
            while (e is MemberExpression m)
            {
                path.Insert(0, m.Member.Name);
                e = m.Expression;
            }

            return e != fact ? null : ((fact.Type == typeof(Visit) ? "Visit." : string.Empty) + string.Join(".", path)) switch
            {
                "Scope" => (place, _) => (int)place,
                "IsLocal" => (place, _) => place == VisitScope.Local ? 1 : 0,
                "Visit.IsChronic" => (_, setting) => setting == CareSetting.ChronicOutpatient ? 1 : 0,
                "Visit.Encounter.Setting" => (_, setting) => (int)setting,
                _ => null,
            };
        }
    }
}
