using RulesCore.Engine;
using RulesCore.Settlement.Policies;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// A settlement rule: one rule, one class, with a stable id, its cause and its policy basis. Rules that raise
/// findings yield <see cref="Raised"/>; rules that establish a fact other rules depend on yield derived facts.
/// </summary>
internal abstract class SettlementRule : Rule
{
    public abstract Cause Cause { get; }

    /// <summary>Where the rule comes from: sources and policy documents.</summary>
    public abstract string Basis { get; }

    /// <summary>Raises a finding with the catalog's cap.</summary>
    protected static Raised Raise(string code, string rule, IEnumerable<IFactReference> facts, params object[] arguments) =>
        new(code, rule, facts.Select(f => f.Reference).Distinct(StringComparer.Ordinal).ToArray(), arguments);

    /// <summary>Raises a finding that names the policy values it relied on.</summary>
    protected static Raised Raise(string code, string rule, IEnumerable<IFactReference> facts, PolicyValue?[] policy, params object[] arguments) =>
        Raise(code, rule, facts, arguments) with { Policy = policy.Where(p => p is not null).Select(p => p!).ToArray() };

    protected static IFactReference[] On(params IFactReference[] facts) => facts;
}
