using RulesCore.Settlement.Policies;

namespace RulesCore.Settlement.Rules;

/// <summary>The insured province waives filing for this intra-province visit.</summary>
internal sealed record FilingExemption(PolicyValue Basis) : IFactReference
{
    public static readonly string ReferenceName = "policy:" + PolicyParameters.IntraProvinceFilingExempt.Name;

    public string Reference => ReferenceName;
}
