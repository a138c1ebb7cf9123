namespace RulesCore.Settlement.Model;

/// <summary>The designated hospital (定点医疗机构).</summary>
public sealed record Hospital
{
    /// <summary>Gets the hospital's id. Required.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the hospital's name (optional; never used in messages).</summary>
    public string? Name { get; init; }

    /// <summary>Gets where the hospital is (就医地). Required.</summary>
    public required RegionCode Region { get; init; }

    /// <summary>Gets the services opened for patients insured elsewhere. Required.</summary>
    public required CrossRegionServices CrossRegionServices { get; init; }
}
