using RulesCore.Engine;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Rules;

namespace RulesCore.Settlement;

/// <summary>
/// The evaluator: validates a case, resolves the policy in force, fires the settlement rules and folds their findings
/// into a decision. Thread-safe; the rule set is compiled once per process.
/// </summary>
/// <example>
/// <code>
/// var evaluator = new SettlementEvaluator();
/// SettlementDecision decision = evaluator.Evaluate(settlementCase, new EvaluationOptions { Language = Languages.English });
/// </code>
/// </example>
public sealed class SettlementEvaluator : ISettlementEvaluator
{
    private static readonly IReadOnlyList<RuleInfo> RuleInfos = SettlementRules.All
        .Select(r => new RuleInfo(r.Definition.Id, r.Cause, r.Definition.Description, r.Basis, StratumOf(r.Definition)))
        .ToArray();

    private static readonly Dictionary<string, SettlementRule> RulesById = SettlementRules.All.ToDictionary(r => r.Definition.Id, StringComparer.Ordinal);

    /// <summary>Creates an evaluator with the shipped policy packs.</summary>
    public SettlementEvaluator()
        : this(new SettlementOptions())
    {
    }

    /// <summary>Creates an evaluator with the shipped policy packs plus the packs in <paramref name="options"/>.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="PolicyPackException">The packs conflict (e.g. two for one region).</exception>
    public SettlementEvaluator(SettlementOptions options)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        Policies = options.PolicyPacks.Count == 0 ? PolicyCatalog.Default : PolicyCatalog.Create(options.PolicyPacks);
    }

    /// <inheritdoc />
    public IReadOnlyList<RuleInfo> Rules => RuleInfos;

    /// <inheritdoc />
    public PolicyCatalog Policies { get; }

    /// <inheritdoc />
    public IReadOnlyList<CaseError> Validate(SettlementCase @case) => CaseValidator.Validate(@case);

    /// <inheritdoc />
    public SettlementDecision Evaluate(SettlementCase @case, EvaluationOptions? options = null)
    {
        options = CheckOptions(options);
        var errors = CaseValidator.Validate(@case);
        if (errors.Count > 0)
        {
            throw new InvalidCaseException(errors);
        }

        return Decide(@case, options);
    }

    /// <inheritdoc />
    public IReadOnlyList<EvaluationResult> EvaluateMany(IEnumerable<SettlementCase> cases, EvaluationOptions? options = null)
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
                results[i] = EvaluateOne(input[i], options);
            }
        }
        else
        {
            Parallel.For(0, input.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i => results[i] = EvaluateOne(input[i], options));
        }

        return results;
    }

    private static EvaluationOptions CheckOptions(EvaluationOptions? options)
    {
        options ??= new EvaluationOptions();
        if (!Languages.IsSupported(options.Language))
        {
            throw new ArgumentException("Language must be \"zh-CN\" or \"en\".", nameof(options));
        }

        if (options.MaxDegreeOfParallelism is <= 0)
        {
            throw new ArgumentException("MaxDegreeOfParallelism must be positive.", nameof(options));
        }

        return options;
    }

    private static int StratumOf(RuleDefinition rule)
    {
        var strata = SettlementRules.RuleSet.Strata;
        for (var s = 0; s < strata.Count; s++)
        {
            if (strata[s].Contains(rule))
            {
                return s;
            }
        }

        return -1;
    }

    private EvaluationResult EvaluateOne(SettlementCase @case, EvaluationOptions options)
    {
        var errors = CaseValidator.Validate(@case);
        return errors.Count > 0 ? new EvaluationResult { Errors = errors } : new EvaluationResult { Decision = Decide(@case, options) };
    }

    private SettlementDecision Decide(SettlementCase @case, EvaluationOptions options)
    {
        var date = @case.Encounter.Date.Date;
        var asOf = options.AsOf ?? @case.AsOf ?? date;
        var visit = new Visit(@case, asOf, Policies.Resolve(@case.Person.InsuredRegion, date), Policies.Resolve(@case.Hospital.Region, date));

        // Facts go in a canonical order, so the trace (and so the decision) does not depend on the order of the lists.
        var session = SettlementRules.RuleSet.CreateSession();
        session.Insert(visit);
        session.Insert(@case.Person);
        session.Insert(@case.Hospital);
        foreach (var filing in @case.Filings.OrderBy(f => f.Id, StringComparer.Ordinal))
        {
            session.Insert(filing);
        }

        foreach (var qualification in @case.Qualifications.OrderBy(q => q.Condition, StringComparer.Ordinal).ThenBy(q => q.ValidFrom).ThenBy(q => q.ValidUntil ?? DateTime.MaxValue))
        {
            session.Insert(qualification);
        }

        foreach (var item in @case.Encounter.Items.OrderBy(i => i.Code, StringComparer.Ordinal).ThenBy(i => i.Amount).ThenBy(i => i.InCatalog).ThenBy(i => i.Description, StringComparer.Ordinal))
        {
            session.Insert(item);
        }

        session.Fire();
        return Fold(session, options.Language);
    }

    private static SettlementDecision Fold(Session session, string language)
    {
        var raised = session.Query<Raised>();
        var findings = new List<Finding>(raised.Count);
        var outcome = Outcome.Direct;
        var points = 0;
        var selfPay = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var r in raised)
        {
            var entry = FindingCatalog.Get(r.Code);
            var caps = r.Caps ?? entry.Caps;
            if (caps is { } cap && cap > outcome)
            {
                outcome = cap;
            }

            points = Math.Max(points, r.RateReductionPoints);
            if (r.SelfPayItems is { } items)
            {
                selfPay.UnionWith(items);
            }

            var rule = RulesById[r.Rule];
            var basis = r.Policy is { Length: > 0 } policy ? rule.Basis + "; policy: " + string.Join("; ", policy.Select(p => p.ToString())) : rule.Basis;
            findings.Add(new Finding
            {
                Code = r.Code,
                Cause = entry.Cause,
                Severity = caps is null ? entry.Severity : Severity.Blocking,
                Caps = caps,
                Rule = r.Rule,
                Message = FindingCatalog.Format(entry.Message, r.Arguments, language),
                Remedies = entry.Remedies.Select(code => FindingCatalog.Remedy(code, language)).ToArray(),
                Basis = basis,
                Facts = r.Facts,
            });
        }

        findings.Sort(static (a, b) =>
        {
            var c = a.Cause.CompareTo(b.Cause);
            c = c != 0 ? c : string.CompareOrdinal(a.Code, b.Code);
            return c != 0 ? c : string.CompareOrdinal(string.Join("\u0001", a.Facts), string.Join("\u0001", b.Facts));
        });

        var trace = new TraceEntry[session.Trace.Count];
        for (var i = 0; i < trace.Length; i++)
        {
            var firing = session.Trace[i];
            var facts = new string[firing.Matched.Count];
            for (var k = 0; k < facts.Length; k++)
            {
                facts[k] = FactReferences.ReferenceOf(firing.Matched[k]);
            }

            trace[i] = new TraceEntry(firing.Rule.Id, facts);
        }

        return new SettlementDecision
        {
            Outcome = outcome,
            RateReductionPoints = points,
            Findings = findings,
            SelfPayItems = selfPay.ToArray(),
            Trace = trace,
        };
    }
}
