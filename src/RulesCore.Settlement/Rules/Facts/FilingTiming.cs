using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Rules;

/// <summary>An active filing for the treatment region, its validity under the insured region's policy, and how that stands to the visit (derived by <c>filing.timing</c>).</summary>
internal sealed record FilingTiming(Filing Filing, FilingTimingKind Kind, DateRange Validity) : IFactReference
{
    public string Reference => Rules.FactReferences.OfFiling(Filing.Id);
}
