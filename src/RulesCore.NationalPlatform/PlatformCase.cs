using RulesCore.Settlement.Model;

namespace RulesCore.NationalPlatform;

/// <summary>
/// A case built from platform messages (<see cref="PlatformCaseBuilder"/>): a partial <see cref="SettlementCase"/> with
/// every gap in <see cref="SettlementCase.UnknownFacts"/>, and the assumptions it rests on, which are not part of it.
/// </summary>
/// <param name="Case">The case: the evaluator decides it, bracketing what the unknown facts can change.</param>
/// <param name="Assumptions">Every mapping of confidence B or C used, in the order the case was built.</param>
public sealed record PlatformCase(SettlementCase Case, IReadOnlyList<PlatformAssumption> Assumptions);
