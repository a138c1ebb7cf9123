using NRules;
using NRules.RuleModel;

using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// A rule set's compiled session factories: one of every rule, and one per situation of a visit (a place and a
/// setting) of the rules whose <see cref="FiresInAttribute"/> lets them fire there; each compiled on first use.
/// </summary>
internal sealed class SituationFactories
{
    private readonly Lazy<ISessionFactory> _full;
    private readonly Lazy<ISessionFactory>[] _situations;
    private readonly IRuleDefinition[][] _chosen;

    public SituationFactories(IReadOnlyList<SettlementRule> rules, IReadOnlyList<IRuleDefinition> definitions, bool situational)
    {
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

    /// <summary>Gets every rule compiled in one session factory.</summary>
    public ISessionFactory Full => _full.Value;

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
}
