using RulesCore.Settlement.Policies;

namespace RulesCore.Settlement.Rules;

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
