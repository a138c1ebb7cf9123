namespace RulesCore.NationalPlatform.Messages;

/// <summary>One designated hospital of the designation query (5302 <c>output.psnfixmedin[]</c>).</summary>
public sealed record DesignationRecord
{
    /// <summary>Gets the hospital's platform code (<c>fixmedins_code</c> 定点医药机构编号). Required.</summary>
    public required string HospitalCode { get; init; }

    /// <summary>Gets the first day of the designation (<c>begndate</c>), if given.</summary>
    public DateTime? ValidFrom { get; init; }

    /// <summary>Gets the last day of the designation (<c>enddate</c>), if given.</summary>
    public DateTime? ValidUntil { get; init; }
}
