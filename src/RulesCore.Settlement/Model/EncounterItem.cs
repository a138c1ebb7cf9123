namespace RulesCore.Settlement;

/// <summary>A billed item (费用明细).</summary>
public sealed record EncounterItem
{
    /// <summary>Gets the item code. Required.</summary>
    public string Code { get; init; } = null!;

    /// <summary>Gets the description (optional).</summary>
    public string? Description { get; init; }

    /// <summary>Gets the amount in yuan; not negative.</summary>
    public decimal Amount { get; init; }

    /// <summary>Gets whether the item is in the treatment region's catalogue (医保目录).</summary>
    public bool InCatalog { get; init; }
}
