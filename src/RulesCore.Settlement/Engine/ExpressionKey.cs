using System.Linq.Expressions;
using NRules.RuleModel;

using RulesCore.Settlement.Rules;

namespace RulesCore.Settlement.Engine;

/// <summary>Keys that say two expressions are the same condition.</summary>
internal static class ExpressionKey
{
    /// <summary>The condition NRules built: its pattern's own parameter as <c>#0</c>, the others by their declarations' names.</summary>
    public static string OfDefinition(LambdaExpression expression) =>
        new Renamer(expression.Parameters.Take(1).ToDictionary(p => p, p => "#0"), null).Key(expression);

    /// <summary>A condition as the rule wrote it: its parameter as <c>#0</c>, closure variables that name patterns as those names.</summary>
    public static string OfDeclared(LambdaExpression expression, ISet<string> declarations) =>
        new Renamer(expression.Parameters.Take(1).ToDictionary(p => p, p => "#0"), declarations).Key(expression);

    /// <summary>Every parameter by its position: equal for the same condition in two rules whatever their names.</summary>
    public static string Positional(LambdaExpression expression) =>
        new Renamer(expression.Parameters.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => "#" + x.i), null).Key(expression);

    private sealed class Renamer : ExpressionVisitor
    {
        private readonly Dictionary<ParameterExpression, string> _names;
        private readonly ISet<string>? _closures;
        private readonly Dictionary<string, ParameterExpression> _made = new(StringComparer.Ordinal);

        public Renamer(Dictionary<ParameterExpression, string> names, ISet<string>? closures)
        {
            _names = names;
            _closures = closures;
        }

        /// <summary>The renamed body, after the types of the renamed parameters (the pattern's alone for words, every one for evidence).</summary>
        public string Key(LambdaExpression expression) =>
            string.Join(",", expression.Parameters.Where(_names.ContainsKey).Select(p => p.Type.FullName)) + "|" + Visit(expression.Body)!.ToString();

        protected override Expression VisitParameter(ParameterExpression node) =>
            _names.TryGetValue(node, out var name) ? Named(node.Type, name) : node;

        protected override Expression VisitMember(MemberExpression node) =>
            _closures is not null && node.Expression is ConstantExpression && _closures.Contains(node.Member.Name)
                ? Named(node.Type, node.Member.Name)
                : base.VisitMember(node);

        private ParameterExpression Named(Type type, string name)
        {
            var key = type.FullName + " " + name;
            if (!_made.TryGetValue(key, out var parameter))
            {
                _made[key] = parameter = System.Linq.Expressions.Expression.Parameter(type, name);
            }

            return parameter;
        }
    }
}
