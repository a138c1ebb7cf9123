namespace RulesCore.NationalPlatform.Messages;

/// <summary>
/// What the designation query (5302 人员定点信息查询) answered: the designated hospitals (<c>output.psnfixmedin[]</c>), and
/// the kind of designation asked for (<c>biz_appy_type</c>, from the request: the response does not repeat it).
/// </summary>
public sealed record DesignationQuery
{
    /// <summary>
    /// Gets the kind of designation asked for (<c>biz_appy_type</c> 业务申请类型: <c>01</c> 门诊慢特病登记, <c>03</c> 就医定点医疗机构登记…),
    /// or <see langword="null"/> when the document does not say; the hospitals are then not used.
    /// </summary>
    public string? ApplicationType { get; init; }

    /// <summary>Gets the designated hospitals, in the order the platform gave them.</summary>
    public IReadOnlyList<DesignationRecord> Hospitals { get; init; } = Array.Empty<DesignationRecord>();

    /// <summary>Gets the path of the hospitals list in the document read.</summary>
    internal string ListPath { get; init; } = "psnfixmedin";

    /// <summary>Gets the path <see cref="ApplicationType"/> was read from.</summary>
    internal string ApplicationTypePath { get; init; } = "biz_appy_type";
}
