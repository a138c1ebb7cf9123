namespace RulesCore.NationalPlatform.Messages;

/// <summary>What the chronic qualification query (5301 人员慢特病备案查询) answered: the person's records (<c>output.feedetail[]</c>).</summary>
public sealed record ChronicQuery
{
    /// <summary>Gets the qualification records, in the order the platform gave them; empty when the person has none.</summary>
    public IReadOnlyList<ChronicRecord> Records { get; init; } = Array.Empty<ChronicRecord>();

    /// <summary>Gets the path of the records list in the document read (<c>output.feedetail</c>, or <c>feedetail</c> for a bare output).</summary>
    internal string ListPath { get; init; } = "feedetail";

    /// <summary>Gets whether the list was a single object (some integrations answer one record so): its record's path has no index.</summary>
    internal bool SingleObject { get; init; }
}
