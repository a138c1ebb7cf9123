namespace RulesCore.NationalPlatform;

/// <summary>
/// The messages as JSON, each as the HIS holds it (UTF-8): the responses of 1101, 5301, 5302 and 2204 with their
/// envelope (<c>infcode</c>, <c>err_msg</c>, <c>output</c>) or as the bare <c>output</c>; the inputs of 2201/2401 and 2402
/// as the whole request, its <c>input</c>, or the record itself; the hospital as one hospital-directory entry. An
/// optional message that is empty counts as not given (a <see langword="null"/> <c>byte[]</c> converts to an empty
/// <see cref="ReadOnlyMemory{T}"/>); an empty required one is an error.
/// </summary>
public sealed record PlatformJsonMessages
{
    /// <summary>Gets the person query's response (1101). Required.</summary>
    public required ReadOnlyMemory<byte> Person { get; init; }

    /// <summary>Gets the chronic qualification query's response (5301), if asked.</summary>
    public ReadOnlyMemory<byte>? Chronic { get; init; }

    /// <summary>Gets the designation queries' responses (5302), each with the <c>biz_appy_type</c> asked for (see <see cref="Messages.DesignationQuery"/>).</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Designations { get; init; } = Array.Empty<ReadOnlyMemory<byte>>();

    /// <summary>Gets the registration or admission input (2201 <c>input.data</c> / 2401 <c>input.mdtrtinfo</c>). Required.</summary>
    public required ReadOnlyMemory<byte> Encounter { get; init; }

    /// <summary>Gets the discharge input (2402 <c>input.dscginfo</c>), if discharged.</summary>
    public ReadOnlyMemory<byte>? Discharge { get; init; }

    /// <summary>Gets the fee details' response (2204 / 2301), if fees were uploaded.</summary>
    public ReadOnlyMemory<byte>? Fees { get; init; }

    /// <summary>Gets the hospital's own configuration: one hospital-directory entry (<c>id</c>, <c>name</c>, <c>region</c>, <c>crossRegionServices</c>). Required.</summary>
    public required ReadOnlyMemory<byte> Hospital { get; init; }
}
