using System.Runtime.CompilerServices;
using NRules;
using NRules.Diagnostics;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// Turns what NRules throws when a rule's code fails into a <see cref="RuleFailedException"/> naming the rule. An
/// action's exception names its rule; a condition's does not, so every compiled factory reports failed conditions here
/// (NRules raises that event only on a failure: a decision pays nothing) and the rules of the failing node are looked up
/// by the exception the condition threw.
/// </summary>
internal static class RuleFailures
{
    private static readonly ConditionalWeakTable<Exception, string[]> ConditionRules = new();

    /// <summary>How many more firings are watched, once the bound is reached, to name the rule that keeps firing.</summary>
    private const int WatchedFirings = 32;

    /// <summary>Has the factory report each failed condition with the rules sharing its node.</summary>
    public static ISessionFactory Watched(ISessionFactory factory)
    {
        factory.Events.LhsExpressionFailedEvent += OnConditionFailed;
        return factory;
    }

    /// <summary>Has a session treat a failing condition as false and go on after a failing action (a why-not still answers).</summary>
    public static void Tolerate(ISession session)
    {
        session.Events.LhsExpressionFailedEvent += static (_, e) => e.IsHandled = true;
        session.Events.RhsExpressionFailedEvent += static (_, e) => e.IsHandled = true;
    }

    private static void OnConditionFailed(object? sender, LhsExpressionErrorEventArgs e)
    {
        if (e.Exception is { } thrown)
        {
            ConditionRules.Remove(thrown);
            ConditionRules.Add(thrown, e.Rules.Select(r => r.Name).ToArray());
        }
    }

    /// <summary>The failure of the rule behind what NRules threw.</summary>
    /// <param name="e">What NRules threw.</param>
    /// <param name="assemblyOf">The assembly of a rule, by id.</param>
    public static RuleFailedException Of(RuleExecutionException e, Func<string, string> assemblyOf)
    {
        switch (e)
        {
            case RuleRhsExpressionEvaluationException { InnerException: RuleFailedException failed }:
                return failed;
            case RuleRhsExpressionEvaluationException { InnerException: RuleExecutionException nested }:
                return Of(nested, assemblyOf);
            case RuleRhsExpressionEvaluationException action:
                return new RuleFailedException(action.RuleName, assemblyOf(action.RuleName), RuleFailureStage.Action, action.InnerException);
            default:
                var rules = e.InnerException is { } thrown && ConditionRules.TryGetValue(thrown, out var named) ? named : Array.Empty<string>();
                // A node shared by several rules fails for all of them: an integrator's rule is the likelier culprit.
                var rule = rules.OrderBy(r => assemblyOf(r) == "RulesCore.Settlement" ? 1 : 0).ThenBy(r => r, StringComparer.Ordinal).FirstOrDefault() ?? "(unknown)";
                return new RuleFailedException(rule, rules.Length == 0 ? "(unknown)" : assemblyOf(rule), RuleFailureStage.Condition, e.InnerException ?? e);
        }
    }

    /// <summary>
    /// The failure of a session that reached its firing bound with activations left: a few more firings are watched and
    /// the rule that fired most among them is named. <see langword="null"/> when nothing is left to fire.
    /// </summary>
    public static RuleFailedException? Looping(ISession session, Func<string, string> assemblyOf)
    {
        if (session.Agenda.IsEmpty)
        {
            return null;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(object? sender, AgendaEventArgs e) => counts[e.Rule.Name] = counts.TryGetValue(e.Rule.Name, out var n) ? n + 1 : 1;
        session.Events.RuleFiredEvent += Count;
        try
        {
            session.Fire(WatchedFirings);
        }
        catch (RuleExecutionException e)
        {
            return Of(e, assemblyOf);
        }
        finally
        {
            session.Events.RuleFiredEvent -= Count;
        }

        var rule = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).FirstOrDefault();
        return rule is null ? null : new RuleFailedException(rule, assemblyOf(rule), RuleFailureStage.Looping, null);
    }
}
