using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Hospitals;

/// <summary>
/// One hospital of a hospital directory (the national networked-hospital list, 联网定点医疗机构): a case's
/// <see cref="Model.Hospital"/> — id, name, region and the cross-region services it has opened — and its level.
/// </summary>
public sealed record DirectoryHospital
{
    /// <summary>Gets the hospital, as a case names it. Required.</summary>
    public required Hospital Hospital { get; init; }

    /// <summary>Gets the hospital's level (医院等级), e.g. "三级甲等"; optional free text, at most <see cref="CaseLimits.MaxTextLength"/> characters.</summary>
    public string? Level { get; init; }

    /// <summary>Gets the hospital's id (<see cref="Hospital.Id"/>).</summary>
    public string Id => Hospital.Id;

    /// <summary>Gets the hospital's name (<see cref="Hospital.Name"/>).</summary>
    public string? Name => Hospital.Name;

    /// <summary>Gets where the hospital is (<see cref="Hospital.Region"/>).</summary>
    public RegionCode Region => Hospital.Region;
}
