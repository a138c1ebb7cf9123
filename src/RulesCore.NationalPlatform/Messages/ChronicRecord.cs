namespace RulesCore.NationalPlatform.Messages;

/// <summary>One chronic or special outpatient qualification record (5301 <c>output.feedetail[]</c>).</summary>
public sealed record ChronicRecord
{
    /// <summary>Gets the condition's catalogue code (<c>opsp_dise_code</c> 门慢特病种目录代码), e.g. <c>M03900</c>. Required.</summary>
    public required string ConditionCode { get; init; }

    /// <summary>Gets the first valid day (<c>begndate</c>). Required.</summary>
    public required DateTime ValidFrom { get; init; }

    /// <summary>Gets the last valid day (<c>enddate</c>) as the platform gave it; a far-future day means open-ended.</summary>
    public DateTime? ValidUntil { get; init; }
}
