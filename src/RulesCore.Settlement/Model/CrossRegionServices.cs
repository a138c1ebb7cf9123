namespace RulesCore.Settlement.Model;

/// <summary>The cross-region settlement services a hospital has opened for patients insured elsewhere.</summary>
public sealed record CrossRegionServices
{
    /// <summary>Gets whether inpatient settlement is open (住院).</summary>
    public required bool Inpatient { get; init; }

    /// <summary>Gets whether general outpatient and emergency settlement is open (普通门(急)诊).</summary>
    public required bool GeneralOutpatient { get; init; }

    /// <summary>Gets the chronic conditions opened for outpatient settlement (门慢特病种).</summary>
    public IReadOnlyList<string> ChronicConditions { get; init; } = Array.Empty<string>();

    /// <summary>Gets whether the services are open only to patients insured in the same province.</summary>
    public bool IntraProvinceOnly { get; init; }

    /// <summary>Gets whether any cross-region service is open (联网).</summary>
    public bool IsNetworked => Inpatient || GeneralOutpatient || ChronicConditions.Count > 0;
}
