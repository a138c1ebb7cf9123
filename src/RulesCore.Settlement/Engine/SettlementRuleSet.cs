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
    private readonly SituationFactories _factories;

    private SettlementRuleSet(IReadOnlyList<SettlementRule> rules, IReadOnlyList<IRuleDefinition> definitions, IReadOnlyList<RuleScope?> scopes, bool situational)
    {
        _scopes = scopes;
        Scoped = Enumerable.Range(0, rules.Count).Where(i => scopes[i] is not null).Select(i => (i, scopes[i]!)).ToArray();
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
        Fingerprint = RuleSetFingerprint.Of(rules, definitions, scopes);
        _factories = new SituationFactories(rules, definitions, situational, Fingerprint);
    }

    /// <summary>
    /// The compiled rules that can fire in a visit's situation (compiled on first use; each situation once per rule
    /// set): the same decision as the full set, with fewer rules in the session.
    /// </summary>
    public ISessionFactory FactoryFor(VisitScope place, CareSetting setting) => _factories.FactoryFor(place, setting);

    /// <summary>Compiles every situation's rules now, in parallel.</summary>
    public void CompileEverySituation(CancellationToken cancellationToken) => _factories.CompileEverySituation(cancellationToken);

    /// <summary>The ids of the rules in a visit's situation's rule set.</summary>
    public IEnumerable<string> RulesIn(VisitScope place, CareSetting setting) => _factories.RulesIn(place, setting);

    /// <summary>The definitions compiled for a visit's situation, by rule (<see langword="null"/> for a rule not in it).</summary>
    public IReadOnlyList<IRuleDefinition?> DefinitionsIn(VisitScope place, CareSetting setting) => _factories.DefinitionsIn(place, setting);

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

    /// <summary>Gets the rules limited to some regions or dates (by index), with their scope.</summary>
    public IReadOnlyList<(int Rule, RuleScope Scope)> Scoped { get; }

    /// <summary>A rule's scope and dates; <see langword="null"/> when it applies everywhere, always.</summary>
    public RuleScope? ScopeAt(int rule) => _scopes[rule];

    /// <summary>Whether a rule applies to a visit (its regions and dates; a rule without a scope always does).</summary>
    public bool InScope(int rule, RegionCode insured, RegionCode treatment, DateTime date) =>
        _scopes[rule] is not { } scope || scope.Covers(insured, treatment, date);

    /// <summary>
    /// Keeps the rules out of scope for this visit from firing: they never reach the agenda. <paramref name="compiled"/>
    /// are the definitions the session's factory compiled, by rule (<see cref="Definitions"/>, or <see cref="DefinitionsIn"/>).
    /// </summary>
    public void Limit(ISession session, IReadOnlyList<IRuleDefinition?> compiled, RegionCode insured, RegionCode treatment, DateTime date)
    {
        foreach (var (rule, scope) in Scoped)
        {
            if (compiled[rule] is { } definition && !scope.Covers(insured, treatment, date))
            {
                session.Agenda.AddFilter(definition, OutOfScope.Instance);
            }
        }
    }

    /// <summary>
    /// Gets a fingerprint of the rules' logic and metadata: each rule's id, priority, the text of its conditions and
    /// actions, its findings (codes, caps, messages, remedies), scope and dates, and the identity of the assembly that
    /// compiled it (which changes with any change to its code). Equal fingerprints, equal rules.
    /// </summary>
    public string Fingerprint { get; }

    /// <summary>Gets every rule compiled in one session factory (why-not explanations; compiled on first use).</summary>
    public ISessionFactory Factory => _factories.Full;

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
                throw RuleSetChecks.DefinitionFailed(type, e is System.Reflection.TargetInvocationException or NRules.Fluent.RuleDefinitionException ? e.InnerException ?? e : e);
            }
        }

        var problems = RuleSetChecks.Check(rules, definitions);
        var scopes = rules.Select((r, i) => RuleScope.Of(r.GetType(), definitions[i].Name, problems)).ToArray();
        if (problems.Count > 0)
        {
            throw new RuleSetException(problems);
        }

        return new SettlementRuleSet(rules, definitions, scopes, situational);
    }

    /// <summary>The simple name of the assembly a rule of this set comes from.</summary>
    public string AssemblyOf(string rule) => _rulesByName.TryGetValue(rule, out var r) ? r.GetType().Assembly.GetName().Name ?? string.Empty : "(unknown)";
}
