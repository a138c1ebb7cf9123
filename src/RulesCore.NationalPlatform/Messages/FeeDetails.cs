namespace RulesCore.NationalPlatform.Messages;

/// <summary>
/// What the fee detail upload (2204 门诊费用明细信息上传, 2301 住院费用明细信息上传) answered: one row per uploaded item
/// (<c>output.result[]</c>), with the level the platform gave it.
/// </summary>
public sealed record FeeDetails
{
    /// <summary>Gets the items, in the order the platform gave them.</summary>
    public IReadOnlyList<FeeItem> Items { get; init; } = Array.Empty<FeeItem>();

    /// <summary>Gets the path of the items list in the document read (<c>output.result</c>, <c>result</c>, or empty for a bare array).</summary>
    internal string ListPath { get; init; } = "result";
}
