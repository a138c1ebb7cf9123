using RulesCore.Settlement.Engine;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Hospitals;

/// <summary>
/// Finds where a visit would settle directly: every hospital of an area is judged by the evaluator on the case with
/// its hospital replaced — the same rules, never a second copy of them.
/// </summary>
/// <example>
/// <code>
/// var directory = HospitalDirectory.LoadFile("hospitals.csv");
/// foreach (HospitalMatch match in HospitalFinder.Find(evaluator, settlementCase, directory))
/// {
///     Console.WriteLine($"{match.Hospital.Name}: {match.Decision.Outcome}");
/// }
/// </code>
/// </example>
public static class HospitalFinder
{
    /// <summary>
    /// Finds the hospitals of an area where this visit would settle directly (<see cref="Outcome.Direct"/> or
    /// <see cref="Outcome.DirectReducedRate"/>), best first: by outcome, then fewer reduction points, then id (ordinal).
    /// </summary>
    /// <param name="evaluator">The evaluator that judges each hospital.</param>
    /// <param name="case">The case; its hospital is replaced by each candidate in turn.</param>
    /// <param name="directory">The hospitals to choose from.</param>
    /// <param name="area">
    /// Where to look (<see cref="IHospitalDirectory.InArea"/>); <see langword="default"/> (not specified) for the treatment
    /// pooling region of the case's hospital on the encounter date (<c>evaluator.Policies.Resolve(region, date).PoolingRegion</c>).
    /// </param>
    /// <param name="options">Language, as-of date, trace and parallelism for the evaluations; <see langword="null"/> for the defaults.</param>
    /// <returns>The hospitals where the visit settles directly, each with its decision; empty when there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/>, <paramref name="case"/> or <paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <param name="cancellationToken">Stops the search between hospitals (and between the rules' firings).</param>
    /// <exception cref="InvalidCaseException">The case is invalid (or the directory returned an invalid hospital); every problem is listed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <remarks>
    /// With a <see cref="SettlementEvaluator"/>, a hospital is skipped without evaluating it only where the shipped
    /// hospital rules certainly cap the visit at <see cref="Outcome.PayThenClaim"/>: the visit is outside the insured
    /// pooling region and the hospital has not opened the visit's service (inpatient; general outpatient for general
    /// outpatient and emergency visits; the visit's condition for a chronic visit), or it is open only to its own
    /// province's patients and the visit crosses provinces. Those rules are in every <see cref="SettlementEvaluator"/>,
    /// and a finding can only lower an outcome, so the result is the same as evaluating every hospital. Any other
    /// evaluator gets every hospital of the area.
    /// </remarks>
    public static IReadOnlyList<HospitalMatch> Find(ISettlementEvaluator evaluator, SettlementCase @case, IHospitalDirectory directory, RegionCode area = default, EvaluationOptions? options = null, CancellationToken cancellationToken = default) =>
        Search(evaluator, @case, directory, area, options, int.MaxValue, cancellationToken).Matches;

    /// <summary>
    /// As <see cref="Find"/>, judging at most <paramref name="maxJudged"/> hospitals of the area (in the directory's
    /// order): the result says how many the area has, how many were judged, and whether the search stopped early.
    /// </summary>
    /// <param name="evaluator">The evaluator that judges each hospital.</param>
    /// <param name="case">The case; its hospital is replaced by each candidate in turn.</param>
    /// <param name="directory">The hospitals to choose from.</param>
    /// <param name="area">Where to look; <see langword="default"/> for the treatment pooling region of the case's hospital.</param>
    /// <param name="options">Language, as-of date, trace and parallelism for the evaluations; <see langword="null"/> for the defaults.</param>
    /// <param name="maxJudged">The most hospitals judged (skipped ones do not count); at least 1.</param>
    /// <param name="cancellationToken">Stops the search between hospitals (and between the rules' firings).</param>
    /// <returns>The matches, best first, and what the search covered.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/>, <paramref name="case"/> or <paramref name="directory"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxJudged"/> is below 1.</exception>
    /// <exception cref="InvalidCaseException">The case is invalid (or the directory returned an invalid hospital); every problem is listed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static HospitalSearch Search(ISettlementEvaluator evaluator, SettlementCase @case, IHospitalDirectory directory, RegionCode area, EvaluationOptions? options, int maxJudged, CancellationToken cancellationToken = default)
    {
        if (evaluator is null)
        {
            throw new ArgumentNullException(nameof(evaluator));
        }

        if (@case is null)
        {
            throw new ArgumentNullException(nameof(@case));
        }

        if (directory is null)
        {
            throw new ArgumentNullException(nameof(directory));
        }

        if (maxJudged < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxJudged), "At least one hospital must be judged.");
        }

        if (evaluator.Validate(@case) is { Count: > 0 } errors)
        {
            throw new InvalidCaseException(errors);
        }

        var assessor = (evaluator as SettlementEvaluator)?.Assessor;
        return Searched(@case, directory, area, maxJudged, evaluator.Policies,
            inArea => assessor is null ? inArea : Candidates(assessor, @case, options?.AsOf, inArea, cancellationToken),
            cases => evaluator.EvaluateStream(cases, options, cancellationToken));
    }

    /// <summary>A search for the planner: judged by its runner, one hospital after another, without a trace.</summary>
    internal static HospitalSearch ForPlan(Assessor assessor, SettlementCase @case, IHospitalDirectory directory, RegionCode area, DateTime? asOf, string language, int maxJudged, CancellationToken cancellationToken) =>
        Searched(@case, directory, area, maxJudged, assessor.Policies,
            inArea => Candidates(assessor, @case, asOf, inArea, cancellationToken),
            cases => cases.Select(c => assessor.Evaluate(c, asOf, trace: false, language, cancellationToken)));

    private static HospitalSearch Searched(SettlementCase @case, IHospitalDirectory directory, RegionCode area, int maxJudged, PolicyCatalog policies,
        Func<IReadOnlyList<DirectoryHospital>, IEnumerable<DirectoryHospital>> candidates, Func<IEnumerable<SettlementCase>, IEnumerable<EvaluationResult>> judge)
    {
        if (!area.IsSpecified)
        {
            area = policies.Resolve(@case.Hospital.Region, @case.Encounter.Date.Date).PoolingRegion;
        }

        var inArea = directory.InArea(area);
        var judged = new List<DirectoryHospital>();
        var truncated = false;
        foreach (var candidate in candidates(inArea))
        {
            if (judged.Count == maxJudged)
            {
                truncated = true;
                break;
            }

            judged.Add(candidate);
        }

        // Streamed: only the matches are kept, however many hospitals the area has.
        var matches = new List<HospitalMatch>();
        var i = 0;
        foreach (var result in judge(judged.Select(h => AtHospital(@case, h.Hospital))))
        {
            var decision = result.Decision ?? throw new InvalidCaseException(result.Errors);

            // A partial case matches where it can settle directly; its decision says whether it surely does.
            if ((decision.PossibleOutcomes?.Best ?? decision.Outcome) is Outcome.Direct or Outcome.DirectReducedRate)
            {
                matches.Add(new HospitalMatch { Hospital = judged[i], Decision = decision });
            }

            i++;
        }

        matches.Sort(static (a, b) =>
        {
            var c = a.Decision.Outcome.CompareTo(b.Decision.Outcome);
            c = c != 0 ? c : a.Decision.RateReductionPoints.CompareTo(b.Decision.RateReductionPoints);
            return c != 0 ? c : string.CompareOrdinal(a.Hospital.Id, b.Hospital.Id);
        });
        return new HospitalSearch { Matches = matches, InArea = inArea.Count, Judged = judged.Count, Truncated = truncated };
    }

    /// <summary>
    /// The hospitals of an area worth judging for a valid case, in the directory's order: those the shipped hospital
    /// rules, asked alone, do not cap at pay-then-claim (see <see cref="Find"/>). A hospital that makes the case invalid
    /// stays a candidate, so that judging it reports the problem.
    /// </summary>
    /// <summary>The case at another hospital, whose services the directory gives (no longer unknown, if they were).</summary>
    private static SettlementCase AtHospital(SettlementCase @case, Hospital hospital) => @case.UnknownFacts.Count == 0
        ? @case with { Hospital = hospital }
        : @case with { Hospital = hospital, UnknownFacts = @case.UnknownFacts.Where(f => f != FactPaths.CrossRegionServices).ToArray() };

    internal static IEnumerable<DirectoryHospital> Candidates(Assessor assessor, SettlementCase @case, DateTime? asOf, IReadOnlyList<DirectoryHospital> inArea, CancellationToken cancellationToken)
    {
        var screened = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var hospital in inArea)
        {
            var candidate = AtHospital(@case, hospital.Hospital);
            if (CaseValidator.ValidateHospital(hospital.Hospital, "hospital", null).Count != 0)
            {
                yield return hospital;
                continue;
            }

            var visit = assessor.VisitOf(candidate, asOf);
            var key = HospitalScreen.KeyOf(visit, candidate);
            if (!screened.TryGetValue(key, out var ruledOut))
            {
                screened[key] = ruledOut = HospitalScreen.Default.RulesOut(visit, candidate, cancellationToken);
            }

            if (!ruledOut)
            {
                yield return hospital;
            }
        }
    }
}
