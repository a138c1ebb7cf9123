namespace RulesCore.Settlement.Decisions;

/// <summary>
/// What to do, in what order, so that a visit settles as well as it can — each step verified by evaluating the case as
/// it would be once the step and every step before it are done. Made by <see cref="ISettlementEvaluator.Plan"/>.
/// </summary>
public sealed record SettlementPlan
{
    /// <summary>Gets the decision as things stand.</summary>
    public SettlementDecision Current { get; init; } = new();

    /// <summary>Gets the best outcome the steps reach (the current one when no step improves it).</summary>
    public Outcome Reachable { get; init; }

    /// <summary>Gets the smallest set of steps that reaches <see cref="Reachable"/>, in the order to do them; empty when nothing improves the outcome.</summary>
    public IReadOnlyList<PlanStep> Steps { get; init; } = Array.Empty<PlanStep>();

    /// <summary>Gets the problems no step can fix, each with the reason, in the requested language.</summary>
    public IReadOnlyList<UnfixableProblem> Unfixable { get; init; } = Array.Empty<UnfixableProblem>();

    /// <summary>Gets, when a hospital directory is configured and the visit is still to come, the hospitals of the treatment pooling region where it would settle directly, best first (at most <see cref="HospitalLimit"/>).</summary>
    public IReadOnlyList<HospitalOption> Hospitals { get; init; } = Array.Empty<HospitalOption>();

    /// <summary>
    /// Gets whether the search stopped at its budget (<see cref="MaxEvaluations"/> cases judged, or
    /// <see cref="MaxHospitalsJudged"/> hospitals of the directory checked) before trying everything: a better plan may
    /// exist. <see cref="NotTried"/> says what was left.
    /// </summary>
    public bool Truncated { get; init; }

    /// <summary>Gets what the search did not try when it was <see cref="Truncated"/>, in the requested language; empty otherwise.</summary>
    public IReadOnlyList<string> NotTried { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Gets how many cases the plan judged — the case as it stands, candidate action sets, single actions, hospitals of
    /// the directory, its own steps verified: its work, at most <see cref="MaxEvaluations"/> +
    /// 2 × <see cref="MaxHospitalsJudged"/> + <see cref="MaxSteps"/>.
    /// </summary>
    public int CasesJudged { get; init; }

    /// <summary>The most hospitals a plan lists and tries as steps.</summary>
    public const int HospitalLimit = 5;

    /// <summary>The most steps a plan searches (every set of at most this many actions is tried, smallest first).</summary>
    public const int MaxSteps = 4;

    /// <summary>
    /// The most cases a plan judges (the case as it stands, each candidate set of actions, each single action checked for
    /// what it fixes): each judgement costs in proportion to the case, so a plan's work is proportional to the case's
    /// size. The plan's own steps are always verified, beyond it if need be.
    /// </summary>
    public const int MaxEvaluations = 256;

    /// <summary>The most hospitals of a directory a plan checks: as alternatives to propose, and where the planned visit settles.</summary>
    public const int MaxHospitalsJudged = 200;
}
