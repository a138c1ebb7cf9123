namespace RulesCore.NationalPlatform.Messages;

/// <summary>One insurance row of the person query (1101 <c>output.insuinfo[]</c>).</summary>
public sealed record InsuranceRecord
{
    /// <summary>Gets the insurance type (<c>insutype</c> 险种类型), e.g. <c>310</c> 职工基本医疗保险. Required.</summary>
    public required string InsuranceType { get; init; }

    /// <summary>Gets the insurance status (<c>psn_insu_stas</c> 人员参保状态), e.g. <c>1</c> 正常参保. Required.</summary>
    public required string Status { get; init; }

    /// <summary>Gets the insured area (<c>insuplc_admdvs</c> 参保地医保区划), six digits, if given.</summary>
    public string? InsuredArea { get; init; }
}
