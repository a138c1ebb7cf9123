using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// Explains why rules did not fire in one diagnostic session: walks each rule's patterns (<see cref="RuleAnatomy"/>)
/// over the session's working memory, taking each condition's result from NRules' reports (<see cref="LhsEvidence"/>)
/// and evaluating the definition's expression where NRules reported nothing; follows missing derived facts to the
/// rules that would have produced them.
/// </summary>
internal sealed class WhyNotExplainer
{
    /// <summary>Matches explored further at one pattern; beyond it the answer says it is partial.</summary>
    public const int MaxBranches = 16;

    /// <summary>Candidates of a first pattern explained; beyond it the answer says it is partial.</summary>
    public const int MaxCandidates = 64;

    /// <summary>Derived facts followed back, rule after rule.</summary>
    public const int MaxChain = 6;

    /// <summary>
    /// Condition checks per fact of the session: the walk's budget, in proportion to the case. Beyond it the walk stops
    /// and the answer says it is partial.
    /// </summary>
    public const int ChecksPerFact = 256;

    private readonly SettlementRuleSet _rules;
    private readonly IReadOnlyList<object> _memory;
    private readonly LhsEvidence _evidence;
    private readonly IReadOnlyList<TraceEntry> _firings;
    private readonly Func<int, bool> _inScope;
    private readonly string _language;
    private readonly WhyNotWords _words;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<Type, object[]> _factsOf = new();
    private int _checks;

    public WhyNotExplainer(SettlementRuleSet rules, IReadOnlyList<object> memory, LhsEvidence evidence, IReadOnlyList<TraceEntry> firings, Func<int, bool> inScope, string language, CancellationToken cancellationToken = default)
    {
        _rules = rules;
        _memory = memory.OrderBy(FactReferences.ReferenceOf, StringComparer.Ordinal).ToArray();
        _evidence = evidence;
        _firings = firings;
        _inScope = inScope;
        _language = language;
        _words = new WhyNotWords(language);
        _cancellationToken = cancellationToken;
        Budget = ChecksPerFact * Math.Max(1, _memory.Count);
    }

    /// <summary>Gets how many condition checks the walk may make: <see cref="ChecksPerFact"/> per fact of the session.</summary>
    public int Budget { get; }

    /// <summary>Gets how many condition checks the walk made (its work).</summary>
    public int Checks => _checks;

    /// <summary>Gets the words of the answer, in its language.</summary>
    public WhyNotWords Words => _words;

    /// <summary>Gets NRules' reports of the conditions it evaluated.</summary>
    public LhsEvidence Evidence => _evidence;

    public CancellationToken CancellationToken => _cancellationToken;

    /// <summary>Gets whether the walk has made all the checks of its budget.</summary>
    public bool Spent => _checks >= Budget;

    public string BudgetSpent => T(
        $"解释已做了 {Budget} 次条件判断，达到上限（每个事实 {ChecksPerFact} 次），其余部分未解释。",
        $"The explanation made {Budget} condition checks, its limit ({ChecksPerFact} per fact); the rest is not explained.");

    /// <summary>Counts one condition check against the budget.</summary>
    public void CountCheck() => _checks++;

    private string T(string chinese, string english) => _words.T(chinese, english);

    public RuleDiagnosis Diagnose(int rule) => Diagnose(rule, new HashSet<int> { rule }, 0);

    private RuleDiagnosis Diagnose(int index, HashSet<int> visited, int depth)
    {
        var name = _rules.Definitions[index].Name;
        var rule = _rules.Rules[index];
        var anatomy = _rules.AnatomyOf(index);
        var diagnosis = new RuleDiagnosis
        {
            Rule = name,
            Description = rule.Description.In(_language),
            Patterns = anatomy.Steps.Select(_words.Pattern).ToArray(),
        };

        var firings = _firings.Where(f => f.Rule == name).Select(f => f.Facts).ToArray();
        if (firings.Length > 0)
        {
            return diagnosis with { Status = RuleStatus.Fired, Firings = firings };
        }

        if (!_inScope(index))
        {
            return diagnosis with { Status = RuleStatus.OutOfScope };
        }

        var walk = new WhyNotWalk(this, anatomy);
        var candidates = walk.Candidates();
        var because = new List<RuleDiagnosis>();
        foreach (var missing in walk.Missing.Distinct())
        {
            for (var producer = 0; producer < _rules.Rules.Count; producer++)
            {
                if (_rules.Rules[producer].Derives.Any(missing.IsAssignableFrom) && visited.Add(producer))
                {
                    if (depth + 1 >= MaxChain)
                    {
                        walk.Partial.Add(T($"推导链超过 {MaxChain} 层，未再展开规则 {_rules.Definitions[producer].Name}。", $"The chain of derived facts is deeper than {MaxChain}; rule {_rules.Definitions[producer].Name} is not explained."));
                        continue;
                    }

                    because.Add(Diagnose(producer, visited, depth + 1));
                }
            }
        }

        if (anatomy.Unsupported is { } kind)
        {
            walk.Partial.Add(T($"规则含有无法逐条解释的条件（{kind}），未列出其原因。", $"The rule has an element the explanation cannot walk ({kind}); it is not explained."));
        }

        if (!Spent && candidates.Any(c => c.PatternsPassed == anatomy.Steps.Count))
        {
            walk.Partial.Add(T("规则的每个模式都已匹配，却没有触发（例如被议程过滤器拦下）。", "Every pattern matched, yet the rule did not fire (e.g. an agenda filter stopped it)."));
        }

        return diagnosis with
        {
            Status = RuleStatus.NotFired,
            Candidates = candidates,
            Because = because,
            Partial = walk.Partial.Distinct().ToArray(),
        };
    }

    /// <summary>The facts of the session of a type, in the order of their references.</summary>
    public object[] FactsOf(Type type)
    {
        if (!_factsOf.TryGetValue(type, out var facts))
        {
            _factsOf[type] = facts = _memory.Where(type.IsInstanceOfType).ToArray();
        }

        return facts;
    }
}
