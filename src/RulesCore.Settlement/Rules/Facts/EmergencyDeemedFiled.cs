using RulesCore.Settlement.Policies;

namespace RulesCore.Settlement.Rules;

/// <summary>Emergency care with no valid filing counts as filed.</summary>
internal sealed record EmergencyDeemedFiled(int ReductionPoints, PolicyValue ReductionBasis, PolicyValue Basis) : IFilingBasis
{
    private static readonly string Name = "policy:" + PolicyParameters.EmergencyDeemedFiled.Name;

    public string Reference => Name;
}
