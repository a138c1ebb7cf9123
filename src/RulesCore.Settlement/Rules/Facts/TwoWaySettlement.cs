using RulesCore.Settlement.Policies;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// The insured region settles directly at home despite long-term filings elsewhere (双向结算): one fact for the visit,
/// whichever long-term filings the person holds (derived by <c>filing.two-way-basis</c>).
/// </summary>
internal sealed record TwoWaySettlement(PolicyValue Basis) : IFactReference
{
    private static readonly string Name = "policy:" + PolicyParameters.TwoWaySettlementForLongTermFilings.Name;

    public string Reference => Name;
}
