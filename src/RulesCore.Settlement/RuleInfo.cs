using RulesCore.Settlement.Engine;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
namespace RulesCore.Settlement;

/// <summary>What a rule decides and on what basis.</summary>
/// <param name="Id">The stable rule id, e.g. <c>filing.expired</c>.</param>
/// <param name="Cause">The failure cause it belongs to.</param>
/// <param name="Description">What it decides.</param>
/// <param name="Basis">The sources and policy documents it rests on.</param>
/// <param name="Priority">
/// Its NRules priority: rules that derive facts other rules read rank higher and fire first; rules that only raise
/// findings have 0.
/// </param>
/// <param name="Findings">
/// The finding codes it can raise: those it declares, then those of other rules its actions raise (a why-not about such a
/// code explains this rule too).
/// </param>
/// <param name="Assembly">The assembly that declares it: <c>RulesCore.Settlement</c> for the shipped rules, the integrator's otherwise.</param>
/// <param name="AppliesIn">The regions it is limited to (<see cref="Rules.AppliesInAttribute"/>); empty: everywhere.</param>
/// <param name="InForceFrom">The first day it is in force, judged on the encounter date; <see langword="null"/>: always.</param>
/// <param name="InForceUntil">The last day it is in force; <see langword="null"/>: open-ended.</param>
public sealed record RuleInfo(string Id, Cause Cause, LocalizedText Description, LocalizedText Basis, int Priority, IReadOnlyList<string> Findings, string Assembly,
    IReadOnlyList<Rules.AppliesInAttribute> AppliesIn, DateTime? InForceFrom, DateTime? InForceUntil)
{
    /// <summary>Whether the rule is in scope and in force for a visit (it fires only then, when its conditions hold).</summary>
    /// <param name="case">The case.</param>
    /// <returns><see langword="true"/> if the visit's regions and encounter date are within the rule's scope and dates.</returns>
    public bool AppliesTo(SettlementCase @case)
    {
        if (@case is null)
        {
            throw new ArgumentNullException(nameof(@case));
        }

        return Scope is null || Scope.Covers(@case.Person.InsuredRegion, @case.Hospital.Region, @case.Encounter.Date.Date);
    }

    internal RuleScope? Scope { get; init; }
}
