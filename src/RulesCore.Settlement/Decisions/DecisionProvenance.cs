namespace RulesCore.Settlement.Decisions;

/// <summary>What produced a decision, for audit records.</summary>
/// <param name="Library">The RulesCore.Settlement version.</param>
/// <param name="Rules">The fingerprint of the rules in force (<see cref="SettlementEvaluator.RulesFingerprint"/>).</param>
/// <param name="Policies">The policy packs that supplied a value for the insured or the treatment region, national first.</param>
public sealed record DecisionProvenance(string Library, string Rules, IReadOnlyList<PolicyProvenance> Policies);
