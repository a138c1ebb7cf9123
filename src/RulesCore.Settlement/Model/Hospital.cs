namespace RulesCore.Settlement;

/// <summary>The designated hospital (定点医疗机构).</summary>
public sealed record Hospital
{
    /// <summary>Gets the hospital's id. Required.</summary>
    public string Id { get; init; } = null!;

    /// <summary>Gets the hospital's name (optional; never used in messages).</summary>
    public string? Name { get; init; }

    /// <summary>Gets where the hospital is (就医地). Required.</summary>
    public RegionCode Region { get; init; }

    /// <summary>Gets the services opened for patients insured elsewhere. Required.</summary>
    public CrossRegionServices CrossRegionServices { get; init; } = null!;
}
