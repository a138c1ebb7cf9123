using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using NRules;
using NRules.Fluent;
using NRules.RuleModel;
using NRules.RuleModel.Builders;
using RulesCore.Settlement;
using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Benchmarks.Naive;

/// <summary>
/// NRules used the way an NRules user writes it first (benchmarks/README.md, "The naive contestant"): RulesCore's shipped
/// rule classes loaded by NRules from the library's assembly into one rule set — every rule in every session — whose
/// rules yield their findings as facts (NRules' linked facts, truth-maintained, no priorities); a fresh session per
/// decision, the case's facts inserted one at a time as they come (unsorted), a <c>RuleFiredEvent</c> handler always
/// attached, the findings read from the session with <c>Query</c>. The same validation before and the same folding after
/// as RulesCore's evaluator (its public <see cref="SettlementEvaluator.Validate"/> and
/// <see cref="SettlementEvaluator.Decide"/>), so the benchmark compares the ways of running the rules. Public API only.
/// </summary>
public sealed class NaiveNRulesSettlement
{
    private static readonly MethodInfo GetLinked = typeof(IContext).GetMethod(nameof(IContext.GetLinked))!;
    private static readonly MethodInfo InsertLinked = typeof(IContext).GetMethod(nameof(IContext.InsertLinked))!;
    private static readonly MethodInfo UpdateLinked = typeof(IContext).GetMethod(nameof(IContext.UpdateLinked))!;

    private readonly SettlementEvaluator _evaluator = new();
    private readonly ISessionFactory _factory;

    public NaiveNRulesSettlement()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(SettlementEvaluator).Assembly).PrivateTypes());
        var compiler = new RuleCompiler();

        // The case's facts are records: two equal items are two facts, as in RulesCore's sessions.
        compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance;
        _factory = compiler.Compile(repository.GetRules().Select(YieldingFindings));
    }

    public SettlementDecision Decide(SettlementCase c, EvaluationOptions options)
    {
        if (_evaluator.Validate(c).Count > 0)
        {
            return _evaluator.Decide(c, Array.Empty<Raised>(), options); // throws InvalidCaseException with every problem
        }

        var visit = new Visit(c, options.AsOf ?? c.AsOf ?? c.Encounter.Date, _evaluator.Policies);
        var session = _factory.CreateSession();
        var fired = new List<TraceEntry>();
        session.Events.RuleFiredEvent += (_, e) => fired.Add(new TraceEntry(e.Rule.Name, e.Match.Facts.SelectMany(f => References(f.Value)).ToArray()));
        session.Insert(visit);
        session.Insert(c.Person);
        session.Insert(c.Hospital);
        foreach (var filing in c.Filings)
        {
            session.Insert(filing);
        }

        foreach (var qualification in c.Qualifications)
        {
            session.Insert(qualification);
        }

        foreach (var item in c.Encounter.Items)
        {
            session.Insert(item);
        }

        session.Fire();
        var decision = _evaluator.Decide(c, session.Query<Raised>(), options);
        return options.IncludeTrace ? decision with { Trace = fired } : decision;
    }

    /// <summary>
    /// A shipped rule as the naive user has it: no priority, and each action that hands a finding over (the one call
    /// of a <c>Raise</c>, which takes the <see cref="Raised"/>) yields the finding as a linked fact instead.
    /// </summary>
    private static IRuleDefinition YieldingFindings(IRuleDefinition rule)
    {
        var raises = 0;
        var actions = rule.RightHandSide.Actions.Select(action =>
            action.Expression.Body is MethodCallExpression call && call.Arguments.SingleOrDefault(a => a.Type == typeof(Raised)) is { } finding
                ? Element.Action(Yield(action.Expression, finding, "finding" + ++raises), action.ActionTrigger)
                : action).ToArray();
        return Element.RuleDefinition(rule.Name, rule.Description, 0, rule.Repeatability, rule.Tags, rule.Properties,
            rule.DependencyGroup, rule.LeftHandSide, rule.FilterGroup, Element.ActionGroup(actions));
    }

    /// <summary>What NRules' <c>Yield</c> builds: the fact inserted linked to the match, updated when the match changes.</summary>
    private static LambdaExpression Yield(LambdaExpression action, Expression fact, string key)
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
                    Expression.Call(context, InsertLinked, name, fact),
                    Expression.Call(context, UpdateLinked, name, fact))),
            action.Parameters);
    }

    /// <summary>A matched fact by its reference where the public model names it; a derived fact by its kind; a matched collection by its members.</summary>
    private static IEnumerable<string> References(object? fact) => fact switch
    {
        Filing f => new[] { "filing:" + f.Id },
        Qualification q => new[] { "qualification:" + q.Condition },
        EncounterItem i => new[] { "item:" + i.Code },
        Hospital => new[] { "hospital" },
        InsuranceAccount => new[] { "person" },
        Visit or TreatmentScope => new[] { "encounter" },
        IEnumerable members and not string => members.Cast<object>().SelectMany(References),
        _ => new[] { "fact:" + fact?.GetType().Name },
    };
}
