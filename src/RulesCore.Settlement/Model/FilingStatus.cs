namespace RulesCore.Settlement.Model;

/// <summary>The status of a filing.</summary>
public enum FilingStatus
{
    /// <summary>In force (subject to its validity).</summary>
    Active = 1,

    /// <summary>Cancelled (已取消).</summary>
    Cancelled = 2,
}
