namespace RulesCore.NationalPlatform.Messages;

/// <summary>The discharge the HIS sent (2402 出院办理 <c>input.dscginfo</c>): the day the stay ended.</summary>
public sealed record DischargeRecord
{
    /// <summary>Gets the day of discharge (<c>endtime</c>; its time of day is dropped). Required.</summary>
    public required DateTime End { get; init; }

    /// <summary>Gets the path of the record's object in the document read (<c>input.dscginfo</c>, or empty).</summary>
    internal string Prefix { get; init; } = string.Empty;
}
