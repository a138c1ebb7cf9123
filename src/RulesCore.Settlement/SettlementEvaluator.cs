using RulesCore.Settlement.Engine;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Errors;

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

    private readonly Assessor _assessor;

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

        _assessor = new Assessor(_rules, Policies);
        if (options.WarmUp)
        {
            WarmUp();
        }
    }

    /// <summary>
    /// Compiles the rules of every situation a visit can be in now (local, intra-province or cross-province; chronic,
    /// emergency or another setting), several at once, and decides a made-up visit in each (unobserved: telemetry counts
    /// none), so that no decision waits for its situation's rules or the code that decides to compile (about 50 ms per
    /// situation on its first decision otherwise). A service calls it at start-up, or sets
    /// <see cref="SettlementOptions.WarmUp"/>. Calling it again does nothing; decisions made meanwhile are safe.
    /// Why-not answers and the hospital finder's screen compile their rule sets on first use.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting; situations compiled so far stay compiled.</param>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="RuleFailedException">An integrator's rule cannot be compiled.</exception>
    public void WarmUp(CancellationToken cancellationToken = default)
    {
        _rules.CompileEverySituation(cancellationToken);

        // A made-up visit decided in each situation compiles the code that decides too (the runtime's JIT), unobserved:
        // telemetry counts no decision. A rule that fails on it fails on real visits as well, and says so there.
        foreach (var visit in RehearsalVisits.All)
        {
            try
            {
                _assessor.Rehearse(visit, cancellationToken);
            }
            catch (RuleFailedException)
            {
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

    /// <summary>
    /// Gets every finding the rules in force can raise, by code: its cause, severity, cap, message template and remedy
    /// codes — the catalogue a decision's findings are worded from, and the definitions to raise with
    /// <see cref="Decide"/>.
    /// </summary>
    public IReadOnlyDictionary<string, FindingDefinition> Findings => _rules.Findings;

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
    private EvaluationResult EvaluateOne(SettlementCase @case, EvaluationOptions options, CancellationToken cancellationToken) =>
        _assessor.Evaluate(@case, options.AsOf, options.IncludeTrace, LanguageOf(options), cancellationToken);

    /// <summary>The language of a decision: the caller's, else the evaluator's default.</summary>
    private string LanguageOf(EvaluationOptions options) => options.Language ?? _defaultOptions.Language!;

    /// <summary>
    /// The decision for findings raised without this evaluator's rules — by a fast path of the caller's own that finds
    /// some problems before any rule runs (an HIS's registration desk), or by the settlement rules run in an NRules
    /// session of the caller's — folded exactly as <see cref="Evaluate"/> folds what its rules raise: the outcome is the
    /// worst cap, each finding is worded in the requested language (message, remedies for the moment the question is
    /// asked, the rule's basis with the policy values it relied on), the findings are sorted by cause, code and facts,
    /// and the provenance names the rules in force and the packs of the visit's policy. The case is validated and asked
    /// on the day <see cref="Evaluate"/> would take (<see cref="EvaluationOptions.AsOf"/>, else the case's, else the visit
    /// day). Nothing is fired, so the decision has no trace, and it holds exactly the findings given: whether they are
    /// all the case's problems is the caller's to know.
    /// </summary>
    /// <example>
    /// <code>
    /// var unusable = new Raised("account.card-unusable", evaluator.Findings[FindingCodes.CardUnusable], new object[] { settlementCase.Person }, new LocalizedText("遗失", "lost"));
    /// SettlementDecision decision = evaluator.Decide(settlementCase, new[] { unusable });
    /// </code>
    /// </example>
    /// <param name="case">The case the findings are about.</param>
    /// <param name="findings">The raised findings, each of a rule in force and with the definition that rule raises (<see cref="Findings"/>).</param>
    /// <param name="options">The language and the as-of day; the trace and the parallelism are ignored.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="InvalidCaseException">The case is invalid; every problem is listed.</exception>
    /// <exception cref="ArgumentException">A finding is <see langword="null"/>, names no rule in force, or has a definition that rule does not raise.</exception>
    public SettlementDecision Decide(SettlementCase @case, IEnumerable<Raised> findings, EvaluationOptions? options = null)
    {
        if (@case is null || findings is null)
        {
            throw new ArgumentNullException(@case is null ? nameof(@case) : nameof(findings));
        }

        options = CheckOptions(options);
        var errors = CaseValidator.Validate(@case);
        if (errors.Count > 0)
        {
            throw new InvalidCaseException(errors);
        }

        var raised = new List<Raised>(findings);
        foreach (var finding in raised)
        {
            if (finding is null || !_rules.Raises(finding.Rule, finding.Finding))
            {
                throw new ArgumentException(
                    finding is null ? "A finding is null." : $"No rule in force named '{finding.Rule}' raises this definition of '{finding.Finding.Code}' (Rules and Findings list them).",
                    nameof(findings));
            }
        }

        return _assessor.Folding.Fold(_assessor.VisitOf(@case, options.AsOf), raised, null, LanguageOf(options));
    }

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
            var known = Rules.Select(r => r.Id).Concat(Rules.SelectMany(r => r.Findings));
            throw new ArgumentException("No rule has this id and no rule raises this finding code (Rules lists both)." + Spelling.DidYouMean(ruleIdOrFindingCode, known).English, nameof(ruleIdOrFindingCode));
        }

        var language = LanguageOf(options);
        var unknown = _assessor.UnknownOf(@case);

        // A partial case is diagnosed on its worst completion, and each rule says which unknown facts its firing turns on.
        var search = unknown is null ? null : _assessor.Search(@case, unknown, options.AsOf, traced: true, cancellationToken);
        var assessment = _assessor.Assess((search is null ? @case : search.CaseOf(search.Worst)), options.AsOf, AssessmentDepth.Diagnosed, cancellationToken);
        var decision = search is null ? _assessor.Folding.Fold(assessment, language) : PartialDecisions.Decide(_assessor.Folding, search, @case, language);
        var explainer = new WhyNotExplainer(_rules, assessment.Session.Query<object>().ToList(), assessment.Evidence!, search is null ? decision.Trace : assessment.Trace!.Entries(_rules),
            rule => _rules.InScope(rule, @case.Person.InsuredRegion, @case.Hospital.Region, assessment.Visit.Date), language, cancellationToken);
        var rules = asked.Select(explainer.Diagnose).ToArray();
        if (search is not null)
        {
            rules = rules.Select(r => DependsOn(r, search)).ToArray();
        }

        return new WhyNot { Asked = ruleIdOrFindingCode, Decision = decision, Rules = rules, Checks = explainer.Checks, CheckBudget = explainer.Budget };
    }

    private static RuleDiagnosis DependsOn(RuleDiagnosis rule, PartialSearch search) => rule with
    {
        DependsOn = search.FiringDependsOn(rule.Rule),
        Because = rule.Because.Select(b => DependsOn(b, search)).ToArray(),
    };

    /// <inheritdoc />
    public SettlementPlan Plan(SettlementCase @case, EvaluationOptions? options = null, CancellationToken cancellationToken = default)
    {
        options = CheckOptions(options);
        var language = LanguageOf(options);
        return new Planner(_assessor, _directory, options.AsOf, language, options.IncludeTrace, cancellationToken).Plan(@case);
    }

    /// <summary>The runner every way of asking shares (the hospital finder's too).</summary>
    internal Assessor Assessor => _assessor;
}
