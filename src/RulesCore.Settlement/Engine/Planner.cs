using RulesCore.Settlement.Hospitals;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// Plans what to do so that a visit settles: each remedy a person can carry out is an action on the case's facts; the
/// planner tries every set of at most <see cref="SettlementPlan.MaxSteps"/> actions, smallest first, each judged by the
/// real evaluator (memoised by the action set), and keeps the smallest set that reaches the best outcome. Ties: fewer
/// reduction points, then more steps the patient can do alone online, then earlier deadlines, then the actions' keys —
/// so the plan is deterministic. The work is bounded: at most <see cref="SettlementPlan.MaxEvaluations"/> cases judged
/// (each costs in proportion to the case) and <see cref="SettlementPlan.MaxHospitalsJudged"/> hospitals of a directory;
/// beyond that the plan says it is truncated and what it did not try. One planner per plan; not thread-safe.
/// </summary>
internal sealed class Planner
{
    /// <summary>Actions tried at most (the first proposed, by key); the search stays small whatever the case.</summary>
    private const int MaxActions = 16;

    private readonly Assessor _assessor;
    private readonly IHospitalDirectory? _directory;
    private readonly DateTime? _asOf;
    private readonly string _language;
    private readonly bool _includeTrace;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, Judged?> _judged = new(StringComparer.Ordinal);
    private readonly List<string> _notTried = new();
    private SettlementCase _start = null!;
    private int _evaluations;
    private int _casesJudged;

    public Planner(Assessor assessor, IHospitalDirectory? directory, DateTime? asOf, string language, bool includeTrace, CancellationToken cancellationToken)
    {
        _assessor = assessor;
        _directory = directory;
        _asOf = asOf;
        _language = language;
        _includeTrace = includeTrace;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Whether the budget of cases judged is spent.</summary>
    private bool Spent => _evaluations >= SettlementPlan.MaxEvaluations;

    private bool English => _language == Languages.English;

    private string T(string chinese, string english) => English ? english : chinese;

    public SettlementPlan Plan(SettlementCase start)
    {
        if (_assessor.UnknownOf(start) is { } unknown)
        {
            // A partial case: its checks come first (the current decision carries them), and its steps are verified
            // against the worst completion of its unknown facts.
            var search = _assessor.Search(start, unknown, _asOf, traced: false, _cancellationToken);
            var partial = PartialDecisions.Decide(_assessor.Folding, search, start, _language);
            var plan = Plan(search.CaseOf(search.Worst));
            return plan with { Current = partial, CasesJudged = plan.CasesJudged + search.Tried.Count };
        }

        var assessment = _assessor.Assess(start, _asOf, _includeTrace ? AssessmentDepth.Traced : AssessmentDepth.Findings, _cancellationToken);
        _start = start;
        var visit = assessment.Visit;
        var current = new Judged(_assessor.Folding.Fold(assessment, _language), assessment.Gap);
        _judged[string.Empty] = current with { Decision = current.Decision with { Trace = Array.Empty<TraceEntry>() } };
        _evaluations++;
        _casesJudged++;
        if (current.Decision.Outcome == Outcome.Direct)
        {
            return Finish(new SettlementPlan { Current = current.Decision, Reachable = Outcome.Direct, Hospitals = Hospitals(start, visit) });
        }

        // The hospitals worth going to instead are judged only if a fix asks for them (a hospital problem, before the visit).
        var hospitals = new Lazy<IReadOnlyList<Hospital>>(
            () => visit.AskedBefore && _directory is not null ? HospitalChoices(start).Select(h => h.Hospital).ToArray() : Array.Empty<Hospital>(),
            LazyThreadSafetyMode.None);

        // Breadth first over sets of actions, each set applied in one canonical order; the pool grows with what the
        // decisions of the sets tried so far propose (a step can reveal the next problem).
        var pool = new SortedDictionary<string, PlanAction>(StringComparer.Ordinal);
        Offer(pool, Propose(start, current, visit, hospitals));
        var best = (Set: Array.Empty<PlanAction>(), Judged: current);
        var level = new List<PlanAction[]> { Array.Empty<PlanAction>() };
        for (var size = 1; size <= SettlementPlan.MaxSteps && level.Count > 0 && best.Judged.Decision.Outcome != Outcome.Direct; size++)
        {
            var next = new List<PlanAction[]>();
            foreach (var set in level)
            {
                foreach (var action in pool.Values.ToArray())
                {
                    if (set.Length > 0 && string.CompareOrdinal(action.Key, set[set.Length - 1].Key) <= 0 || set.Any(a => a.Group == action.Group))
                    {
                        continue;
                    }

                    var candidate = set.Append(action).ToArray();
                    if (!Judged(candidate) && Spent)
                    {
                        _notTried.Add(T(
                            $"已判断 {SettlementPlan.MaxEvaluations} 种情形，达到上限：{size} 步及以上的组合未全部尝试（例如“{action.Text.Chinese}”与其他步骤的组合）。",
                            $"{SettlementPlan.MaxEvaluations} cases were judged, the limit: not every set of {size} or more steps was tried (e.g. \"{action.Text.English}\" with others)."));
                        goto searched;
                    }

                    if (Judge(candidate) is not { } judged)
                    {
                        continue;
                    }

                    Offer(pool, Propose(Apply(start, candidate), judged, visit, hospitals));
                    if (Better(judged, candidate, best.Judged, best.Set))
                    {
                        best = (candidate, judged);
                    }

                    next.Add(candidate);
                }
            }

            level = next;
        }

        searched:
        var steps = Ordered(best.Set);
        var planned = new List<PlanStep>();
        var state = start;
        for (var i = 0; i < steps.Length; i++)
        {
            var action = steps[i];
            state = action.Apply(state);
            _casesJudged++;
            planned.Add(new PlanStep
            {
                Remedy = action.Remedy,
                Text = action.Text.In(_language),
                Who = action.Who,
                Where = action.Where.In(_language),
                Before = action.Before,
                Hospital = action.Hospital,
                CaseAfter = state,
                DecisionAfter = _assessor.Folding.Fold(_assessor.Assess(state, _asOf, _includeTrace ? AssessmentDepth.Traced : AssessmentDepth.Findings, _cancellationToken), _language),
            });
        }

        return Finish(new SettlementPlan
        {
            Current = current.Decision,
            Reachable = best.Judged.Decision.Outcome,
            Steps = planned,
            Unfixable = Unfixable(start, best.Judged.Decision, visit, pool.Values.ToArray()),
            Hospitals = Hospitals(state, visit),
        });
    }

    /// <summary>The plan with what the search did not try, if its budget ran out.</summary>
    private SettlementPlan Finish(SettlementPlan plan) =>
        _notTried.Count == 0 ? plan with { CasesJudged = _casesJudged } : plan with { CasesJudged = _casesJudged, Truncated = true, NotTried = _notTried.Distinct().ToArray() };

    /// <summary>
    /// The hospitals of the treatment pooling region where no hospital problem remains for this visit (the case's other
    /// problems aside), best first, at most <see cref="SettlementPlan.HospitalLimit"/>: each is "go there instead".
    /// </summary>
    private DirectoryHospital[] HospitalChoices(SettlementCase start)
    {
        var area = _assessor.Policies.Resolve(start.Hospital.Region, start.Encounter.Date.Date).PoolingRegion;
        var choices = new List<(DirectoryHospital Hospital, SettlementDecision Decision)>();
        var inArea = _directory!.InArea(area);
        var judgedHospitals = 0;
        foreach (var hospital in HospitalFinder.Candidates(_assessor, start, _asOf, inArea, _cancellationToken))
        {
            if (hospital.Id == start.Hospital.Id)
            {
                continue;
            }

            if (judgedHospitals == SettlementPlan.MaxHospitalsJudged)
            {
                _notTried.Add(HospitalsNotChecked(inArea.Count));
                break;
            }

            _cancellationToken.ThrowIfCancellationRequested();
            judgedHospitals++;
            _casesJudged++;
            var candidate = start with { Hospital = hospital.Hospital };
            if (Judge(candidate) is { } judged && !judged.Decision.Findings.Any(f => f.Cause == Cause.Hospital && f.Caps is not null))
            {
                choices.Add((hospital, judged.Decision));
            }
        }

        return choices.OrderBy(c => c.Decision.Outcome).ThenBy(c => c.Decision.RateReductionPoints).ThenBy(c => c.Hospital.Id, StringComparer.Ordinal)
            .Take(SettlementPlan.HospitalLimit).Select(c => c.Hospital).ToArray();
    }

    /// <summary>Before the visit, with a directory: where the visit settles directly once the plan is done (the finder on the planned case).</summary>
    private IReadOnlyList<HospitalOption> Hospitals(SettlementCase planned, Visit visit) =>
        !visit.AskedBefore || _directory is null
            ? Array.Empty<HospitalOption>()
            : Found(HospitalFinder.ForPlan(_assessor, planned, _directory, default, _asOf, _language, SettlementPlan.MaxHospitalsJudged, _cancellationToken)).Take(SettlementPlan.HospitalLimit)
                .Select(h => new HospitalOption(h.Hospital.Id, h.Hospital.Name, h.Hospital.Region, h.Decision.Outcome, h.Decision.RateReductionPoints)).ToArray();

    /// <summary>What a hospital search that stopped at its limit did not check.</summary>
    private string HospitalsNotChecked(int inArea) => T(
        $"医院目录中就医统筹区内有 {inArea} 家医院，其中可能直接结算的只核实了前 {SettlementPlan.MaxHospitalsJudged} 家（按目录顺序）。",
        $"The directory has {inArea} hospitals in the treatment pooling region; of those that may settle the visit directly, the first {SettlementPlan.MaxHospitalsJudged} (in directory order) were checked.");

    /// <summary>The matches of a hospital search, noting what it did not check.</summary>
    private IReadOnlyList<HospitalMatch> Found(HospitalSearch search)
    {
        _casesJudged += search.Judged;
        if (search.Truncated)
        {
            _notTried.Add(HospitalsNotChecked(search.InArea));
        }

        return search.Matches;
    }

    /// <summary>Whether a set reaches more than the best so far: a better outcome; else as good with fewer steps, fewer points, more done alone online, earlier deadlines.</summary>
    private static bool Better(Judged judged, PlanAction[] set, Judged best, PlanAction[] bestSet)
    {
        var c = best.Decision.Outcome.CompareTo(judged.Decision.Outcome);
        if (c != 0)
        {
            return c > 0;
        }

        if (bestSet.Length == 0 || set.Length != bestSet.Length)
        {
            return false;
        }

        c = best.Decision.RateReductionPoints.CompareTo(judged.Decision.RateReductionPoints);
        c = c != 0 ? c : set.Count(a => a.Who == PlanActor.Patient).CompareTo(bestSet.Count(a => a.Who == PlanActor.Patient));
        c = c != 0 ? c : Deadlines(bestSet).CompareTo(Deadlines(set));
        return c > 0;
    }

    /// <summary>The deadlines of a set as a sortable key: earliest first, none last.</summary>
    private static string Deadlines(PlanAction[] set) =>
        string.Join(",", set.Select(a => a.Before?.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) ?? "99999999").OrderBy(d => d, StringComparer.Ordinal));

    /// <summary>The order to do the steps in: the earliest deadline first, then what the patient does alone, then by key.</summary>
    private static PlanAction[] Ordered(IEnumerable<PlanAction> set) =>
        set.OrderBy(a => a.Before ?? DateTime.MaxValue).ThenBy(a => a.Who).ThenBy(a => a.Key, StringComparer.Ordinal).ToArray();

    private static SettlementCase Apply(SettlementCase start, IEnumerable<PlanAction> set) =>
        Ordered(set).Aggregate(start, (c, a) => a.Apply(c));

    private static void Offer(SortedDictionary<string, PlanAction> pool, IEnumerable<PlanAction> actions)
    {
        foreach (var action in actions)
        {
            if (pool.Count >= MaxActions)
            {
                return;
            }

            if (!pool.ContainsKey(action.Key))
            {
                pool[action.Key] = action;
            }
        }
    }

    /// <summary>The key of an action set: its actions' keys in order (a set is applied in one canonical order).</summary>
    private static string KeyOf(IEnumerable<PlanAction> set) => string.Join("\n", set.Select(a => a.Key).OrderBy(k => k, StringComparer.Ordinal));

    /// <summary>Whether an action set was judged already.</summary>
    private bool Judged(IEnumerable<PlanAction> set) => _judged.ContainsKey(KeyOf(set));

    /// <summary>
    /// The decision for the case an action set produces, once per set (only the decisions are kept, without their
    /// trace); <see langword="null"/> if the actions made it invalid, or the budget is spent.
    /// </summary>
    private Judged? Judge(IReadOnlyCollection<PlanAction> set)
    {
        var key = KeyOf(set);
        if (_judged.TryGetValue(key, out var judged))
        {
            return judged;
        }

        if (Spent)
        {
            return null;
        }

        _cancellationToken.ThrowIfCancellationRequested();
        _evaluations++;
        _casesJudged++;
        _judged[key] = judged = Judge(Apply(_start, set));
        return judged;
    }

    /// <summary>The decision (without its trace) and the filing gap for a case; <see langword="null"/> if it is invalid.</summary>
    private Judged? Judge(SettlementCase @case) =>
        _assessor.TryAssess(@case, _asOf, AssessmentDepth.Findings, _cancellationToken, out _) is { } assessment
            ? new Judged(_assessor.Folding.Fold(assessment, _language), assessment.Gap)
            : null;

    /// <summary>The actions a decision's fixes propose for the case as it stands (each fix's <see cref="RemedyDefinition.Actions"/>): plan steps are fixes only.</summary>
    private IEnumerable<PlanAction> Propose(SettlementCase c, Judged judged, Visit visit, Lazy<IReadOnlyList<Hospital>> choices)
    {
        foreach (var finding in judged.Decision.Findings)
        {
            var filing = finding.Facts.Select(f => f.StartsWith("filing:", StringComparison.Ordinal) ? c.Filings.FirstOrDefault(x => "filing:" + x.Id == f) : null).FirstOrDefault(f => f is not null);
            var plan = new PlanContext(c, filing, judged.Gap, visit, choices, _assessor.Policies);
            foreach (var remedy in finding.Remedies.Where(r => r.Role == RemedyRole.Fix).Select(r => r.Code).Distinct())
            {
                foreach (var action in RemedyDefinitions.Of(remedy).Actions(plan))
                {
                    yield return action;
                }
            }
        }
    }

    /// <summary>
    /// What still caps the outcome after the plan and no single action removes, with the reason. (A problem an action
    /// would remove without improving the outcome — another problem caps it as low — is neither a step nor listed.)
    /// </summary>
    private IReadOnlyList<UnfixableProblem> Unfixable(SettlementCase start, SettlementDecision after, Visit visit, IReadOnlyList<PlanAction> tried)
    {
        var problems = new List<UnfixableProblem>();
        foreach (var finding in after.Findings.Where(f => f.Caps is not null))
        {
            var fixes = tried.Select(a => Fixes(a, finding.Code)).ToArray();
            if (fixes.Any(f => f == true))
            {
                continue;
            }

            if (fixes.Any(f => f is null))
            {
                // The budget was spent before every action was checked on its own: whether one fixes this is not known.
                _notTried.Add(T($"未能逐一核实每个步骤能否解决“{finding.Title}”（已达到判断次数上限）。", $"Whether a single step fixes \"{finding.Title}\" was not checked for every step (the limit of cases judged was reached)."));
                continue;
            }

            // A finding with no fix at this moment says why itself; one whose fixes none of the steps made work is explained here.
            var reason = finding.NoFix
                ?? NoFixReasons.Why(_assessor.Rules.Findings.TryGetValue(finding.Code, out var definition) ? definition : null, finding, new UnfixableContext(visit, after, tried, _directory is not null)).In(_language);
            problems.Add(new UnfixableProblem(finding.Code, reason) { Title = finding.Title });
        }

        return problems;
    }

    /// <summary>
    /// Whether an action alone fixes a problem of the case: the finding goes, and no capping finding comes that was not
    /// there (paying arrears turns a lapse into a waiting period: that fixes nothing for this visit); <see langword="null"/>
    /// when the budget was spent before the action was judged on its own.
    /// </summary>
    internal bool? Fixes(PlanAction action, string code)
    {
        var set = new[] { action };
        if (Judge(set) is not { } alone)
        {
            return Judged(set) ? false : null;
        }

        if (alone.Decision.Findings.Any(f => f.Code == code))
        {
            return false;
        }

        var before = new HashSet<string>(_judged[string.Empty]!.Decision.Findings.Where(f => f.Caps is not null).Select(f => f.Code), StringComparer.Ordinal);
        return alone.Decision.Findings.Where(f => f.Caps is not null).All(f => before.Contains(f.Code));
    }
}
