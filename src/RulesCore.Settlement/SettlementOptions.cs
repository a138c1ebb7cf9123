using RulesCore.Settlement.Policies;

namespace RulesCore.Settlement;

/// <summary>How to build a <see cref="SettlementEvaluator"/>: policy packs to add or override.</summary>
public sealed class SettlementOptions
{
    private readonly List<PolicyPack> _packs = new();

    /// <summary>Gets the packs added so far.</summary>
    public IReadOnlyList<PolicyPack> PolicyPacks => _packs;

    /// <summary>Adds a policy pack file; a pack for a region the shipped packs cover replaces that pack.</summary>
    /// <param name="path">The JSON file.</param>
    /// <returns>These options.</returns>
    /// <exception cref="PolicyPackException">The pack is malformed or cannot be read; it is rejected whole.</exception>
    public SettlementOptions AddPolicyPackFile(string path)
    {
        _packs.Add(PolicyCatalog.ReadPackFile(path));
        return this;
    }

    /// <summary>Adds a policy pack from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="origin">A name for error messages, e.g. the resource name.</param>
    /// <returns>These options.</returns>
    /// <exception cref="PolicyPackException">The pack is malformed; it is rejected whole.</exception>
    public SettlementOptions AddPolicyPack(Stream utf8Json, string origin)
    {
        _packs.Add(PolicyCatalog.ReadPack(utf8Json, origin));
        return this;
    }

    /// <summary>Adds a pack already read.</summary>
    /// <param name="pack">The pack.</param>
    /// <returns>These options.</returns>
    public SettlementOptions AddPolicyPack(PolicyPack pack)
    {
        _packs.Add(pack ?? throw new ArgumentNullException(nameof(pack)));
        return this;
    }
}
