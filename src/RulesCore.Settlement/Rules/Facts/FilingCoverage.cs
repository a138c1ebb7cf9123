using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Rules;

/// <summary>An active filing that names the treatment region and whose validity overlaps the visit.</summary>
internal sealed record FilingCoverage(Filing Filing, int ReductionPoints, PolicyValue ReductionBasis) : IFilingBasis
{
    public string Reference => Rules.FactReferences.OfFiling(Filing.Id);
}
