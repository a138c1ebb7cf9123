using RulesCore.Settlement.Engine;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Rules;

namespace RulesCore.Settlement;

/// <summary>
/// The evaluator: validates a case, resolves the policy in force, fires the settlement rules (NRules rules, compiled once
/// per process into a shared session factory; a fresh session per evaluation) and folds their findings into a
/// decision. Thread-safe.
/// </summary>
/// <example>
/// <code>
/// var evaluator = new SettlementEvaluator();
/// SettlementDecision decision = evaluator.Evaluate(settlementCase, new EvaluationOptions { Language = Languages.English });
/// </code>
/// </example>
public sealed class SettlementEvaluator : ISettlementEvaluator
{
    private readonly EvaluationOptions _defaultOptions;

    private readonly SettlementRuleSet _rules;

    private readonly Hospitals.IHospitalDirectory? _directory;

    /// <summary>Creates an evaluator with the shipped policy packs.</summary>
    public SettlementEvaluator()
        : this(new SettlementOptions())
    {
    }

    /// <summary>Creates an evaluator with the shipped policy packs plus the packs in <paramref name="options"/>.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="InvalidPolicyPackException">The packs conflict (e.g. two for one region).</exception>
    /// <exception cref="RuleSetException">The integrators' rules are inconsistent with each other or with the shipped ones, or read a policy parameter that is not declared or has no value where they apply.</exception>
    /// <exception cref="RuleFailedException">An integrator's rule threw while it was defined.</exception>
    public SettlementEvaluator(SettlementOptions options)
        : this(options, null)
    {
    }

    /// <summary>Creates an evaluator over a given rule set (rule-level tests: a rule with the producers of what it reads).</summary>
    internal SettlementEvaluator(SettlementOptions options, SettlementRuleSet? rules)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        _defaultOptions = new EvaluationOptions { Language = options.DefaultLanguage };
        _directory = options.HospitalDirectory;
        Policies = options.PolicyPacks.Count == 0 && options.Parameters.Count == 0 ? PolicyCatalog.Default : PolicyCatalog.Create(options.PolicyPacks, options.Parameters);
        _rules = rules ?? (options.Rules.Count == 0 ? SettlementRuleSet.Default : SettlementRuleSet.Build(SettlementRuleSet.ShippedRuleTypes().Concat(options.Rules)));
        if (!ReferenceEquals(_rules, SettlementRuleSet.Default))
        {
            var problems = ParameterReads.Check(_rules, Policies, options.Parameters.Where(p => p.Default is null).Select(p => p.Parameter).ToArray());
            if (problems.Count > 0)
            {
                throw new RuleSetException(problems);
            }
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<RuleInfo> Rules => _rules.Infos;

    /// <summary>
    /// Gets a fingerprint (SHA-256, hex) of the rules in force: their ids, priorities, conditions and actions, findings,
    /// scopes and the assemblies that compiled them. It changes whenever any rule's logic changes — for audit records
    /// of which rules produced a decision.
    /// </summary>
    public string RulesFingerprint => _rules.Fingerprint;

    /// <inheritdoc />
    public PolicyCatalog Policies { get; }

    /// <inheritdoc />
    public IReadOnlyList<InputError> Validate(SettlementCase @case) => CaseValidator.Validate(@case);

    /// <inheritdoc />
    public SettlementDecision Evaluate(SettlementCase @case, EvaluationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = EvaluateOne(@case, CheckOptions(options), cancellationToken);
        return result.Decision ?? throw new InvalidCaseException(result.Errors);
    }

    /// <inheritdoc />
    public IReadOnlyList<EvaluationResult> EvaluateMany(IEnumerable<SettlementCase> cases, EvaluationOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (cases is null)
        {
            throw new ArgumentNullException(nameof(cases));
        }

        options = CheckOptions(options);
        var input = cases as IReadOnlyList<SettlementCase> ?? cases.ToArray();
        var results = new EvaluationResult[input.Count];
        var parallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount;
        if (parallelism <= 1 || input.Count < 2)
        {
            for (var i = 0; i < input.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                results[i] = EvaluateOne(input[i], options, cancellationToken);
            }
        }
        else
        {
            try
            {
                Parallel.For(0, input.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, i => results[i] = EvaluateOne(input[i], options, cancellationToken));
            }
            catch (AggregateException e)
            {
                // As the sequential path does: the first failure as it was thrown (a rule's, a cancellation).
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.Flatten().InnerExceptions[0]).Throw();
            }
        }

        return results;
    }

    /// <inheritdoc />
    public IEnumerable<EvaluationResult> EvaluateStream(IEnumerable<SettlementCase> cases, EvaluationOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (cases is null)
        {
            throw new ArgumentNullException(nameof(cases));
        }

        options = CheckOptions(options);
        return Streamed(cases, options, options.MaxDegreeOfParallelism ?? Environment.ProcessorCount, cancellationToken);
    }

    /// <summary>How many cases per worker the stream reads ahead, so that no worker waits for the caller between cases.</summary>
    internal const int ReadAheadPerWorker = 4;

    /// <summary>
    /// A window of at most <paramref name="parallelism"/> × <see cref="ReadAheadPerWorker"/> cases read ahead, of which at
    /// most <paramref name="parallelism"/> are evaluated at once (a scheduler limited to that many workers); the oldest
    /// result is handed out first.
    /// </summary>
    private IEnumerable<EvaluationResult> Streamed(IEnumerable<SettlementCase> cases, EvaluationOptions options, int parallelism, CancellationToken cancellationToken)
    {
        var ahead = parallelism == 1 ? 1 : parallelism * ReadAheadPerWorker;
        var scheduler = parallelism == 1 ? null : new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, parallelism).ConcurrentScheduler;
        var window = new Queue<Task<EvaluationResult>>(ahead);
        using var input = cases.GetEnumerator();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            while (window.Count < ahead && input.MoveNext())
            {
                var @case = input.Current;
                window.Enqueue(scheduler is null
                    ? Task.FromResult(EvaluateOne(@case, options, cancellationToken))
                    : Task.Factory.StartNew(() => EvaluateOne(@case, options, cancellationToken), cancellationToken, TaskCreationOptions.DenyChildAttach, scheduler));
            }

            if (window.Count == 0)
            {
                yield break;
            }

            yield return window.Dequeue().GetAwaiter().GetResult();
        }
    }

    /// <summary>The caller's options, checked (a language left out is resolved when the decision is folded).</summary>
    private EvaluationOptions CheckOptions(EvaluationOptions? options)
    {
        if (options is null)
        {
            return _defaultOptions;
        }

        if (options.Language is not null && !Languages.IsSupported(options.Language))
        {
            throw new ArgumentException("Language must be \"zh-CN\" or \"en\".", nameof(options));
        }

        if (options.AsOf is { } asOf && !CaseLimits.IsInDateRange(asOf))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "AsOf must lie between 1900-01-01 and 2999-12-31.");
        }

        if (options.MaxDegreeOfParallelism is <= 0)
        {
            throw new ArgumentException("MaxDegreeOfParallelism must be positive.", nameof(options));
        }

        return options;
    }

    /// <summary>One evaluation, observed (<see cref="RulesCoreTelemetry"/>) when someone listens.</summary>
    private EvaluationResult EvaluateOne(SettlementCase @case, EvaluationOptions options, CancellationToken cancellationToken)
    {
        if (!RulesCoreTelemetry.Listened)
        {
            return Unobserved(@case, options, cancellationToken);
        }

        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        using var activity = RulesCoreTelemetry.Source.StartActivity(RulesCoreTelemetry.EvaluateActivity);
        var result = Unobserved(@case, options, cancellationToken);
        if (result.Decision is { } decision)
        {
            RulesCoreTelemetry.Record(decision, activity, start);
        }
        else if (activity is not null)
        {
            activity.SetStatus(System.Diagnostics.ActivityStatusCode.Error, "invalid case");
            activity.SetTag("rulescore.errors", result.Errors.Count);
        }

        return result;
    }

    private EvaluationResult Unobserved(SettlementCase @case, EvaluationOptions options, CancellationToken cancellationToken)
    {
        var errors = CaseValidator.Validate(@case);
        return errors.Count > 0 ? new EvaluationResult { Errors = errors } : new EvaluationResult { Decision = Decide(@case, options, cancellationToken) };
    }

    private SettlementDecision Decide(SettlementCase @case, EvaluationOptions options, CancellationToken cancellationToken)
    {
        var run = Run(@case, options, options.IncludeTrace, diagnose: false, cancellationToken);
        return Fold(run.Visit, run.Findings, run.Trace, options);
    }

    /// <summary>
    /// Folds raised findings into the decision for a visit: the one folding every way of running the rules shares (the
    /// benchmark's contestants too, so that they are compared on their own work).
    /// </summary>
    internal SettlementDecision Fold(Visit visit, List<Raised> raised, TraceRecorder? trace, EvaluationOptions options) =>
        Fold(raised, trace, options.Language ?? _defaultOptions.Language!, visit.AskedBefore, ProvenanceOf(visit));

    /// <inheritdoc />
    public WhyNot Explain(SettlementCase @case, string ruleIdOrFindingCode, EvaluationOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (ruleIdOrFindingCode is null)
        {
            throw new ArgumentNullException(nameof(ruleIdOrFindingCode));
        }

        options = CheckOptions(options);
        var asked = _rules.Asked(ruleIdOrFindingCode);
        if (asked.Count == 0)
        {
            throw new ArgumentException("No rule has this id and no rule raises this finding code (Rules lists both).", nameof(ruleIdOrFindingCode));
        }

        ThrowIfInvalid(@case);

        var language = options.Language ?? _defaultOptions.Language!;
        var run = Run(@case, options, trace: true, diagnose: true, cancellationToken);
        var decision = Fold(run.Visit, run.Findings, run.Trace, options with { Language = language });
        var date = @case.Encounter.Date.Date;
        var explainer = new WhyNotExplainer(_rules, run.Session.Query<object>().ToList(), run.Evidence!, decision.Trace,
            rule => _rules.InScope(rule, @case.Person.InsuredRegion, @case.Hospital.Region, date), language, cancellationToken);
        var rules = asked.Select(explainer.Diagnose).ToArray();
        return new WhyNot { Asked = ruleIdOrFindingCode, Decision = decision, Rules = rules, Checks = explainer.Checks, CheckBudget = explainer.Budget };
    }

    /// <inheritdoc />
    public SettlementPlan Plan(SettlementCase @case, EvaluationOptions? options = null, CancellationToken cancellationToken = default)
    {
        options = CheckOptions(options);
        ThrowIfInvalid(@case);

        var language = options.Language ?? _defaultOptions.Language!;
        return new Planner(this, _directory, options with { Language = language }, language, cancellationToken).Plan(@case);
    }

    private static void ThrowIfInvalid(SettlementCase @case)
    {
        var errors = CaseValidator.Validate(@case);
        if (errors.Count > 0)
        {
            throw new InvalidCaseException(errors);
        }
    }

    /// <summary>A valid case's decision and the filing gap the rules derived (for planning: its deadline).</summary>
    internal Judged Judge(SettlementCase @case, EvaluationOptions options, CancellationToken cancellationToken)
    {
        var run = Run(@case, options, options.IncludeTrace, diagnose: false, cancellationToken);
        return new Judged(Fold(run.Visit, run.Findings, run.Trace, options), run.Session.Query<FilingGap>().FirstOrDefault());
    }

    /// <summary>One session of the rules over a validated case, fired; its evidence recorded when a why-not asks for it.</summary>
    private SessionRun Run(SettlementCase @case, EvaluationOptions options, bool trace, bool diagnose, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var date = @case.Encounter.Date.Date;
        var asOf = options.AsOf ?? @case.AsOf ?? date;
        var visit = new Visit(@case, asOf, Policies);

        // Facts go in one batch in a canonical order; the decision's findings and trace are sorted canonically too, so
        // neither depends on the order of the case's lists or on NRules' agenda order.
        var facts = new List<object>(3 + @case.Filings.Count + @case.Qualifications.Count + @case.Encounter.Items.Count) { visit, @case.Person, @case.Hospital };
        AddSorted(facts, @case.Filings, FilingOrder);
        AddSorted(facts, @case.Qualifications, QualificationOrder);
        AddSorted(facts, @case.Encounter.Items, ItemOrder);

        var sink = new FindingSink();
        // A why-not walks every rule; a decision needs only the rules that can fire in the visit's situation.
        var session = (diagnose ? _rules.Factory : _rules.FactoryFor(VisitScopeRule.ScopeOf(visit.InsuredPooling, visit.TreatmentPooling), visit.Encounter.Setting)).CreateSession();
        _rules.Limit(session, @case.Person.InsuredRegion, @case.Hospital.Region, date);
        session.DependencyResolver = sink;
        var recorder = trace ? new TraceRecorder(session) : null;
        var evidence = diagnose ? new LhsEvidence(session) : null;
        if (diagnose)
        {
            // A why-not answers about a rule that throws too: its failing condition reads as not evaluated.
            RuleFailures.Tolerate(session);
        }

        // Every rule fires at most once per match; a bound far above what any valid case needs stops a runaway.
        var limit = 64 + (16 * facts.Count);
        try
        {
            session.InsertAll(facts);
            cancellationToken.ThrowIfCancellationRequested();
            var fired = session.Fire(limit, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            if (fired >= limit && RuleFailures.Looping(session, _rules.AssemblyOf) is { } looping)
            {
                throw looping;
            }
        }
        catch (NRules.RuleExecutionException e)
        {
            throw RuleFailures.Of(e, session, _rules.AssemblyOf);
        }

        var findings = _rules.Delivery == FindingDelivery.Collect ? sink.Findings : session.Query<Raised>().ToList();
        return new SessionRun(visit, session, findings, recorder, evidence);
    }

    private sealed record SessionRun(Visit Visit, NRules.ISession Session, List<Raised> Findings, TraceRecorder? Trace, LhsEvidence? Evidence);

    private static readonly string LibraryVersion =
        typeof(SettlementEvaluator).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion.Split('+')[0] ?? "unknown";

    /// <summary>The library, the rules and the packs that supplied the visit's policy values.</summary>
    /// <remarks>Each resolution lists its packs once (resolutions are cached); a visit only joins its two lists.</remarks>
    private DecisionProvenance ProvenanceOf(Visit visit)
    {
        var insured = visit.InsuredPolicy.Provenance;
        var treatment = visit.TreatmentPolicy.Provenance;
        var policies = ReferenceEquals(insured, treatment) ? insured
            : insured.Concat(treatment.Where(t => !insured.Contains(t))).OrderBy(p => p.Region == "national" ? 0 : 1).ThenBy(p => p.Region, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal).ToArray();
        return new DecisionProvenance(LibraryVersion, _rules.Fingerprint, policies);
    }

    private static readonly Comparison<Filing> FilingOrder = static (a, b) => string.CompareOrdinal(a.Id, b.Id);

    private static readonly Comparison<Qualification> QualificationOrder = static (a, b) =>
    {
        var c = string.CompareOrdinal(a.Condition, b.Condition);
        c = c != 0 ? c : a.ValidFrom.CompareTo(b.ValidFrom);
        return c != 0 ? c : (a.ValidUntil ?? DateTime.MaxValue).CompareTo(b.ValidUntil ?? DateTime.MaxValue);
    };

    private static readonly Comparison<EncounterItem> ItemOrder = static (a, b) =>
    {
        var c = string.CompareOrdinal(a.Code, b.Code);
        c = c != 0 ? c : a.Amount.CompareTo(b.Amount);
        c = c != 0 ? c : a.InCatalog.CompareTo(b.InCatalog);
        return c != 0 ? c : string.CompareOrdinal(a.Description, b.Description);
    };

    /// <summary>Adds the facts of a list in a stable canonical order; the same object listed twice is one fact.</summary>
    private static void AddSorted<T>(List<object> facts, IReadOnlyList<T> list, Comparison<T> order) where T : class
    {
        if (list.Count == 1)
        {
            facts.Add(list[0]);
            return;
        }

        if (list.Count == 0)
        {
            return;
        }

        var keyed = new KeyValuePair<T, int>[list.Count];
        for (var i = 0; i < keyed.Length; i++)
        {
            keyed[i] = new KeyValuePair<T, int>(list[i], i);
        }

        Array.Sort(keyed, (x, y) => { var c = order(x.Key, y.Key); return c != 0 ? c : x.Value.CompareTo(y.Value); });
        var seen = new HashSet<object>(ReferenceComparer.Instance);
        foreach (var pair in keyed)
        {
            if (seen.Add(pair.Key))
            {
                facts.Add(pair.Key);
            }
        }
    }

    private SettlementDecision Fold(List<Raised> raised, TraceRecorder? recorder, string language, bool beforeVisit, DecisionProvenance provenance)
    {
        List<Finding>? findings = null;
        var outcome = Outcome.Direct;
        var points = 0;
        SortedSet<string>? selfPay = null;
        foreach (var r in raised)
        {
            var definition = r.Finding;
            var caps = r.Caps ?? definition.Caps;
            if (caps is { } cap && cap > outcome)
            {
                outcome = cap;
            }

            points = Math.Max(points, r.RateReductionPoints);
            if (r.SelfPayItems is { } items)
            {
                (selfPay ??= new SortedSet<string>(StringComparer.Ordinal)).UnionWith(items);
            }

            var rule = _rules.RuleNamed(r.Rule);
            var basis = r.Policy is { Length: > 0 } policy
                ? language == Languages.English
                    ? rule.Basis.English + "; policy: " + string.Join("; ", policy.Select(p => p.Describe(language)))
                    : rule.Basis.Chinese + "；政策参数：" + string.Join("；", policy.Select(p => p.Describe(language)))
                : rule.Basis.In(language);
            (findings ??= new List<Finding>()).Add(new Finding
            {
                Code = definition.Code,
                Cause = definition.Cause,
                Severity = caps is null ? definition.Severity : Severity.Blocking,
                Caps = caps,
                Rule = r.Rule,
                Message = Wording.Format(r.Message ?? definition.Message, r.Arguments, language),
                Remedies = r.Remedies is null && r.RemedyTexts is null ? definition.RemediesIn(language, beforeVisit) : RemediesOf(r, language, beforeVisit),
                Basis = basis,
                Facts = r.Facts,
            });
        }

        findings?.Sort(static (a, b) =>
        {
            var c = a.Cause.CompareTo(b.Cause);
            c = c != 0 ? c : string.CompareOrdinal(a.Code, b.Code);
            return c != 0 ? c : CompareFacts(a.Facts, b.Facts);
        });

        return new SettlementDecision
        {
            Outcome = outcome,
            RateReductionPoints = points,
            Findings = findings is null ? Array.Empty<Finding>() : findings,
            SelfPayItems = selfPay is null ? Array.Empty<string>() : selfPay.ToArray(),
            Trace = recorder is null ? Array.Empty<TraceEntry>() : recorder.Entries(_rules),
            Provenance = provenance,
        };
    }

    /// <summary>The remedies of a finding raised with its own remedies or wording.</summary>
    private static Remedy[] RemediesOf(Raised r, string language, bool beforeVisit) =>
        (r.Remedies ?? r.Finding.Remedies).Select(code =>
            r.RemedyTexts?.FirstOrDefault(t => t.Code == code).Text is { } text ? new Remedy(code, text.In(language)) : Wording.Remedy(code, language, beforeVisit)).ToArray();

    private static int CompareFacts(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        for (var i = 0; i < a.Count && i < b.Count; i++)
        {
            var c = string.CompareOrdinal(a[i], b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return a.Count.CompareTo(b.Count);
    }
}
