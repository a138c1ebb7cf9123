namespace RulesCore.Settlement.Model;

/// <summary>A billed item (费用明细).</summary>
public sealed record EncounterItem
{
    /// <summary>Gets the item code. Required.</summary>
    public required string Code { get; init; }

    /// <summary>Gets the description (optional).</summary>
    public string? Description { get; init; }

    /// <summary>Gets the amount in yuan; not negative.</summary>
    public required decimal Amount { get; init; }

    /// <summary>Gets whether the item is in the treatment region's catalogue (医保目录).</summary>
    public required bool InCatalog { get; init; }
}
