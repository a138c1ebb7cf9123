namespace RulesCore.Settlement.Hospitals;

/// <summary>What a bounded hospital search found (<see cref="HospitalFinder.Search"/>), and how much of the area it covered.</summary>
public sealed record HospitalSearch
{
    /// <summary>Gets the hospitals where the visit settles directly, best first.</summary>
    public IReadOnlyList<HospitalMatch> Matches { get; init; } = Array.Empty<HospitalMatch>();

    /// <summary>Gets how many hospitals the directory has in the area.</summary>
    public int InArea { get; init; }

    /// <summary>Gets how many were judged by the evaluator (those the hospital rules certainly rule out are not).</summary>
    public int Judged { get; init; }

    /// <summary>Gets whether the search stopped at its limit before every hospital of the area was considered.</summary>
    public bool Truncated { get; init; }
}
