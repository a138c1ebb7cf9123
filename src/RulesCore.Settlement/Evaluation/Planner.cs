using RulesCore.Settlement.Hospitals;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Rules;

namespace RulesCore.Settlement;

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

    /// <summary>Months a re-joined person usually waits for benefits after paying arrears (from 2025; domain reference).</summary>
    private const int WaitingMonthsAfterArrears = 3;

    private readonly SettlementEvaluator _evaluator;
    private readonly IHospitalDirectory? _directory;
    private readonly EvaluationOptions _options;
    private readonly string _language;
    private readonly EvaluationOptions _candidateOptions;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, Judged?> _judged = new(StringComparer.Ordinal);
    private readonly List<string> _notTried = new();
    private SettlementCase _start = null!;
    private int _evaluations;
    private int _casesJudged;

    public Planner(SettlementEvaluator evaluator, IHospitalDirectory? directory, EvaluationOptions options, string language, CancellationToken cancellationToken)
    {
        _evaluator = evaluator;
        _directory = directory;
        _options = options;
        _candidateOptions = options with { IncludeTrace = false };
        _language = language;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Whether the budget of cases judged is spent.</summary>
    private bool Spent => _evaluations >= SettlementPlan.MaxEvaluations;

    private bool English => _language == Languages.English;

    private string T(string chinese, string english) => English ? english : chinese;

    public SettlementPlan Plan(SettlementCase start)
    {
        _start = start;
        var visit = new Visit(start, (_options.AsOf ?? start.AsOf ?? start.Encounter.Date).Date, _evaluator.Policies);
        var current = _evaluator.Judge(start, _options, _cancellationToken);
        _judged[string.Empty] = current with { Decision = current.Decision with { Trace = Array.Empty<TraceEntry>() } };
        _evaluations++;
        _casesJudged++;
        if (current.Decision.Outcome == Outcome.Direct)
        {
            return Finish(new SettlementPlan { Current = current.Decision, Reachable = Outcome.Direct, Hospitals = Hospitals(start, visit) });
        }

        var hospitals = visit.AskedBefore && _directory is not null ? HospitalChoices(start) : Array.Empty<DirectoryHospital>();

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
                DecisionAfter = _evaluator.Judge(state, _options, _cancellationToken).Decision,
            });
        }

        return Finish(new SettlementPlan
        {
            Current = current.Decision,
            Reachable = best.Judged.Decision.Outcome,
            Steps = planned,
            Unfixable = Unfixable(start, best.Judged.Decision, visit, pool.Values.ToArray()),
            Hospitals = Hospitals(state, visit),
            Actions = steps,
            Tried = pool.Values.ToArray(),
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
        var area = _evaluator.Policies.Resolve(start.Hospital.Region, start.Encounter.Date.Date).PoolingRegion;
        var choices = new List<(DirectoryHospital Hospital, SettlementDecision Decision)>();
        var inArea = _directory!.InArea(area);
        var judgedHospitals = 0;
        foreach (var hospital in HospitalFinder.Candidates(_evaluator, start, inArea))
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
            if (CaseValidator.Validate(candidate).Count == 0 && _evaluator.Judge(candidate, _candidateOptions, _cancellationToken) is { } judged
                && !judged.Decision.Findings.Any(f => f.Cause == Cause.Hospital && f.Caps is not null))
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
            : Found(HospitalFinder.Search(_evaluator, planned, _directory, default, _candidateOptions, SettlementPlan.MaxHospitalsJudged, _cancellationToken)).Take(SettlementPlan.HospitalLimit)
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
        var @case = Apply(_start, set);
        _judged[key] = judged = CaseValidator.Validate(@case).Count > 0 ? null : _evaluator.Judge(@case, _candidateOptions, _cancellationToken);
        return judged;
    }

    /// <summary>The actions a decision's remedies propose for the case as it stands.</summary>
    private IEnumerable<PlanAction> Propose(SettlementCase c, Judged judged, Visit visit, IReadOnlyList<DirectoryHospital> hospitals)
    {
        foreach (var finding in judged.Decision.Findings)
        {
            var filing = finding.Facts.Select(f => f.StartsWith("filing:", StringComparison.Ordinal) ? c.Filings.FirstOrDefault(x => "filing:" + x.Id == f) : null).FirstOrDefault(f => f is not null);
            foreach (var remedy in finding.Remedies.Select(r => r.Code).Distinct())
            {
                foreach (var action in Actions(remedy, c, filing, judged, visit, hospitals))
                {
                    yield return action;
                }
            }
        }
    }

    private IEnumerable<PlanAction> Actions(string remedy, SettlementCase c, Filing? filing, Judged judged, Visit visit, IReadOnlyList<DirectoryHospital> hospitals)
    {
        var text = Wording.Text(remedy, visit.AskedBefore);
        switch (remedy)
        {
            case RemedyCodes.RenewFiling when filing is not null && visit.AsOf <= visit.Until:
                yield return Action(remedy, "filing:" + filing.Id, PlanActor.Patient, AppFiling, text, visit.Until,
                    x => Replace(x, filing.Id, f => f with { ValidFrom = visit.AsOf, ValidUntil = null, Status = FilingStatus.Active }));
                break;
            case RemedyCodes.RefileCorrectRegion when filing is not null && visit.AsOf <= visit.Until:
                var from = ChangeableFrom(filing, c, visit);
                if (from is { } day && day <= visit.Until)
                {
                    var treatment = _evaluator.Policies.Resolve(c.Hospital.Region, visit.Date).PoolingRegion;
                    yield return Action(remedy, "filing:" + filing.Id, PlanActor.Patient, AppRefile, text, visit.Until,
                        x => Replace(x, filing.Id, f => f with { DestinationRegion = treatment, ValidFrom = day, ValidUntil = null, Status = FilingStatus.Active }));
                }

                break;
            case RemedyCodes.FileRetroactively when judged.Gap is { Deadline: { } deadline }:
                yield return Action(remedy, "filing:new", PlanActor.Patient, AppRetroactive, text, deadline == DateTime.MaxValue.Date ? null : deadline,
                    x => AddFiling(x, visit.Date, visit));
                break;
            case RemedyCodes.FileBeforeVisit when visit.AskedBefore:
                yield return Action(remedy, "filing:new", PlanActor.Patient, AppFiling, text, visit.Date, x => AddFiling(x, visit.AsOf, visit));
                break;
            case RemedyCodes.AdjustFilingStart when filing is not null:
                yield return Action(remedy, "filing:" + filing.Id, PlanActor.InsuredRegionOffice, OfficeOrAppRecords, text, judged.Gap?.Deadline is { } last && last != DateTime.MaxValue.Date ? last : null,
                    x => Replace(x, filing.Id, f => f with { ValidFrom = visit.Date }));
                break;
            case RemedyCodes.SupplementFilingMaterials when filing is not null && visit.AsOf <= visit.Until:
                yield return Action(remedy, "filing:" + filing.Id + ":materials", PlanActor.InsuredRegionOffice, Office, text, visit.Until,
                    x => Replace(x, filing.Id, f => f with { Basis = FilingBasis.CommitmentSupplemented }));
                break;
            case RemedyCodes.ChooseNetworkedHospital when visit.AskedBefore:
                foreach (var h in hospitals)
                {
                    var name = h.Name is { } n ? n : h.Id;
                    yield return Action(remedy, "hospital:" + h.Id, PlanActor.Patient, AppHospitals,
                        new LocalizedText($"改到{name}（{h.Region.Name ?? h.Region.ToString()}）就医：该院已开通本次就医所需的异地直接结算。", $"Go to {name} ({h.Region.Describe(Languages.English)}) instead: it has opened cross-region settlement for this visit."), visit.Date,
                        x => x with { Hospital = h.Hospital }, h.Id) with { Group = "hospital" };
                }

                break;
            case RemedyCodes.ChangeDesignatedHospital when visit.AskedBefore:
                yield return Action(remedy, "qualification:designated", PlanActor.Patient, AppDesignated, text, visit.Date,
                    x => x with
                    {
                        Qualifications = x.Qualifications.Select(q => q.Condition == x.Encounter.Condition && q.DesignatedHospitals is { } d && !d.Contains(x.Hospital.Id)
                            ? q with { DesignatedHospitals = d.Append(x.Hospital.Id).ToArray() } : q).ToArray(),
                    });
                break;
            case RemedyCodes.ObtainQualification when visit.AskedBefore && c.Encounter.Condition is { } condition:
                yield return Action(remedy, "qualification:new", PlanActor.InsuredRegionOffice, OfficeQualification, text, visit.Date,
                    x => x with { Qualifications = x.Qualifications.Append(new Qualification { Condition = condition, ValidFrom = visit.AsOf }).ToArray() });
                break;
            case RemedyCodes.UseEVoucher when visit.AsOf <= visit.Until:
                yield return Action(remedy, "person:credential", PlanActor.Patient, AppEVoucher, text, visit.Until,
                    x => x with { Person = x.Person with { EVoucherActivated = true } });
                break;
            case RemedyCodes.ReplaceCard when visit.AsOf <= visit.Until:
                yield return Action(remedy, "person:credential:card", PlanActor.HospitalDesk, ServicePoint, text, visit.Until,
                    x => x with { Person = x.Person with { Card = CardStatus.Valid } }) with { Group = "person:credential" };
                break;
            case RemedyCodes.CorrectIdentityVia12393 when visit.AsOf <= visit.Until:
                yield return Action(remedy, "person:identity", PlanActor.InsuredRegionOffice, Hotline, text, visit.Until,
                    x => x with { Person = x.Person with { IdentityVerified = true } });
                break;
            case RemedyCodes.EnablePersonalAccountPayment when visit.AsOf <= visit.Until:
                yield return Action(remedy, "person:personal-account", PlanActor.Patient, AppPersonalAccount, text, visit.Until,
                    x => x with { Person = x.Person with { PersonalAccountPaymentEnabled = true } });
                break;
            case RemedyCodes.PayArrears:
                yield return Action(remedy, "person:contribution", PlanActor.Patient, Arrears, text, null,
                    x => x with { Person = x.Person with { Contribution = new Contribution { Status = ContributionStatus.WaitingPeriod, BenefitsResumeOn = visit.AsOf.AddMonths(WaitingMonthsAfterArrears) } } });
                break;
        }
    }

    private static PlanAction Action(string remedy, string target, PlanActor who, LocalizedText where, LocalizedText text, DateTime? before, Func<SettlementCase, SettlementCase> apply, string? hospital = null) =>
        new(remedy + " " + target, remedy, target, who, where, text, before, hospital, apply);

    /// <summary>The first day a filing can be changed under the insured region's change lock on long-term filings (today when there is none).</summary>
    private DateTime? ChangeableFrom(Filing filing, SettlementCase c, Visit visit)
    {
        if (!filing.IsLongTerm)
        {
            return visit.AsOf;
        }

        var months = _evaluator.Policies.Resolve(c.Person.InsuredRegion, visit.Date).Get(PolicyParameters.LongTermFilingChangeLockMonths);
        var changeable = months is int m ? filing.ValidFrom.Date.AddMonths(m) : visit.AsOf;
        return changeable > visit.AsOf ? changeable : visit.AsOf;
    }

    private static SettlementCase Replace(SettlementCase c, string id, Func<Filing, Filing> change) =>
        c with { Filings = c.Filings.Select(f => f.Id == id ? change(f) : f).ToArray() };

    /// <summary>A new temporary filing for the treatment pooling region (an id no filing of the case has).</summary>
    private SettlementCase AddFiling(SettlementCase c, DateTime from, Visit visit)
    {
        var id = "NEW";
        for (var n = 2; c.Filings.Any(f => f.Id == id); n++)
        {
            id = "NEW" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var treatment = _evaluator.Policies.Resolve(c.Hospital.Region, visit.Date).PoolingRegion;
        return c with
        {
            Filings = c.Filings.Append(new Filing
            {
                Id = id, Reason = FilingReason.OtherTemporary, DestinationRegion = treatment, ValidFrom = from,
                Status = FilingStatus.Active, Basis = FilingBasis.Materials,
            }).ToArray(),
        };
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
                _notTried.Add(T($"未能逐一核实每个步骤能否解决 {finding.Code}（已达到判断次数上限）。", $"Whether a single step fixes {finding.Code} was not checked for every step (the limit of cases judged was reached)."));
                continue;
            }

            var resume = Wording.Date(visit.AsOf.AddMonths(WaitingMonthsAfterArrears));
            var reason = finding.Code switch
            {
                FindingCodes.ItemsOutsideCatalog => T($"医保目录外的项目（{string.Join("、", after.SelfPayItems)}）仍需自费。", $"Items outside the catalogue ({string.Join(", ", after.SelfPayItems)}) stay self-paid."),
                FindingCodes.ContributionLapsed or FindingCodes.WaitingPeriod when !visit.AskedBefore || finding.Code == FindingCodes.WaitingPeriod =>
                    T($"断缴或待遇等待期内就医的费用不能报销，补缴也不能追溯到本次就医；现在补缴，一般还需等待至少 {WaitingMonthsAfterArrears} 个月（约 {resume} 起）的就医才能结算。",
                      $"Costs of a visit during a lapse or waiting period are not reimbursed, and paying arrears cannot reach back to this visit; paid now, visits from about {resume} (at least {WaitingMonthsAfterArrears} months' wait) settle."),
                FindingCodes.ContributionLapsed => T($"补缴后一般还有至少 {WaitingMonthsAfterArrears} 个月的待遇等待期（约 {resume} 起），赶不上本次就医。", $"After paying arrears a waiting period of at least {WaitingMonthsAfterArrears} months usually follows (until about {resume}), too late for this visit."),
                FindingCodes.TemporaryRateReduction => T($"临时外出就医按规定降低报销比例（{after.RateReductionPoints} 个百分点），备案不能改变。", $"A temporary visitor's ratio is reduced by policy ({after.RateReductionPoints} points); no filing step changes that."),
                FindingCodes.QualificationMissing when !visit.AskedBefore => T("门诊慢特病资格由参保地认定，不能追溯到已经发生的就诊；今后就医前先办理资格认定。", "A chronic-condition qualification is granted by the insured region and cannot be backdated to a visit already made; obtain it before the next one."),
                FindingCodes.HospitalNotNetworked or FindingCodes.HospitalServiceNotOpen or FindingCodes.HospitalConditionNotOpen or FindingCodes.HospitalIntraProvinceOnly or FindingCodes.HospitalNotSelected when !visit.AskedBefore =>
                    T("就医已经发生，换医院只对今后的就诊有用。", "The visit has taken place: another hospital helps only the next one."),
                FindingCodes.HospitalNotNetworked or FindingCodes.HospitalServiceNotOpen or FindingCodes.HospitalConditionNotOpen or FindingCodes.HospitalIntraProvinceOnly when _directory is null =>
                    T("没有配置医院目录，无法核实换到哪家医院能直接结算；请在APP“异地联网定点医药机构查询”中查找。", "No hospital directory is configured, so no other hospital can be verified; search the app's networked-hospital list."),
                FindingCodes.HospitalNotNetworked or FindingCodes.HospitalServiceNotOpen or FindingCodes.HospitalConditionNotOpen or FindingCodes.HospitalIntraProvinceOnly =>
                    T("医院目录中，就医统筹区内没有能让本次就医直接结算的医院。", "No hospital of the treatment pooling region in the directory would let this visit settle directly."),
                FindingCodes.ConditionNotCrossProvince => T("该病种不在就医地跨省门诊慢特病直接结算的范围内，备案和换医院都改变不了；费用先垫付，回参保地报销。", "The condition is not on the treatment region's list for cross-province chronic settlement; no filing or hospital changes that: pay, then claim at the insured region."),
                _ when finding.Cause == Cause.Filing && after.Findings.Any(f => f.Code == FindingCodes.FilingRetroactiveAsk) =>
                    T("就医已经结束，参保地能否补办备案、期限多长还不知道：请拨打参保地 12393 询问；能补办的话，补办后可按规定结算。", "The visit is over and whether the insured region accepts a retroactive filing is not known: call its 12393 hotline; if it does, file and the visit settles under the rules."),
                FindingCodes.FilingWrongRegion when tried.All(a => a.Remedy != RemedyCodes.RefileCorrectRegion) =>
                    T("这份长期备案还在变更限制期内，在本次就医结束前不能改为就医地。", "This long-term filing is still within its change lock and cannot be moved to the treatment region before the visit ends."),
                _ when !finding.Remedies.Any(r => tried.Any(a => a.Remedy == r.Code)) =>
                    T("没有可以改变事实、让这一问题消失的步骤；请按该问题下的建议处理。", "No step can change the facts so that this goes away; follow the finding's own advice."),
                _ => T("已尝试的步骤都不能让这一问题消失（例如已过补办期限）；请按该问题下的建议处理。", "None of the steps tried makes this go away (e.g. the window to file has closed); follow the finding's own advice."),
            };
            problems.Add(new UnfixableProblem(finding.Code, reason));
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

    private static readonly LocalizedText AppFiling = new("国家医保服务平台APP › 异地备案", "national medical insurance app › cross-region filing (异地备案)");
    private static readonly LocalizedText AppRefile = new("国家医保服务平台APP › 备案记录：取消原备案，再按就医地重新备案", "national medical insurance app › filing records (备案记录): cancel, then file again for the treatment city");
    private static readonly LocalizedText AppRetroactive = new("国家医保服务平台APP › 异地备案（补办），或参保地医保经办窗口", "national medical insurance app › cross-region filing (补办, retroactive), or the insured region's office");
    private static readonly LocalizedText OfficeOrAppRecords = new("参保地医保经办窗口，或国家医保服务平台APP › 备案记录", "the insured region's office, or the app's filing records (备案记录)");
    private static readonly LocalizedText AppHospitals = new("国家医保服务平台APP › 异地联网定点医药机构查询", "national medical insurance app › networked-hospital search (异地联网定点医药机构查询)");
    private static readonly LocalizedText Office = new("参保地医保经办窗口", "the insured region's medical insurance office");
    private static readonly LocalizedText AppDesignated = new("国家医保服务平台APP › 门诊慢特病定点医疗机构变更，或参保地医保经办窗口", "national medical insurance app › change of designated hospital for chronic care, or the insured region's office");
    private static readonly LocalizedText OfficeQualification = new("参保地医保经办窗口（门诊慢特病资格认定）", "the insured region's office (chronic-condition qualification, 门慢特资格认定)");
    private static readonly LocalizedText AppEVoucher = new("国家医保服务平台APP › 医保电子凭证（申领并激活）", "national medical insurance app › e-voucher (医保电子凭证): apply and activate");
    private static readonly LocalizedText ServicePoint = new("参保地或就医地社保服务网点", "a social-security service point in the insured or treatment region");
    private static readonly LocalizedText Hotline = new("参保地医保服务热线 12393", "the insured region's 12393 hotline");
    private static readonly LocalizedText AppPersonalAccount = new("医保服务平台 › 个人账户支付权限", "the insurance service platform › personal-account payment");
    private static readonly LocalizedText Arrears = new("参保地医保经办窗口或税务缴费渠道", "the insured region's office, or the tax bureau's payment channels");
}

/// <summary>A case's decision, and the filing gap the rules derived (its deadline for filing now), for planning.</summary>
internal sealed record Judged(SettlementDecision Decision, FilingGap? Gap);

/// <summary>
/// An action a person can carry out, as a change to the case's facts: its key (remedy and target, unique and
/// ordered), its group (actions on one target exclude each other), who does it, where, its text and deadline.
/// </summary>
internal sealed record PlanAction(string Key, string Remedy, string Group, PlanActor Who, LocalizedText Where, LocalizedText Text, DateTime? Before, string? Hospital, Func<SettlementCase, SettlementCase> Apply);
