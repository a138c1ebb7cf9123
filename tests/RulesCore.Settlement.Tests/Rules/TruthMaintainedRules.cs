using System.Linq.Expressions;
using System.Reflection;
using NRules;
using NRules.AgendaFilters;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using RulesCore.Settlement.Engine;
using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Rules;

/// <summary>
/// The shipped rules in NRules' reference form, for property tests: every finding is yielded as a linked fact (NRules
/// retracts it with the match that raised it) instead of collected by an action, and no rule has a priority — truth
/// maintenance alone keeps the findings right, whatever the order the rules fire in. Made from the shipped rules'
/// definitions; its decisions are folded as the evaluator folds them.
/// </summary>
internal sealed class TruthMaintainedRules
{
    private static readonly MethodInfo Collect = typeof(FindingSink).GetMethod(nameof(FindingSink.Collect), BindingFlags.Static | BindingFlags.NonPublic)!;
    private static readonly MethodInfo GetLinked = typeof(IContext).GetMethod(nameof(IContext.GetLinked))!;
    private static readonly MethodInfo InsertLinked = typeof(IContext).GetMethod(nameof(IContext.InsertLinked))!;
    private static readonly MethodInfo UpdateLinked = typeof(IContext).GetMethod(nameof(IContext.UpdateLinked))!;

    private static readonly SettlementRuleSet Shipped = SettlementRuleSet.Default;
    private static readonly SettlementEvaluator Evaluator = new();

    private readonly IRuleDefinition[] _definitions;
    private readonly ISessionFactory _factory;

    public TruthMaintainedRules()
    {
        _definitions = Shipped.Definitions.Select(Yielding).ToArray();
        var compiler = new RuleCompiler();
        compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceComparer.Instance;
        _factory = compiler.Compile(_definitions);
    }

    /// <summary>The decision for a case, as the evaluator would fold it from these rules' findings (the trace in its canonical order).</summary>
    public SettlementDecision Evaluate(SettlementCase @case, string language)
    {
        var visit = Evaluator.Assessor.VisitOf(@case, null);
        var session = _factory.CreateSession();
        for (var i = 0; i < _definitions.Length; i++)
        {
            if (!Shipped.InScope(i, @case.Person.InsuredRegion, @case.Hospital.Region, visit.Date))
            {
                session.Agenda.AddFilter(_definitions[i], OutOfScope.Instance);
            }
        }

        var trace = new TraceRecorder(session);
        session.InsertAll(CanonicalFacts.Of(visit, @case));
        session.Fire();
        return new DecisionFolding(Shipped).Fold(visit, session.Query<Raised>().ToList(), trace, language);
    }

    /// <summary>A rule with no priority whose findings are yielded: each action that collects a finding becomes a linked insert of it.</summary>
    private static IRuleDefinition Yielding(IRuleDefinition rule)
    {
        var raises = 0;
        var actions = rule.RightHandSide.Actions.Select(action =>
            action.Expression.Body is MethodCallExpression call && call.Method == Collect
                ? Element.Action(Linked(action.Expression, call.Arguments[1], "raised" + ++raises), action.ActionTrigger)
                : action).ToArray();
        return Element.RuleDefinition(rule.Name, rule.Description, 0, rule.Repeatability, rule.Tags, rule.Properties,
            rule.DependencyGroup, rule.LeftHandSide, rule.FilterGroup, Element.ActionGroup(actions));
    }

    /// <summary>What NRules' <c>Yield</c> does: insert the finding linked to the match, or update it when the match changes.</summary>
    private static LambdaExpression Linked(LambdaExpression action, Expression finding, string key)
    {
        var context = action.Parameters[0];
        var linked = Expression.Variable(typeof(Raised));
        var name = Expression.Constant(key, typeof(object));
        return Expression.Lambda(
            Expression.Block(
                new[] { linked },
                Expression.Assign(linked, Expression.Convert(Expression.Call(context, GetLinked, name), typeof(Raised))),
                Expression.IfThenElse(
                    Expression.ReferenceEqual(linked, Expression.Constant(null, typeof(Raised))),
                    Expression.Call(context, InsertLinked, name, finding),
                    Expression.Call(context, UpdateLinked, name, finding))),
            action.Parameters);
    }

    private sealed class OutOfScope : IAgendaFilter
    {
        public static readonly OutOfScope Instance = new();

        public bool Accept(AgendaContext context, Activation activation) => false;
    }
}
