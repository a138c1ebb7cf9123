using System.Linq.Expressions;
using NRules.RuleModel;
using RulesCore.Settlement.Policies;

using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// Which policy parameters a rule reads — the parameters its conditions and actions name — and whether each has a value
/// wherever and whenever the rule applies: checked when the evaluator is built, so that no patient meets a parameter that
/// nobody declared or that has no value where the rule reads it.
/// </summary>
internal static class ParameterReads
{
    /// <summary>The problems of the integrators' rules of a rule set with the parameters of a catalog, one sentence each.</summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="catalog">The policy in use.</param>
    /// <param name="withoutDefault">The declared parameters that have no default.</param>
    public static List<string> Check(SettlementRuleSet rules, PolicyCatalog catalog, IReadOnlyCollection<PolicyParameter> withoutDefault)
    {
        var problems = new List<string>();
        for (var i = 0; i < rules.Rules.Count; i++)
        {
            if (rules.Rules[i].GetType().Assembly == typeof(ParameterReads).Assembly)
            {
                continue; // the shipped rules read shipped parameters, which the national pack sets for every day
            }

            var name = rules.Definitions[i].Name;
            foreach (var parameter in Of(rules.Definitions[i]))
            {
                if (!catalog.Parameters.Contains(parameter))
                {
                    problems.Add($"rule '{name}' reads policy parameter '{parameter.Name}', which is not declared: hold it in a static field of a rule class added with AddRules, or declare it with SettlementOptions.AddParameter");
                }
                else if (withoutDefault.Contains(parameter) && Unset(parameter, rules.ScopeAt(i), catalog) is { } where)
                {
                    problems.Add($"rule '{name}' reads policy parameter '{parameter.Name}', which has no default and no value {where}: give it a default with SettlementOptions.AddParameter, or add a policy pack (rulescore: --policy-pack) that sets it wherever and whenever the rule applies");
                }
            }
        }

        return problems;
    }

    /// <summary>The parameters a rule's conditions and actions name, each once.</summary>
    public static IReadOnlyList<PolicyParameter> Of(IRuleDefinition rule)
    {
        var finder = new Finder();
        ExpressionsOf.Visitor.Visit(finder, rule.LeftHandSide);
        ExpressionsOf.Visitor.Visit(finder, rule.FilterGroup);
        ExpressionsOf.Visitor.Visit(finder, rule.RightHandSide);
        return finder.Found;
    }

    /// <summary>
    /// Where (and from when) a parameter without a default has no value within a rule's scope; <see langword="null"/>
    /// when it always has one. An insured-region parameter is read for the rule's insured regions, a treatment-region one
    /// for its treatment regions; a parameter of any region may be read for either, so the rule must limit both.
    /// </summary>
    private static string? Unset(PolicyParameter parameter, RuleScope? scope, PolicyCatalog catalog)
    {
        var roles = parameter.Scope switch
        {
            PolicyScope.InsuredRegion => new[] { RegionRole.Insured },
            PolicyScope.TreatmentRegion => new[] { RegionRole.Treatment },
            _ => new[] { RegionRole.Insured, RegionRole.Treatment },
        };
        var regions = new List<RegionCode>();
        foreach (var role in roles)
        {
            var limited = scope?.Regions.Where(r => r.Role == role).Select(r => r.Region).ToArray() ?? Array.Empty<RegionCode>();
            if (limited.Length == 0)
            {
                return $"in every {(role == RegionRole.Insured ? "insured" : "treatment")} region (the rule is not limited to regions whose packs set it: [AppliesIn])";
            }

            regions.AddRange(limited);
        }

        var from = scope!.From ?? CaseLimits.MinDate;
        var until = scope.Until ?? CaseLimits.MaxDate;
        var days = new[] { from }.Concat(catalog.ChangesOf(parameter).Where(d => d > from && d <= until));
        foreach (var region in regions)
        {
            foreach (var day in days)
            {
                if (!catalog.Resolve(region, day).Has(parameter))
                {
                    return $"for {region} from {day:yyyy-MM-dd} (a pack for that region or a wider one, or a default)";
                }
            }
        }

        return null;
    }

    /// <summary>Every expression of a rule's conditions, bindings and actions.</summary>
    private sealed class ExpressionsOf : RuleElementVisitor<Finder>
    {
        public static readonly ExpressionsOf Visitor = new();

        protected override NamedExpressionElement VisitNamedExpression(Finder context, NamedExpressionElement element)
        {
            context.Visit(element.Expression);
            return base.VisitNamedExpression(context, element);
        }

        protected override ActionElement VisitAction(Finder context, ActionElement element)
        {
            context.Visit(element.Expression);
            return base.VisitAction(context, element);
        }

        protected override RuleElement VisitBinding(Finder context, BindingElement element)
        {
            context.Visit(element.Expression);
            return base.VisitBinding(context, element);
        }

        protected override FilterElement VisitFilter(Finder context, FilterElement element)
        {
            context.Visit(element.Expression);
            return base.VisitFilter(context, element);
        }
    }

    /// <summary>Collects the parameters an expression names: a static member, a captured variable or a constant.</summary>
    private sealed class Finder : ExpressionVisitor
    {
        public List<PolicyParameter> Found { get; } = new();

        protected override Expression VisitMember(MemberExpression node)
        {
            if (typeof(PolicyParameter).IsAssignableFrom(node.Type) && ValueOf(node) is PolicyParameter parameter && !Found.Contains(parameter))
            {
                Found.Add(parameter);
                return node;
            }

            return base.VisitMember(node);
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (node.Value is PolicyParameter parameter && !Found.Contains(parameter))
            {
                Found.Add(parameter);
            }

            return node;
        }

        /// <summary>The value of a member read from a static member or a captured variable (no fact involved); otherwise <see langword="null"/>.</summary>
        private static object? ValueOf(MemberExpression node)
        {
            object? target = null;
            if (node.Expression is ConstantExpression constant)
            {
                target = constant.Value;
            }
            else if (node.Expression is MemberExpression inner)
            {
                target = ValueOf(inner);
                if (target is null)
                {
                    return null;
                }
            }
            else if (node.Expression is not null)
            {
                return null;
            }

            return node.Member switch
            {
                System.Reflection.FieldInfo field => field.GetValue(target),
                System.Reflection.PropertyInfo property when property.GetIndexParameters().Length == 0 => property.GetValue(target),
                _ => null,
            };
        }
    }
}
