using NRules;
using NRules.RuleModel;

using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// A rule set's compiled session factories: one of every rule, and one per situation of a visit (a place and a
/// setting) of the rules that can fire there (<see cref="FiringSituations"/>); each compiled on first use.
/// </summary>
internal sealed class SituationFactories
{
    private readonly Lazy<ISessionFactory> _full;
    private readonly Lazy<ISessionFactory>[] _situations;
    private readonly Lazy<IRuleDefinition?[]>[] _byRule;

    public SituationFactories(IReadOnlyList<SettlementRule> rules, IReadOnlyList<IRuleDefinition> definitions, bool situational, string fingerprint)
    {
        _full = new Lazy<ISessionFactory>(() => Compile(definitions, "all", fingerprint));
        // The shipped rules are read for where they can fire; an integrator's rule is in every situation.
        bool Read(int i) => rules[i].GetType().Assembly == typeof(SettlementRule).Assembly;
        var firesIn = FiringSituations.Of(rules, definitions, Read);
        _situations = new Lazy<ISessionFactory>[FiringSituations.Count];
        _byRule = new Lazy<IRuleDefinition?[]>[FiringSituations.Count];
        var all = new Lazy<IRuleDefinition?[]>(() => definitions.ToArray());
        for (var key = 0; key < _situations.Length; key++)
        {
            if (!situational)
            {
                _byRule[key] = all;
                _situations[key] = _full;
                continue;
            }

            var situation = key;
            var byRule = _byRule[key] = new Lazy<IRuleDefinition?[]>(() => Specialized(situation));
            var name = Situations[key];
            _situations[key] = new Lazy<ISessionFactory>(() => Compile(byRule.Value.Where(d => d is not null).Select(d => d!), name, fingerprint));
        }

        // The rules of a situation as compiled there, by rule (null for those that cannot fire there); made on first use.
        IRuleDefinition?[] Specialized(int key)
        {
            var members = Enumerable.Range(0, definitions.Count).Where(i => (firesIn[i] & (1 << key)) != 0).ToArray();
            var situation = new SituationRules.Situation(key, MayExist(members.Select(i => rules[i]).ToArray(), members.Any(i => !Read(i))));
            var byRule = new IRuleDefinition?[definitions.Count];
            foreach (var i in members)
            {
                byRule[i] = Read(i) ? SituationRules.For(definitions[i], situation) : definitions[i];
            }

            return byRule;
        }
    }

    /// <summary>
    /// Whether a fact of a type can be in a session of these rules: the case's own facts, what the rules derive, and —
    /// with an integrator's rule among them, which may insert facts its own way — any type outside this library.
    /// </summary>
    private static Func<Type, bool> MayExist(IReadOnlyList<SettlementRule> members, bool foreign)
    {
        var derived = members.SelectMany(r => r.Derives).Distinct().ToArray();
        return type => CanonicalFacts.Types.Any(type.IsAssignableFrom) || derived.Any(type.IsAssignableFrom) || (foreign && type.IsVisible);
    }

    /// <summary>
    /// The definitions compiled for a visit's situation, by the index of the rule in the set (<see langword="null"/>
    /// for a rule that cannot fire there): what the session's agenda knows each rule by.
    /// </summary>
    public IReadOnlyList<IRuleDefinition?> DefinitionsIn(VisitScope place, CareSetting setting) => _byRule[FiringSituations.KeyOf(place, setting)].Value;

    /// <summary>Gets every rule compiled in one session factory.</summary>
    public ISessionFactory Full => _full.Value;

    /// <summary>
    /// The compiled rules that can fire in a visit's situation (compiled on first use; each situation once per rule
    /// set): the same decision as the full set, with fewer rules in the session.
    /// </summary>
    public ISessionFactory FactoryFor(VisitScope place, CareSetting setting) => _situations[FiringSituations.KeyOf(place, setting)].Value;

    /// <summary>
    /// Compiles every situation's rules now, several at once (each once: a decision that needs one being compiled waits
    /// for it); the full set, for why-not answers, stays compiled on first use.
    /// </summary>
    public void CompileEverySituation(CancellationToken cancellationToken)
    {
        var pending = _situations.Distinct().Where(s => !s.IsValueCreated).ToArray();
        try
        {
            Parallel.ForEach(pending, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, situation => _ = situation.Value);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // A rule that cannot be compiled fails as it does on a first decision (RuleFailedException), not wrapped.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    /// <summary>The ids of the rules in a visit's situation's rule set.</summary>
    public IEnumerable<string> RulesIn(VisitScope place, CareSetting setting) => DefinitionsIn(place, setting).Where(r => r is not null).Select(r => r!.Name);

    /// <summary>The situations by key, as the compile activity names them.</summary>
    private static readonly string[] Situations =
        new[] { "other", "emergency", "chronic" }.SelectMany(setting => new[] { "local", "intraProvince", "crossProvince" }.Select(place => place + "/" + setting)).ToArray();

    private static ISessionFactory Compile(IEnumerable<IRuleDefinition> definitions, string situation, string fingerprint)
    {
        using var activity = RulesCoreTelemetry.Source.StartActivity(RulesCoreTelemetry.CompileActivity);
        activity?.SetTag("rulescore.situation", situation);
        activity?.SetTag("rulescore.ruleset", fingerprint);
        var compiler = new RuleCompiler();
        compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceComparer.Instance;
        var chosen = definitions.ToArray();
        activity?.SetTag("rulescore.rules", chosen.Length);
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
}
