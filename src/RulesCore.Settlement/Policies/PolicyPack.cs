using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Policies;

/// <summary>The policy of one region (or the nation): effective-dated parameter values with their sources.</summary>
public sealed class PolicyPack
{
    internal PolicyPack(string origin, RegionCode? region, string name, IReadOnlyList<PolicyEntry> entries)
    {
        Origin = origin;
        Region = region;
        Name = name;
        Entries = entries;
    }

    /// <summary>Gets where the pack came from (an embedded resource name, a file path, or a caller-given name).</summary>
    public string Origin { get; }

    /// <summary>Gets the region, or <see langword="null"/> for the national pack.</summary>
    public RegionCode? Region { get; }

    /// <summary>Gets the level, from the region code.</summary>
    public PolicyLevel Level => Region is not { } r ? PolicyLevel.National : r.IsProvince ? PolicyLevel.Province : PolicyLevel.City;

    /// <summary>Gets the pack's display name.</summary>
    public string Name { get; }

    /// <summary>Gets the entries, grouped by parameter in pack order.</summary>
    public IReadOnlyList<PolicyEntry> Entries { get; }

    /// <summary>Gets a SHA-256 (hex) of the pack's content, for the provenance of decisions.</summary>
    internal string Hash => _hash ??= ComputeHash();

    private string? _hash;

    private string ComputeHash()
    {
        var text = new System.Text.StringBuilder().Append(Region?.ToString() ?? "national").Append('\n').Append(Name).Append('\n');
        foreach (var e in Entries)
        {
            text.Append(e.Parameter.Name).Append('=').Append(e.FormatValue()).Append('|').Append(e.EffectiveFrom?.Ticks).Append('|').Append(e.EffectiveUntil?.Ticks)
                .Append('|').Append(e.Source.Chinese).Append('|').Append(e.Source.English).Append('|').Append(e.Confidence).Append('\n');
        }

        return Sha256.Hex(text.ToString());
    }
}
