using System.Runtime.CompilerServices;
using NRules;
using NRules.Diagnostics;

using RulesCore.Settlement.Rules;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// Turns what NRules throws when a rule's code fails into a <see cref="RuleFailedException"/> naming the rule. An
/// action's or agenda filter's exception names its rule; a condition's does not, so every compiled factory reports
/// failed conditions here (NRules raises that event only on a failure: a decision pays nothing), recorded per session —
/// a session runs on one thread, so parallel evaluations never see each other's failures — with the rules of the failing
/// node and the exception the condition threw.
/// </summary>
internal static class RuleFailures
{
    private static readonly ConditionalWeakTable<object, ConditionFailure> ConditionFailures = new();

    /// <summary>How many more firings are watched, once the bound is reached, to name the rule that keeps firing.</summary>
    private const int WatchedFirings = 32;

    /// <summary>Has the factory report each failed condition with the rules sharing its node.</summary>
    public static ISessionFactory Watched(ISessionFactory factory)
    {
        factory.Events.LhsExpressionFailedEvent += OnConditionFailed;
        return factory;
    }

    /// <summary>
    /// Has a session treat a condition or an agenda filter that throws as not holding, so that a why-not still answers
    /// (the explanation says the condition was not evaluated). An action that throws still fails the session.
    /// </summary>
    public static void Tolerate(ISession session)
    {
        session.Events.LhsExpressionFailedEvent += static (_, e) => e.IsHandled = true;
        session.Events.AgendaExpressionFailedEvent += static (_, e) => e.IsHandled = true;
    }

    private static void OnConditionFailed(object? sender, LhsExpressionErrorEventArgs e)
    {
        if (sender is not null && e.Exception is { } thrown)
        {
            // One session, one thread: no other evaluation writes this entry.
            ConditionFailures.Remove(sender);
            ConditionFailures.Add(sender, new ConditionFailure(thrown, e.Rules.Select(r => r.Name).ToArray()));
        }
    }

    /// <summary>The failure of the rule behind what NRules threw in a session.</summary>
    /// <param name="e">What NRules threw.</param>
    /// <param name="session">The session it threw in.</param>
    /// <param name="assemblyOf">The assembly of a rule, by id.</param>
    public static RuleFailedException Of(RuleExecutionException e, ISession session, Func<string, string> assemblyOf)
    {
        switch (e)
        {
            case RuleRhsExpressionEvaluationException { InnerException: RuleFailedException failed }:
                return failed;
            case RuleRhsExpressionEvaluationException { InnerException: RuleExecutionException nested }:
                return Of(nested, session, assemblyOf);
            case RuleRhsExpressionEvaluationException action:
                return new RuleFailedException(action.RuleName, assemblyOf(action.RuleName), RuleFailureStage.Action, action.InnerException);
            case AgendaExpressionEvaluationException filter:
                return new RuleFailedException(filter.RuleName, assemblyOf(filter.RuleName), RuleFailureStage.Condition, filter.InnerException);
            default:
                var rules = e.InnerException is { } thrown && ConditionFailures.TryGetValue(session, out var failure) && ReferenceEquals(failure.Thrown, thrown)
                    ? failure.Rules : Array.Empty<string>();
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
            return Of(e, session, assemblyOf);
        }
        finally
        {
            session.Events.RuleFiredEvent -= Count;
        }

        var rule = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key).FirstOrDefault();
        return rule is null ? null : new RuleFailedException(rule, assemblyOf(rule), RuleFailureStage.Looping, null);
    }
}
