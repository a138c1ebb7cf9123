using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Decisions;

/// <summary>A hospital where the visit would settle directly, from the configured hospital directory.</summary>
/// <param name="Id">The hospital's id.</param>
/// <param name="Name">Its name, if the directory gives one.</param>
/// <param name="Region">Its region.</param>
/// <param name="Outcome">The visit's outcome there.</param>
/// <param name="RateReductionPoints">The reduction of the ratio there, in points.</param>
public sealed record HospitalOption(string Id, string? Name, RegionCode Region, Outcome Outcome, int RateReductionPoints);
