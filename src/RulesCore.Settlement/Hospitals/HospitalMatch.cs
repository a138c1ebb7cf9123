using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Hospitals;

/// <summary>A hospital where a visit would settle directly, with the decision the evaluator gave for the visit there.</summary>
public sealed record HospitalMatch
{
    /// <summary>Gets the hospital, from the directory.</summary>
    public required DirectoryHospital Hospital { get; init; }

    /// <summary>
    /// Gets the decision for the case with its hospital replaced by this one: its outcome is
    /// <see cref="Outcome.Direct"/> or <see cref="Outcome.DirectReducedRate"/>.
    /// </summary>
    public required SettlementDecision Decision { get; init; }
}
