using System.Linq.Expressions;
using NRules;
using NRules.Diagnostics;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// What NRules reported evaluating while a session ran (<c>LhsExpressionEvaluatedEvent</c>: the definition's
/// expression, its arguments and result); attached only to a why-not evaluation. NRules raises the event only while
/// someone listens, so normal evaluations pay nothing.
/// </summary>
internal sealed class LhsEvidence
{
    /// <summary>Each definition's expression by its positional key, computed once per expression (the rule set keeps them alive).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LambdaExpression, string> Keys = new();

    private readonly Dictionary<Expression, List<(object?[] Arguments, bool Result)>> _reports = new();
    private Dictionary<string, List<Expression>>? _byKey;

    public LhsEvidence(ISession session) => session.Events.LhsExpressionEvaluatedEvent += OnEvaluated;

    /// <summary>
    /// NRules' result for a condition on these arguments (by reference), if it reported one: under the condition's own
    /// expression, or under an equal expression of another rule sharing the node.
    /// </summary>
    public bool? Find(ConditionPart condition, object?[] arguments)
    {
        if (_reports.TryGetValue(condition.Expression, out var own) && Match(own, arguments) is { } result)
        {
            return result;
        }

        _byKey ??= _reports.Keys.OfType<LambdaExpression>().GroupBy(e => Keys.GetValue(e, ExpressionKey.Positional), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Cast<Expression>().ToList(), StringComparer.Ordinal);
        if (_byKey.TryGetValue(condition.EvidenceKey, out var shared))
        {
            foreach (var expression in shared)
            {
                if (Match(_reports[expression], arguments) is { } sharedResult)
                {
                    return sharedResult;
                }
            }
        }

        return null;
    }

    private static bool? Match(List<(object?[] Arguments, bool Result)> reports, object?[] arguments)
    {
        foreach (var (reported, result) in reports)
        {
            if (reported.Length == arguments.Length && reported.Zip(arguments, ReferenceEquals).All(same => same))
            {
                return result;
            }
        }

        return null;
    }

    private void OnEvaluated(object? sender, LhsExpressionEventArgs e)
    {
        if (e.Exception is not null || e.Result is not bool result)
        {
            return;
        }

        if (!_reports.TryGetValue(e.Expression, out var reports))
        {
            _reports[e.Expression] = reports = new List<(object?[], bool)>();
        }

        reports.Add((e.Arguments.ToArray(), result));
    }
}
