using RulesCore.Settlement.Policies;

namespace RulesCore.Settlement.Rules;

/// <summary>The basis with the smallest reduction, which decides the reimbursement ratio of an out-of-region visit.</summary>
internal sealed record ReductionEntitlement(IFilingBasis Basis) : IFactReference
{
    public string Reference => Basis.Reference;
}
