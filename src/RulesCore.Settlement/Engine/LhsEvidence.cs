using System.Linq.Expressions;
using NRules;
using NRules.Diagnostics;

using RulesCore.Settlement.Rules;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// What NRules reported evaluating while a session ran (<c>LhsExpressionEvaluatedEvent</c>: the definition's
/// expression, its arguments and result); attached only to a why-not evaluation. NRules raises the event only while
/// someone listens, so normal evaluations pay nothing.
/// </summary>
internal sealed class LhsEvidence
{
    /// <summary>Each definition's expression by its positional key, computed once per expression (the rule set keeps them alive).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LambdaExpression, string> Keys = new();

    private readonly Dictionary<Expression, Dictionary<Arguments, bool>> _reports = new();
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

    /// <summary>NRules' result on these very arguments (by reference), found by hash: a walk over many facts asks often.</summary>
    private static bool? Match(Dictionary<Arguments, bool> reports, object?[] arguments) =>
        reports.TryGetValue(new Arguments(arguments), out var result) ? result : null;

    private void OnEvaluated(object? sender, LhsExpressionEventArgs e)
    {
        if (e.Exception is not null || e.Result is not bool result)
        {
            return;
        }

        if (!_reports.TryGetValue(e.Expression, out var reports))
        {
            _reports[e.Expression] = reports = new Dictionary<Arguments, bool>();
        }

        var arguments = new Arguments(e.Arguments.ToArray());
        if (!reports.ContainsKey(arguments))
        {
            reports[arguments] = result; // the first report, as a walk through a list found it
        }
    }

    /// <summary>A condition's arguments, equal when they are the same objects in the same order.</summary>
    private readonly struct Arguments(object?[] values) : IEquatable<Arguments>
    {
        private readonly object?[] _values = values;

        public bool Equals(Arguments other)
        {
            if (_values.Length != other._values.Length)
            {
                return false;
            }

            for (var i = 0; i < _values.Length; i++)
            {
                if (!ReferenceEquals(_values[i], other._values[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is Arguments other && Equals(other);

        public override int GetHashCode()
        {
            var hash = _values.Length;
            foreach (var value in _values)
            {
                hash = (hash * 31) + (value is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value));
            }

            return hash;
        }
    }
}
