namespace RulesCore.Settlement.Model;

/// <summary>A filing (备案) for treatment in another pooling region.</summary>
public sealed record Filing
{
    /// <summary>Gets the filing's id, unique within the case. Required.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the reason (category). Required.</summary>
    public required FilingReason Reason { get; init; }

    /// <summary>Gets the destination (就医地); only its pooling region matters. Required.</summary>
    public required RegionCode DestinationRegion { get; init; }

    /// <summary>Gets the first valid day. Required.</summary>
    public required DateTime ValidFrom { get; init; }

    /// <summary>
    /// Gets the last valid day; <see langword="null"/> means open-ended for long-term filings and the insured region's
    /// default period for temporary ones.
    /// </summary>
    public DateTime? ValidUntil { get; init; }

    /// <summary>Gets the status. Required.</summary>
    public required FilingStatus Status { get; init; }

    /// <summary>Gets how the filing was supported. Required.</summary>
    public required FilingBasis Basis { get; init; }

    /// <summary>Gets whether the reason is a long-term one (异地长期居住人员).</summary>
    public bool IsLongTerm => Reason is FilingReason.RetireeResettlement or FilingReason.LongTermResident or FilingReason.ResidentWorker;
}
