using RulesCore.Settlement.Policies;
using NRules;
using NRules.Fluent;
using NRules.RuleModel;

using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// The settlement rules as one compiled NRules rule set: the rule classes, their definitions, the finding catalogue
/// assembled from what the rules declare, and the session factory (immutable and thread-safe, shared by every
/// evaluation). Building it checks what NRules does not: unique rule names and finding codes, known remedies, and
/// that every rule ranks below the producers of each derived fact it reads.
/// </summary>
internal sealed class SettlementRuleSet
{
    private static readonly Lazy<SettlementRuleSet> DefaultSet = new(() => Build(ShippedRuleTypes()));

    private readonly Dictionary<string, SettlementRule> _rulesByName;
    private readonly IReadOnlyList<RuleScope?> _scopes;

    private SettlementRuleSet(IReadOnlyList<SettlementRule> rules, IReadOnlyList<IRuleDefinition> definitions, IReadOnlyList<RuleScope?> scopes, bool situational)
    {
        _scopes = scopes;
        Scoped = Enumerable.Range(0, rules.Count).Where(i => scopes[i] is not null).Select(i => (definitions[i], scopes[i]!)).ToArray();
        Rules = rules;
        Definitions = definitions;
        _rulesByName = new Dictionary<string, SettlementRule>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            _rulesByName[definitions[i].Name] = rules[i];
        }

        Findings = new System.Collections.ObjectModel.ReadOnlyDictionary<string, FindingDefinition>(rules.SelectMany(r => r.Findings).ToDictionary(f => f.Code, StringComparer.Ordinal));
        Infos = rules.Select((r, i) => new RuleInfo(definitions[i].Name, r.Cause, r.Description, r.Basis, definitions[i].Priority,
                r.Findings.Concat(FindingsNamed.In(definitions[i], FindingsOf)).Select(f => f.Code).Distinct().ToArray(), r.GetType().Assembly.GetName().Name ?? string.Empty,
                r.GetType().GetCustomAttributes(typeof(AppliesInAttribute), false).Cast<AppliesInAttribute>().ToArray(), scopes[i]?.From, scopes[i]?.Until) { Scope = scopes[i] })
            .OrderByDescending(r => r.Priority).ThenBy(r => r.Id, StringComparer.Ordinal).ToArray();
        _raisedBy = new HashSet<(string Rule, string Code)>(Infos.SelectMany(r => r.Findings.Select(code => (r.Id, code))));
        Fingerprint = FingerprintOf(rules, definitions, scopes);
        _full = new Lazy<ISessionFactory>(() => Compile(definitions));
        var firesIn = rules.Select(r => ((FiresInAttribute?)r.GetType().GetCustomAttributes(typeof(FiresInAttribute), false).FirstOrDefault())?.Situations ?? Situation.Any).ToArray();
        _situations = new Lazy<ISessionFactory>[9];
        _chosen = new IRuleDefinition[9][];
        for (var key = 0; key < _situations.Length; key++)
        {
            var situation = SituationOf(key);
            var chosen = situational
                ? Enumerable.Range(0, definitions.Count).Where(i => (firesIn[i] & situation & Situation.AnyPlace) != 0 && (firesIn[i] & situation & Situation.AnySetting) != 0).Select(i => definitions[i]).ToArray()
                : definitions.ToArray();
            _chosen[key] = chosen;
            _situations[key] = situational ? new Lazy<ISessionFactory>(() => Compile(chosen)) : _full;
        }
    }

    private readonly Lazy<ISessionFactory> _full;
    private readonly Lazy<ISessionFactory>[] _situations;
    private readonly IRuleDefinition[][] _chosen;

    private static ISessionFactory Compile(IEnumerable<IRuleDefinition> definitions)
    {
        var compiler = new RuleCompiler();
        compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceComparer.Instance;
        var chosen = definitions.ToArray();
        try
        {
            return RuleFailures.Watched(compiler.Compile(chosen));
        }
        catch (RuleCompilationException e)
        {
            var type = chosen.FirstOrDefault(d => d.Name == e.RuleName) is { } rule && rule.Properties.TryGetProperty("Fluent::ClrType", out var clr) ? clr.Value as Type : null;
            throw new RuleFailedException(e.RuleName, type?.Assembly.GetName().Name ?? "(unknown)", RuleFailureStage.Definition, e.InnerException ?? e);
        }
    }

    /// <summary>The situation of a key: a place (local, intra-province, cross-province) and a setting (other, emergency, chronic).</summary>
    private static Situation SituationOf(int key) =>
        ((key % 3) switch { 0 => Situation.Local, 1 => Situation.IntraProvince, _ => Situation.CrossProvince })
        | ((key / 3) switch { 0 => Situation.OtherSetting, 1 => Situation.Emergency, _ => Situation.Chronic });

    /// <summary>
    /// The compiled rules that can fire in a visit's situation (compiled on first use; each situation once per rule
    /// set): the same decision as the full set, with fewer rules in the session.
    /// </summary>
    public ISessionFactory FactoryFor(VisitScope place, CareSetting setting) => _situations[KeyOf(place, setting)].Value;

    /// <summary>The ids of the rules in a visit's situation's rule set.</summary>
    public IEnumerable<string> RulesIn(VisitScope place, CareSetting setting) => _chosen[KeyOf(place, setting)].Select(r => r.Name);

    private static int KeyOf(VisitScope place, CareSetting setting) =>
        (place switch { VisitScope.Local => 0, VisitScope.IntraProvince => 1, _ => 2 })
        + (setting switch { CareSetting.Emergency => 3, CareSetting.ChronicOutpatient => 6, _ => 0 });

    /// <summary>Gets the shipped rules, findings collected through actions; built once per process.</summary>
    public static SettlementRuleSet Default => DefaultSet.Value;

    /// <summary>Gets the rule classes, in the order of <see cref="Definitions"/>.</summary>
    public IReadOnlyList<SettlementRule> Rules { get; }

    /// <summary>Gets the NRules definitions of <see cref="Rules"/>.</summary>
    public IReadOnlyList<IRuleDefinition> Definitions { get; }

    /// <summary>Gets every finding the rules can raise, by code.</summary>
    public IReadOnlyDictionary<string, FindingDefinition> Findings { get; }

    private readonly HashSet<(string Rule, string Code)> _raisedBy;

    /// <summary>
    /// Whether a rule of this set raises a finding: the definition is the one the rules declare for its code, and the rule
    /// declares it or its actions raise it (as <see cref="RuleInfo.Findings"/> lists them).
    /// </summary>
    public bool Raises(string rule, FindingDefinition finding) =>
        Findings.TryGetValue(finding.Code, out var declared) && ReferenceEquals(declared, finding) && _raisedBy.Contains((rule, finding.Code));

    /// <summary>Gets what each rule decides, highest priority first, then by id.</summary>
    public IReadOnlyList<RuleInfo> Infos { get; }

    /// <summary>Gets the rules limited to some regions or dates, with their scope.</summary>
    public IReadOnlyList<(IRuleDefinition Rule, RuleScope Scope)> Scoped { get; }

    /// <summary>A rule's scope and dates; <see langword="null"/> when it applies everywhere, always.</summary>
    public RuleScope? ScopeAt(int rule) => _scopes[rule];

    /// <summary>Whether a rule applies to a visit (its regions and dates; a rule without a scope always does).</summary>
    public bool InScope(int rule, RegionCode insured, RegionCode treatment, DateTime date) =>
        _scopes[rule] is not { } scope || scope.Covers(insured, treatment, date);

    /// <summary>Keeps the rules out of scope for this visit from firing: they never reach the agenda.</summary>
    public void Limit(ISession session, RegionCode insured, RegionCode treatment, DateTime date)
    {
        foreach (var (rule, scope) in Scoped)
        {
            if (!scope.Covers(insured, treatment, date))
            {
                session.Agenda.AddFilter(rule, OutOfScope.Instance);
            }
        }
    }

    /// <summary>
    /// Gets a fingerprint of the rules' logic and metadata: each rule's id, priority, the text of its conditions and
    /// actions, its findings (codes, caps, messages, remedies), scope and dates, and the identity of the assembly that
    /// compiled it (which changes with any change to its code). Equal fingerprints, equal rules.
    /// </summary>
    public string Fingerprint { get; }

    private static string FingerprintOf(IReadOnlyList<SettlementRule> rules, IReadOnlyList<IRuleDefinition> definitions, IReadOnlyList<RuleScope?> scopes)
    {
        var text = new System.Text.StringBuilder();
        foreach (var i in Enumerable.Range(0, rules.Count).OrderBy(i => definitions[i].Name, StringComparer.Ordinal))
        {
            var type = rules[i].GetType();
            text.Append(definitions[i].Name).Append('|').Append(definitions[i].Priority).Append('|').Append(type.FullName)
                .Append('|').Append(type.Assembly.ManifestModule.ModuleVersionId).Append('\n');
            ExpressionText.Collect(text, definitions[i]);
            foreach (var f in rules[i].Findings)
            {
                text.Append(f.Code).Append('|').Append(f.Cause).Append('|').Append(f.Severity).Append('|').Append(f.Caps).Append('|')
                    .Append(f.Message.Chinese).Append('|').Append(f.Message.English).Append('|').Append(string.Join(",", f.Remedies)).Append('\n');
            }

            if (scopes[i] is { } scope)
            {
                text.Append(string.Join(",", scope.Regions.Select(r => r.Role + ":" + r.Region))).Append('|').Append(scope.From?.Ticks).Append('|').Append(scope.Until?.Ticks).Append('\n');
            }
        }

        // NRules names anonymous pattern variables from a process-wide counter ($var17$): the number is not logic.
        return Sha256.Hex(System.Text.RegularExpressions.Regex.Replace(text.ToString(), @"\$var[0-9]+\$", "$var$"));
    }

    /// <summary>Gets every rule compiled in one session factory (why-not explanations; compiled on first use).</summary>
    public ISessionFactory Factory => _full.Value;

    /// <summary>The rule class behind a rule name.</summary>
    public SettlementRule RuleNamed(string name) => _rulesByName[name];

    private RuleAnatomy?[]? _anatomies;

    /// <summary>A rule's patterns and conditions with their words, for why-not explanations (built on first use).</summary>
    public RuleAnatomy AnatomyOf(int rule)
    {
        var anatomies = LazyInitializer.EnsureInitialized(ref _anatomies, () => new RuleAnatomy?[Rules.Count])!;
        return anatomies[rule] ??= RuleAnatomy.Of(Rules[rule], Definitions[rule]);
    }

    /// <summary>
    /// The rules a why-not question is about: the rule with that id, or every rule that can raise the finding code —
    /// the rule that declares it and any rule whose actions name its definition. Empty when neither is known.
    /// </summary>
    public IReadOnlyList<int> Asked(string ruleIdOrFindingCode)
    {
        var byName = Enumerable.Range(0, Rules.Count).Where(i => Definitions[i].Name == ruleIdOrFindingCode).ToArray();
        if (byName.Length > 0 || !Findings.TryGetValue(ruleIdOrFindingCode, out var finding))
        {
            return byName;
        }

        return Enumerable.Range(0, Rules.Count)
            .Where(i => Rules[i].Findings.Contains(finding) || FindingsNamed.In(Definitions[i], FindingsOf).Contains(finding))
            .OrderBy(i => Rules[i].Findings.Contains(finding) ? 0 : 1).ThenBy(i => Definitions[i].Name, StringComparer.Ordinal)
            .ToArray();
    }

    private IEnumerable<FindingDefinition> FindingsOf(Type ruleType) =>
        Rules.Where(r => r.GetType() == ruleType).SelectMany(r => r.Findings);

    /// <summary>
    /// The finding definitions a rule's actions name (a finding declared by another rule and raised by this one): a
    /// definition read directly, or the findings of the rule whose builder (a static method of its class) it calls.
    /// </summary>
    private sealed class FindingsNamed : System.Linq.Expressions.ExpressionVisitor
    {
        private readonly List<FindingDefinition> _found = new();
        private readonly Func<Type, IEnumerable<FindingDefinition>> _findingsOf;

        private FindingsNamed(Func<Type, IEnumerable<FindingDefinition>> findingsOf) => _findingsOf = findingsOf;

        public static IReadOnlyList<FindingDefinition> In(IRuleDefinition rule, Func<Type, IEnumerable<FindingDefinition>> findingsOf)
        {
            var visitor = new FindingsNamed(findingsOf);
            foreach (var action in rule.RightHandSide.Actions)
            {
                visitor.Visit(action.Expression);
            }

            return visitor._found;
        }

        protected override System.Linq.Expressions.Expression VisitMember(System.Linq.Expressions.MemberExpression node)
        {
            if (node.Expression is null && node.Member is System.Reflection.FieldInfo { IsStatic: true } field && field.FieldType == typeof(FindingDefinition))
            {
                _found.Add((FindingDefinition)field.GetValue(null)!);
            }

            return base.VisitMember(node);
        }

        protected override System.Linq.Expressions.Expression VisitMethodCall(System.Linq.Expressions.MethodCallExpression node)
        {
            if (node.Method.IsStatic && node.Method.DeclaringType is { } type && typeof(SettlementRule).IsAssignableFrom(type) && node.Method.ReturnType == typeof(Raised))
            {
                _found.AddRange(_findingsOf(type));
            }

            return base.VisitMethodCall(node);
        }
    }

    /// <summary>Every concrete settlement rule class of this library.</summary>
    public static IReadOnlyList<Type> ShippedRuleTypes() =>
        typeof(SettlementRule).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(SettlementRule).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToArray();

    /// <summary>
    /// Some rules together with the shipped rules that derive the facts they read, transitively: the smallest rule set
    /// in which they decide as they do among all the rules (for rule-level tests).
    /// </summary>
    public static IReadOnlyList<Type> WithProducers(IEnumerable<Type> ruleTypes)
    {
        var factory = new RuleDefinitionFactory();
        var chosen = new List<Type>();
        var reads = new List<Type>();
        void Choose(Type type, IRuleDefinition definition)
        {
            if (!chosen.Contains(type))
            {
                chosen.Add(type);
                reads.AddRange(PatternTypes.Of(definition));
            }
        }

        foreach (var type in ruleTypes)
        {
            Choose(type, factory.Create((SettlementRule)Activator.CreateInstance(type)!));
        }

        var shipped = Default;
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 0; i < shipped.Rules.Count; i++)
            {
                var type = shipped.Rules[i].GetType();
                if (!chosen.Contains(type) && shipped.Rules[i].Derives.Any(d => reads.Any(r => r.IsAssignableFrom(d))))
                {
                    Choose(type, shipped.Definitions[i]);
                    changed = true;
                }
            }
        }

        return chosen;
    }

    /// <summary>Builds, checks and compiles a rule set from rule classes.</summary>
    /// <exception cref="RuleSetException">The rules are inconsistent; it lists every problem.</exception>
    public static SettlementRuleSet Build(IEnumerable<Type> ruleTypes, bool situational = true)
    {
        var factory = new RuleDefinitionFactory();
        var rules = new List<SettlementRule>();
        var definitions = new List<IRuleDefinition>();
        foreach (var type in ruleTypes)
        {
            SettlementRule rule;
            try
            {
                rule = (SettlementRule)Activator.CreateInstance(type)!;
                rules.Add(rule);
                definitions.Add(factory.Create(rule));
            }
            catch (Exception e) when (e is System.Reflection.TargetInvocationException or NRules.Fluent.RuleDefinitionException or TypeLoadException or IOException)
            {
                throw DefinitionFailed(type, e is System.Reflection.TargetInvocationException or NRules.Fluent.RuleDefinitionException ? e.InnerException ?? e : e);
            }
        }

        var problems = Check(rules, definitions);
        var scopes = rules.Select((r, i) => RuleScope.Of(r.GetType(), definitions[i].Name, problems)).ToArray();
        if (problems.Count > 0)
        {
            throw new RuleSetException(problems);
        }

        return new SettlementRuleSet(rules, definitions, scopes, situational);
    }

    /// <summary>A rule whose constructor or <c>Define()</c> threw, named by its <c>[Name]</c> (its class when it has none).</summary>
    private static RuleFailedException DefinitionFailed(Type type, Exception inner)
    {
        var name = type.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(NRules.Fluent.Dsl.NameAttribute))?.ConstructorArguments[0].Value as string;
        return new RuleFailedException(name ?? type.FullName ?? type.Name, type.Assembly.GetName().Name ?? string.Empty, RuleFailureStage.Definition, inner);
    }

    /// <summary>The simple name of the assembly a rule of this set comes from.</summary>
    public string AssemblyOf(string rule) => _rulesByName.TryGetValue(rule, out var r) ? r.GetType().Assembly.GetName().Name ?? string.Empty : "(unknown)";

    private static readonly System.Text.RegularExpressions.Regex RuleId = new("^[a-z][a-z0-9]*(\\.[a-z0-9]+(-[a-z0-9]+)*)+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Where a rule comes from: its class and assembly.</summary>
    private static string Where(SettlementRule rule) => $"{rule.GetType().FullName} in {rule.GetType().Assembly.GetName().Name}";

    /// <summary>Whether a finding code has the contract's form: <c>^[A-Z][A-Z0-9_]*$</c>.</summary>
    private static bool IsFindingCode(string? code) =>
        !string.IsNullOrEmpty(code) && code![0] is >= 'A' and <= 'Z' && code.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_');

    private static bool IsBlank(LocalizedText? text) => text is null || string.IsNullOrWhiteSpace(text.Chinese) || string.IsNullOrWhiteSpace(text.English);

    private static List<string> Check(IReadOnlyList<SettlementRule> rules, IReadOnlyList<IRuleDefinition> definitions)
    {
        var problems = new List<string>();
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].GetType().GetCustomAttributes(typeof(NRules.Fluent.Dsl.NameAttribute), false).Length == 0 || !RuleId.IsMatch(definitions[i].Name))
            {
                problems.Add($"rule {Where(rules[i])} needs a stable id: [Name(\"cause.what-it-decides\")], lower case, e.g. [Name(\"filing.expired\")]");
            }
        }

        foreach (var group in Enumerable.Range(0, rules.Count).GroupBy(i => definitions[i].Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"rule name '{group.Key}' is used by {group.Count()} rules: {string.Join(" and ", group.Select(i => Where(rules[i])))}");
        }

        var declared = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            if (IsBlank(rules[i].Description) || IsBlank(rules[i].Basis))
            {
                problems.Add($"rule '{definitions[i].Name}' needs a description and a basis in Chinese and in English");
            }

            foreach (var finding in rules[i].Findings)
            {
                if (declared.TryGetValue(finding.Code, out var other))
                {
                    problems.Add($"finding code '{finding.Code}' is declared by '{definitions[other].Name}' ({Where(rules[other])}) and '{definitions[i].Name}' ({Where(rules[i])})");
                }
                else
                {
                    declared[finding.Code] = i;
                }

                if (!IsFindingCode(finding.Code))
                {
                    problems.Add($"finding code '{finding.Code}' of rule '{definitions[i].Name}' must be UPPER_SNAKE_CASE (A–Z, digits and '_', starting with a letter), as the decision document's schema requires");
                }

                if (IsBlank(finding.Message))
                {
                    problems.Add($"finding code '{finding.Code}' of rule '{definitions[i].Name}' needs a message in Chinese and in English");
                }

                if (finding.Caps is not null && finding.Remedies.Count == 0)
                {
                    problems.Add($"finding code '{finding.Code}' of rule '{definitions[i].Name}' caps the outcome and needs at least one remedy");
                }

                problems.AddRange(finding.Remedies.Where(r => !RemedyDefinitions.Has(r)).Select(r => $"finding code '{finding.Code}' of rule '{definitions[i].Name}' names unknown remedy '{r}'"));
            }
        }

        // Findings are collected by actions, which NRules does not undo: a rule must not fire before every fact it
        // reads is complete, so it must rank strictly below every rule that derives a type it reads.
        for (var reader = 0; reader < rules.Count; reader++)
        {
            var reads = PatternTypes.Of(definitions[reader]);
            for (var producer = 0; producer < rules.Count; producer++)
            {
                foreach (var derived in rules[producer].Derives)
                {
                    var read = reads.FirstOrDefault(t => t.IsAssignableFrom(derived));
                    if (read is not null && definitions[producer].Priority <= definitions[reader].Priority)
                    {
                        problems.Add($"rule '{definitions[reader].Name}' (priority {definitions[reader].Priority}) reads {read.Name}, " +
                            $"which '{definitions[producer].Name}' derives at priority {definitions[producer].Priority}: the producer must rank higher");
                    }
                }
            }
        }

        return problems;
    }

    /// <summary>The fact types a rule's conditions read, in patterns, joins, <c>Not</c> and <c>Exists</c>.</summary>
    private sealed class PatternTypes : RuleElementVisitor<List<Type>>
    {
        private static readonly PatternTypes Visitor = new();

        public static IReadOnlyList<Type> Of(IRuleDefinition rule)
        {
            var types = new List<Type>();
            Visitor.Visit(types, rule.LeftHandSide);
            return types;
        }

        protected override PatternElement VisitPattern(List<Type> context, PatternElement element)
        {
            context.Add(element.ValueType);
            return base.VisitPattern(context, element);
        }
    }

    /// <summary>Rejects every activation of the rule it is attached to.</summary>
    private sealed class OutOfScope : NRules.AgendaFilters.IAgendaFilter
    {
        public static readonly OutOfScope Instance = new();

        public bool Accept(NRules.AgendaFilters.AgendaContext context, Activation activation) => false;
    }

    /// <summary>The text of a rule's conditions and actions, in definition order.</summary>
    private sealed class ExpressionText : RuleElementVisitor<System.Text.StringBuilder>
    {
        private static readonly ExpressionText Visitor = new();

        public static void Collect(System.Text.StringBuilder text, IRuleDefinition rule)
        {
            Visitor.Visit(text, rule.LeftHandSide);
            Visitor.Visit(text, rule.RightHandSide);
        }

        protected override PatternElement VisitPattern(System.Text.StringBuilder context, PatternElement element)
        {
            context.Append("pattern ").Append(element.ValueType.FullName).Append('\n');
            return base.VisitPattern(context, element);
        }

        protected override NamedExpressionElement VisitNamedExpression(System.Text.StringBuilder context, NamedExpressionElement element)
        {
            context.Append(element.Name).Append(' ').Append(element.Expression).Append('\n');
            return base.VisitNamedExpression(context, element);
        }

        protected override RuleElement VisitNot(System.Text.StringBuilder context, NotElement element)
        {
            context.Append("not\n");
            return base.VisitNot(context, element);
        }

        protected override RuleElement VisitExists(System.Text.StringBuilder context, ExistsElement element)
        {
            context.Append("exists\n");
            return base.VisitExists(context, element);
        }

        protected override ActionElement VisitAction(System.Text.StringBuilder context, ActionElement element)
        {
            context.Append("action ").Append(element.Expression).Append('\n');
            return base.VisitAction(context, element);
        }
    }
}
