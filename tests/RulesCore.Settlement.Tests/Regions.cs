using RulesCore.Settlement;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Tests;

/// <summary>Pooling regions by the shipped pooling-region table.</summary>
internal static class Regions
{
    public static RegionCode Pooling(this RegionCode region) => PolicyCatalog.Default.Resolve(region, new DateTime(2025, 1, 1)).PoolingRegion;
}
