using System.Linq.Expressions;
using NRules.RuleModel;

using RulesCore.Settlement.Rules;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// A rule's left-hand side as why-not explanations walk it: its patterns in order (a <c>Match</c>, a <c>Not</c>, an
/// <c>Exists</c>, or a collection), each with its conditions as NRules compiled them from the definition, and the
/// words the rule declared with each condition (<see cref="SettlementRule.Checks"/>). Built on first use, per rule.
/// </summary>
internal sealed class RuleAnatomy
{
    private RuleAnatomy(IReadOnlyList<PatternStep> steps, string? unsupported)
    {
        Steps = steps;
        Unsupported = unsupported;
    }

    /// <summary>Gets the patterns, in the rule's order.</summary>
    public IReadOnlyList<PatternStep> Steps { get; }

    /// <summary>Gets the kind of element the explanation cannot walk (e.g. <c>Or</c>), if the rule has one.</summary>
    public string? Unsupported { get; }

    /// <summary>Every condition of the rule, in order (a collection's member conditions before its own).</summary>
    public IEnumerable<ConditionPart> Conditions => Steps.SelectMany(s => s.MemberConditions.Concat(s.Conditions));

    public static RuleAnatomy Of(SettlementRule rule, IRuleDefinition definition)
    {
        var steps = new List<PatternStep>();
        string? unsupported = null;
        var declarations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in definition.LeftHandSide.ChildElements)
        {
            var (kind, pattern) = element switch
            {
                PatternElement p => (p.Source is AggregateElement ? StepKind.Collect : StepKind.Match, p),
                NotElement { Source: PatternElement p } => (StepKind.Not, p),
                ExistsElement { Source: PatternElement p } => (StepKind.Exists, p),
                _ => (StepKind.Match, (PatternElement?)null),
            };

            if (pattern is null)
            {
                unsupported ??= element.ElementType.ToString();
                continue;
            }

            declarations.Add(pattern.Declaration.Name);
            var members = pattern.Source is AggregateElement { Name: AggregateElement.CollectName, Source: { } source } ? source : null;
            if (pattern.Source is not null && members is null)
            {
                unsupported ??= ((AggregateElement)pattern.Source).Name;
                continue;
            }

            if (members is not null)
            {
                declarations.Add(members.Declaration.Name);
            }

            steps.Add(new PatternStep(kind, pattern.ValueType, pattern.Declaration.Name, Parts(pattern),
                members?.ValueType, members?.Declaration.Name, members is null ? Array.Empty<ConditionPart>() : Parts(members)));
        }

        // The words a rule declared go to the condition NRules built from it: the same expression once the closure
        // variables that name the rule's patterns are read as the patterns' declarations, as NRules' rewriter does.
        var parts = steps.SelectMany(s => s.MemberConditions.Concat(s.Conditions)).ToList();
        foreach (var (condition, text) in rule.Checks)
        {
            var key = ExpressionKey.OfDeclared(condition, declarations);
            var part = parts.FirstOrDefault(p => p.Words is null && p.TextKey == key);
            if (part is not null)
            {
                part.Words = text;
            }
        }

        return new RuleAnatomy(steps, unsupported);
    }

    private static ConditionPart[] Parts(PatternElement pattern) =>
        pattern.Expressions.Where(e => e.Name == PatternElement.ConditionName).Select(e => new ConditionPart(e.Expression)).ToArray();
}

/// <summary>What kind of pattern a step is.</summary>
internal enum StepKind
{
    Match,
    Not,
    Exists,
    Collect,
}

/// <summary>One pattern of a rule.</summary>
internal sealed record PatternStep(
    StepKind Kind,
    Type FactType,
    string Declaration,
    IReadOnlyList<ConditionPart> Conditions,
    Type? MemberType,
    string? MemberDeclaration,
    IReadOnlyList<ConditionPart> MemberConditions);

/// <summary>One condition of a pattern: the definition's expression, its compiled form (made on first use) and its words.</summary>
internal sealed class ConditionPart
{
    private Delegate? _compiled;

    public ConditionPart(LambdaExpression expression)
    {
        Expression = expression;
        TextKey = ExpressionKey.OfDefinition(expression);
        EvidenceKey = ExpressionKey.Positional(expression);
    }

    public LambdaExpression Expression { get; }

    /// <summary>Gets the key that finds the words the rule declared for it.</summary>
    public string TextKey { get; }

    /// <summary>Gets the key under which NRules' reports of an equal expression (a shared node) are found.</summary>
    public string EvidenceKey { get; }

    /// <summary>Gets the words the rule declared for the condition, chosen by the pattern's fact; <see langword="null"/> when it declared none.</summary>
    public Func<object, LocalizedText>? Words { get; set; }

    /// <summary>Gets the condition as written, its parameters named after the rule's patterns.</summary>
    public string Display => Expression.ToString();

    /// <summary>Evaluates the condition on arguments in the order of its parameters.</summary>
    public bool Evaluate(object?[] arguments)
    {
        var compiled = _compiled ??= Expression.Compile();
        try
        {
            return (bool)compiled.DynamicInvoke(arguments)!;
        }
        catch (System.Reflection.TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new ConditionFailedException(e.InnerException.GetType().Name);
        }
    }
}

/// <summary>A condition threw on the facts it was given (its exception's type only: a message could hold fact values).</summary>
internal sealed class ConditionFailedException : Exception
{
    public ConditionFailedException(string exceptionType)
        : base("The condition threw " + exceptionType + ".")
    {
        ExceptionType = exceptionType;
    }

    public string ExceptionType { get; }
}

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
