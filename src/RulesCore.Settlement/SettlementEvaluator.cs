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

    private static readonly EvaluationOptions DefaultOptions = new();

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
        options ??= DefaultOptions;
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
        var rules = SettlementRules.RuleSet;
        var session = rules.Rent();
        // The case's facts are of types no rule derives, so they can skip the engine's equality check; equal
        // qualifications or items inserted twice change nothing the rules decide (they are only tested, never bound).
        session.InsertDistinct(visit);
        session.InsertDistinct(@case.Person);
        session.InsertDistinct(@case.Hospital);
        InsertSorted(session, @case.Filings, FilingOrder);
        InsertSorted(session, @case.Qualifications, QualificationOrder);
        InsertSorted(session, @case.Encounter.Items, ItemOrder);
        session.Fire();
        var decision = Fold(session, options.Language);
        rules.Return(session);
        return decision;
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

    private static void InsertSorted<T>(Session session, IReadOnlyList<T> facts, Comparison<T> order) where T : class
    {
        if (facts.Count == 1)
        {
            session.InsertDistinct(facts[0]);
            return;
        }

        if (facts.Count == 0)
        {
            return;
        }

        var sorted = new T[facts.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = facts[i];
        }

        // A stable sort: equal facts keep their relative order (and equal records are one fact anyway).
        var keyed = new KeyValuePair<T, int>[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            keyed[i] = new KeyValuePair<T, int>(sorted[i], i);
        }

        Array.Sort(keyed, (x, y) => { var c = order(x.Key, y.Key); return c != 0 ? c : x.Value.CompareTo(y.Value); });
        foreach (var pair in keyed)
        {
            session.InsertDistinct(pair.Key);
        }
    }

    private static SettlementDecision Fold(Session session, string language)
    {
        List<Finding>? findings = null;
        var outcome = Outcome.Direct;
        var points = 0;
        SortedSet<string>? selfPay = null;
        var facts = session.Facts;
        for (var f = 0; f < facts.Count; f++)
        {
            if (facts[f] is not Raised r)
            {
                continue;
            }

            var entry = FindingCatalog.Get(r.Code);
            var caps = r.Caps ?? entry.Caps;
            if (caps is { } cap && cap > outcome)
            {
                outcome = cap;
            }

            points = Math.Max(points, r.RateReductionPoints);
            if (r.SelfPayItems is { } items)
            {
                (selfPay ??= new SortedSet<string>(StringComparer.Ordinal)).UnionWith(items);
            }

            var rule = RulesById[r.Rule];
            var basis = r.Policy is { Length: > 0 } policy ? rule.Basis + "; policy: " + string.Join("; ", policy.Select(p => p.ToString())) : rule.Basis;
            (findings ??= new List<Finding>()).Add(new Finding
            {
                Code = r.Code,
                Cause = entry.Cause,
                Severity = caps is null ? entry.Severity : Severity.Blocking,
                Caps = caps,
                Rule = r.Rule,
                Message = FindingCatalog.Format(entry.Message, r.Arguments, language),
                Remedies = FindingCatalog.Remedies(r.Code, language),
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

        var trace = new TraceEntry[session.Trace.Count];
        for (var i = 0; i < trace.Length; i++)
        {
            var firing = session.Trace[i];
            var references = new string[firing.Matched.Count];
            for (var k = 0; k < references.Length; k++)
            {
                references[k] = FactReferences.ReferenceOf(firing.Matched[k]);
            }

            trace[i] = new TraceEntry(firing.Rule.Id, references);
        }

        return new SettlementDecision
        {
            Outcome = outcome,
            RateReductionPoints = points,
            Findings = findings is null ? Array.Empty<Finding>() : findings,
            SelfPayItems = selfPay is null ? Array.Empty<string>() : selfPay.ToArray(),
            Trace = trace,
        };
    }

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
