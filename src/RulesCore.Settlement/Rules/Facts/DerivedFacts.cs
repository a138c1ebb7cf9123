using RulesCore.Settlement.Policies;

namespace RulesCore.Settlement.Rules;

/// <summary>A basis on which an out-of-region visit counts as filed, with the ratio reduction it carries.</summary>
internal interface IFilingBasis : IFactReference
{
    int ReductionPoints { get; }

    PolicyValue ReductionBasis { get; }
}

/// <summary>How an active filing for the treatment region stands to the visit's days.</summary>
internal enum FilingTimingKind
{
    /// <summary>Its validity overlaps the visit (a stay: made before discharge, or valid on admission).</summary>
    Covers,

    /// <summary>It ended before the visit (a stay: before admission).</summary>
    EndedBefore,

    /// <summary>It starts after the visit (a stay: after discharge, or after the as-of day while still admitted).</summary>
    StartsAfter,
}

/// <summary>An active filing for the treatment region, its validity under the insured region's policy, and how that stands to the visit (derived by <c>filing.timing</c>).</summary>
internal sealed record FilingTiming(Filing Filing, FilingTimingKind Kind, DateRange Validity) : IFactReference
{
    public string Reference => Rules.FactReferences.OfFiling(Filing.Id);
}

/// <summary>An active filing that names the treatment region and whose validity overlaps the visit.</summary>
internal sealed record FilingCoverage(Filing Filing, int ReductionPoints, PolicyValue ReductionBasis) : IFilingBasis
{
    public string Reference => Rules.FactReferences.OfFiling(Filing.Id);
}

/// <summary>The insured province waives filing for this intra-province visit.</summary>
internal sealed record FilingExemption(PolicyValue Basis) : IFactReference
{
    public static readonly string ReferenceName = "policy:" + PolicyParameters.IntraProvinceFilingExempt.Name;

    public string Reference => ReferenceName;
}

/// <summary>Emergency care with no valid filing counts as filed.</summary>
internal sealed record EmergencyDeemedFiled(int ReductionPoints, PolicyValue ReductionBasis, PolicyValue Basis) : IFilingBasis
{
    private static readonly string Name = "policy:" + PolicyParameters.EmergencyDeemedFiled.Name;

    public string Reference => Name;
}

/// <summary>The basis with the smallest reduction, which decides the reimbursement ratio of an out-of-region visit.</summary>
internal sealed record ReductionEntitlement(IFilingBasis Basis) : IFactReference
{
    public string Reference => Basis.Reference;
}

/// <summary>
/// An out-of-region visit with no filing, exemption or emergency basis: a filing problem. <see cref="Deadline"/> is the
/// last day a filing made (or adjusted) now still lets the visit settle — <see cref="DateTime.MaxValue"/> while still
/// admitted with discharge unknown — or <see langword="null"/> when it is too late; <see cref="BeforeDischarge"/> says
/// the deadline is the discharge (出院前补办) rather than the insured region's window; <see cref="WindowUnknown"/> says
/// the visit has taken place (asked on or after its last day) and the insured region's window is not known.
/// </summary>
internal sealed record FilingGap(Visit Visit, DateTime? Deadline, bool BeforeDischarge, bool WindowUnknown = false) : IFactReference
{
    public string Reference => "encounter";
}

/// <summary>An active long-term filing, valid on the visit date, that names a region other than the insured one.</summary>
internal sealed record LongTermFilingElsewhere(Filing Filing) : IFactReference
{
    public string Reference => Rules.FactReferences.OfFiling(Filing.Id);
}

/// <summary>
/// The insured region settles directly at home despite long-term filings elsewhere (双向结算): one fact for the visit,
/// whichever long-term filings the person holds (derived by <c>filing.two-way-basis</c>).
/// </summary>
internal sealed record TwoWaySettlement(PolicyValue Basis) : IFactReference
{
    private static readonly string Name = "policy:" + PolicyParameters.TwoWaySettlementForLongTermFilings.Name;

    public string Reference => Name;
}

/// <summary>A credential the person can settle with: the card, or the e-voucher.</summary>
internal sealed record UsableCredential(string Kind) : IFactReference
{
    public string Reference { get; } = "credential:" + Kind;
}
