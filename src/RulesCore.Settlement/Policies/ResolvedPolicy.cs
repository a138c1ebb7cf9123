using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Policies;

/// <summary>Every parameter resolved for one region on one day. Immutable.</summary>
public sealed class ResolvedPolicy
{
    private readonly PolicyValue?[] _values;

    internal ResolvedPolicy(RegionCode region, DateTime date, PolicyValue?[] values)
    {
        Region = region;
        Date = date;
        _values = values;
        Values = values.Where(v => v is not null).Select(v => v!).ToArray();
        Provenance = Values.Select(v => v.Pack).Distinct()
            .OrderBy(p => p.Region is null ? 0 : 1).ThenBy(p => p.Region?.Value ?? 0).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new PolicyProvenance(p.Region?.ToString() ?? "national", p.Name, p.Hash)).ToArray();
    }

    /// <summary>Gets the packs that supplied this resolution's values, national first, for decisions' provenance.</summary>
    internal IReadOnlyList<PolicyProvenance> Provenance { get; }

    /// <summary>Gets the region resolved for.</summary>
    public RegionCode Region { get; }

    /// <summary>Gets the day resolved for.</summary>
    public DateTime Date { get; }

    /// <summary>Gets every parameter's value: the shipped ones in <see cref="PolicyParameters.All"/> order, then the integrator's.</summary>
    public IReadOnlyList<PolicyValue> Values { get; }

    /// <summary>Gets a parameter's resolved value and its origin.</summary>
    /// <param name="parameter">The parameter.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">The parameter is not declared for this evaluator, or has no value here (no default, and no pack sets it for this region and day).</exception>
    public PolicyValue this[PolicyParameter parameter] =>
        parameter is not null && parameter.Index < _values.Length && _values[parameter.Index] is { } value
            ? value
            : throw new ArgumentException($"Parameter '{parameter?.Name}' has no value for {Region} on {Date:yyyy-MM-dd}: it is not declared for this evaluator (SettlementOptions.AddParameter or AddRules), or it has no default and no pack sets it there.", nameof(parameter));

    /// <summary>Whether a parameter has a value here.</summary>
    internal bool Has(PolicyParameter parameter) => parameter.Index < _values.Length && _values[parameter.Index] is not null;

    /// <summary>Gets a parameter's value.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="parameter">The parameter.</param>
    /// <returns>The value.</returns>
    public T Get<T>(PolicyParameter<T> parameter) => (T)this[parameter].Value!;

    /// <summary>
    /// Gets the pooling region (统筹区) <see cref="Region"/> belongs to, by its <see cref="PolicyParameters.PoolingLevel"/>:
    /// its city, its province, or the region itself.
    /// </summary>
    public RegionCode PoolingRegion => Get(PolicyParameters.PoolingLevel) switch
    {
        PoolingLevel.Province => Region.Province,
        PoolingLevel.County => Region,
        _ => Region.City,
    };
}
