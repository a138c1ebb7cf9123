namespace RulesCore.Settlement.Model;

/// <summary>A chronic or special outpatient qualification (门慢特病资格认定) granted by the insured region.</summary>
public sealed record Qualification
{
    /// <summary>Gets the condition, a lowerCamel identifier (see <see cref="Conditions"/>). Required.</summary>
    public required string Condition { get; init; }

    /// <summary>Gets the first valid day. Required.</summary>
    public required DateTime ValidFrom { get; init; }

    /// <summary>Gets the last valid day, or <see langword="null"/> if open-ended.</summary>
    public DateTime? ValidUntil { get; init; }

    /// <summary>
    /// Gets the ids of the hospitals the patient selected for this condition (本人选定的定点医疗机构), or
    /// <see langword="null"/> when unknown. A chronic visit out of region at another hospital does not settle as a
    /// chronic visit (<c>HOSPITAL_NOT_SELECTED</c>); unknown means no finding.
    /// </summary>
    public IReadOnlyList<string>? DesignatedHospitals { get; init; }
}
