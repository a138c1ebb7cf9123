using RulesCore.NationalPlatform.Messages;
using RulesCore.Settlement.Model;

namespace RulesCore.NationalPlatform;

/// <summary>
/// The messages a case is built from, read (<see cref="PlatformJson"/>) or made by the integrator: what the platform
/// answered about the person, their chronic qualifications and designations, what the HIS sent for the encounter, the
/// fee details, and the hospital's own configuration.
/// </summary>
public sealed record PlatformMessages
{
    /// <summary>Gets the person query's answer (1101). Required.</summary>
    public required PersonQuery Person { get; init; }

    /// <summary>Gets the chronic qualification query's answer (5301); <see langword="null"/>: not asked, the qualifications are unknown.</summary>
    public ChronicQuery? Chronic { get; init; }

    /// <summary>Gets the designation queries' answers (5302), one per kind asked for; none: the designated hospitals are unknown.</summary>
    public IReadOnlyList<DesignationQuery> Designations { get; init; } = Array.Empty<DesignationQuery>();

    /// <summary>Gets the registration or admission the HIS sent (2201 / 2401). Required.</summary>
    public required EncounterRecord Encounter { get; init; }

    /// <summary>Gets the discharge (2402) of an inpatient stay; <see langword="null"/> while the patient is still admitted.</summary>
    public DischargeRecord? Discharge { get; init; }

    /// <summary>Gets the fee details' answer (2204 / 2301); <see langword="null"/> before fees are uploaded: the case then has no items.</summary>
    public FeeDetails? Fees { get; init; }

    /// <summary>
    /// Gets the hospital's own configuration: its id (the platform's <c>fixmedins_code</c>, as the designation query names
    /// hospitals), name, region and the cross-region services it has opened — <see langword="null"/> services are unknown.
    /// Required.
    /// </summary>
    public required Hospital Hospital { get; init; }
}
