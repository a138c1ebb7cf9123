using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;
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
        _cancellationToken = cancellationToken;
        Budget = ChecksPerFact * Math.Max(1, _memory.Count);
    }

    /// <summary>Gets how many condition checks the walk may make: <see cref="ChecksPerFact"/> per fact of the session.</summary>
    public int Budget { get; }

    /// <summary>Gets how many condition checks the walk made (its work).</summary>
    public int Checks => _checks;

    private bool Spent => _checks >= Budget;

    private string BudgetSpent => T(
        $"解释已做了 {Budget} 次条件判断，达到上限（每个事实 {ChecksPerFact} 次），其余部分未解释。",
        $"The explanation made {Budget} condition checks, its limit ({ChecksPerFact} per fact); the rest is not explained.");

    private bool English => _language == Languages.English;

    private string T(string chinese, string english) => English ? english : chinese;

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
            Patterns = anatomy.Steps.Select(PatternWords).ToArray(),
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

        var walk = new Walk(this, anatomy);
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

    private string PatternWords(PatternStep step) => step.Kind switch
    {
        StepKind.Not => T("没有", "no ") + FactWords.Noun(step.FactType, _language),
        StepKind.Exists => T("存在", "some ") + FactWords.Noun(step.FactType, _language),
        StepKind.Collect => T("全部", "every ") + FactWords.Noun(step.MemberType!, _language),
        _ => FactWords.Noun(step.FactType, _language),
    };

    private object[] FactsOf(Type type)
    {
        if (!_factsOf.TryGetValue(type, out var facts))
        {
            _factsOf[type] = facts = _memory.Where(type.IsInstanceOfType).ToArray();
        }

        return facts;
    }

    /// <summary>One rule's walk: the candidates of its first pattern, each explored as deep as it goes.</summary>
    private sealed class Walk
    {
        private readonly WhyNotExplainer _x;
        private readonly RuleAnatomy _anatomy;

        public Walk(WhyNotExplainer explainer, RuleAnatomy anatomy)
        {
            _x = explainer;
            _anatomy = anatomy;
        }

        /// <summary>Gets the derived kinds of fact the rule lacked (to follow back to their producers).</summary>
        public List<Type> Missing { get; } = new();

        public List<string> Partial { get; } = new();

        private IReadOnlyList<PatternStep> Steps => _anatomy.Steps;

        public IReadOnlyList<CandidateDiagnosis> Candidates()
        {
            if (Steps.Count == 0)
            {
                return Array.Empty<CandidateDiagnosis>();
            }

            var first = Steps[0];
            if (first.Kind != StepKind.Match)
            {
                return new[] { Candidate(Array.Empty<string>(), Explore(0, new Dictionary<string, object?>(StringComparer.Ordinal), null)) };
            }

            var facts = _x.FactsOf(first.FactType);
            if (facts.Length > MaxCandidates)
            {
                Partial.Add(_x.T($"第 1 个模式有 {facts.Length} 个候选，只解释了前 {MaxCandidates} 个。", $"Pattern 1 has {facts.Length} candidates; the first {MaxCandidates} are explained."));
            }

            if (facts.Length == 0)
            {
                return new[] { Candidate(Array.Empty<string>(), Explore(0, new Dictionary<string, object?>(StringComparer.Ordinal), null)) };
            }

            return facts.Take(MaxCandidates)
                .Select(f => Candidate(new[] { FactReferences.ReferenceOf(f) }, Explore(0, new Dictionary<string, object?>(StringComparer.Ordinal), f)))
                .ToArray();
        }

        private static CandidateDiagnosis Candidate(string[] facts, Reach reach) =>
            new() { Facts = facts, PatternsPassed = reach.Passed, Stops = reach.Stops };

        /// <summary>How far a partial match got: patterns passed, and what stopped it at the next one.</summary>
        private sealed record Reach(int Passed, IReadOnlyList<ConditionStop> Stops);

        private Reach Explore(int i, Dictionary<string, object?> bound, object? only)
        {
            if (i == Steps.Count)
            {
                return new Reach(i, Array.Empty<ConditionStop>());
            }

            _x._cancellationToken.ThrowIfCancellationRequested();
            if (_x.Spent)
            {
                Partial.Add(_x.BudgetSpent);
                return new Reach(i, Array.Empty<ConditionStop>());
            }

            var step = Steps[i];
            switch (step.Kind)
            {
                case StepKind.Not:
                {
                    var blockers = new List<ConditionStop>();
                    foreach (var fact in _x.FactsOf(step.FactType))
                    {
                        if (Check(i, step, step.Conditions, bound, fact, out _) is { } holds)
                        {
                            blockers.Add(Blocked(i, step, bound, fact, holds));
                        }
                        else if (_x.Spent)
                        {
                            // Not every fact was checked: whether one blocks is not known, so the walk stops here.
                            return new Reach(i, blockers);
                        }
                    }

                    return blockers.Count > 0 ? new Reach(i, blockers) : Explore(i + 1, bound, null);
                }

                case StepKind.Collect:
                {
                    var members = new List<object>();
                    foreach (var fact in _x.FactsOf(step.MemberType!))
                    {
                        if (Check(i, step with { Declaration = step.MemberDeclaration! }, step.MemberConditions, bound, fact, out _) is not null)
                        {
                            members.Add(fact);
                        }
                    }

                    var collection = Array.CreateInstance(step.MemberType!, members.Count);
                    for (var m = 0; m < members.Count; m++)
                    {
                        collection.SetValue(members[m], m);
                    }

                    if (_x.Spent)
                    {
                        return new Reach(i, Array.Empty<ConditionStop>());
                    }

                    if (Check(i, step, step.Conditions, bound, collection, out var failures) is null)
                    {
                        if (members.Count == 0 && !_x.Spent)
                        {
                            Missing.Add(step.MemberType!);
                        }

                        return new Reach(i, failures);
                    }

                    return Explore(i + 1, With(bound, step.Declaration, collection), null);
                }

                default:
                {
                    var facts = only is not null ? new[] { only } : _x.FactsOf(step.FactType);
                    if (facts.Length == 0)
                    {
                        Missing.Add(step.FactType);
                        return new Reach(i, new[] { NoFact(i, step) });
                    }

                    var stops = new List<ConditionStop>();
                    var passing = new List<object>();
                    foreach (var fact in facts)
                    {
                        if (Check(i, step, step.Conditions, bound, fact, out var failures) is not null)
                        {
                            passing.Add(fact);
                        }
                        else
                        {
                            stops.AddRange(failures);
                        }
                    }

                    if (passing.Count == 0)
                    {
                        return new Reach(i, stops);
                    }

                    if (step.Kind == StepKind.Exists)
                    {
                        return Explore(i + 1, bound, null);
                    }

                    if (passing.Count > MaxBranches)
                    {
                        Partial.Add(_x.T($"第 {i + 1} 个模式有 {passing.Count} 个匹配，只继续解释了前 {MaxBranches} 个。", $"Pattern {i + 1} has {passing.Count} matches; the first {MaxBranches} are explored further."));
                    }

                    Reach? deepest = null;
                    foreach (var fact in passing.Take(MaxBranches))
                    {
                        var reach = Explore(i + 1, With(bound, step.Declaration, fact), null);
                        if (reach.Passed == Steps.Count)
                        {
                            return reach;
                        }

                        deepest = deepest is null || reach.Passed > deepest.Passed ? reach
                            : reach.Passed == deepest.Passed ? deepest with { Stops = deepest.Stops.Concat(reach.Stops.Where(s => !deepest.Stops.Contains(s))).ToArray() }
                            : deepest;
                    }

                    return deepest!;
                }
            }
        }

        private static Dictionary<string, object?> With(Dictionary<string, object?> bound, string name, object fact) =>
            new(bound, StringComparer.Ordinal) { [name] = fact };

        /// <summary>
        /// Evaluates a pattern's conditions on a fact: the evidence of those that hold when all do; otherwise
        /// <see langword="null"/>, and <paramref name="failures"/> says which do not. A condition that throws after an
        /// earlier one failed is skipped, as NRules skips it; one that throws after all before it held is reported.
        /// </summary>
        private List<(ConditionPart Condition, Evidence Evidence, object?[] Arguments)>? Check(
            int i, PatternStep step, IReadOnlyList<ConditionPart> conditions, Dictionary<string, object?> bound, object fact, out List<ConditionStop> failures)
        {
            failures = new List<ConditionStop>();
            var holds = new List<(ConditionPart, Evidence, object?[])>();
            var here = With(bound, step.Declaration, fact);
            foreach (var condition in conditions)
            {
                if (_x.Spent)
                {
                    // Out of budget: the fact counts as not matching, and the answer says it is partial.
                    Partial.Add(_x.BudgetSpent);
                    failures.Clear();
                    return null;
                }

                _x._checks++;
                var arguments = condition.Expression.Parameters.Select(p => here.TryGetValue(p.Name!, out var value) ? value : null).ToArray();
                var evidence = Evidence.Engine;
                bool result;
                if (_x._evidence.Find(condition, arguments) is { } reported)
                {
                    result = reported;
                }
                else
                {
                    evidence = Evidence.Computed;
                    try
                    {
                        result = condition.Evaluate(arguments);
                    }
                    catch (ConditionFailedException e)
                    {
                        if (failures.Count == 0)
                        {
                            failures.Add(new ConditionStop
                            {
                                Pattern = i + 1, Kind = StopKind.NotEvaluated, Facts = References(fact), Condition = condition.Display, Evidence = Evidence.Computed,
                                Text = _x.T($"条件 {condition.Display} 无法对{FactWords.Name(fact, _x._language)}求值（{e.ExceptionType}）", $"the condition {condition.Display} could not be evaluated for {FactWords.Name(fact, _x._language)} ({e.ExceptionType})"),
                            });
                            Partial.Add(_x.T($"第 {i + 1} 个模式的条件 {condition.Display} 求值失败，此处的回答不完整。", $"The condition {condition.Display} of pattern {i + 1} failed to evaluate; the answer there is partial."));
                        }

                        continue;
                    }
                }

                if (result)
                {
                    holds.Add((condition, evidence, arguments));
                }
                else
                {
                    failures.Add(new ConditionStop
                    {
                        Pattern = i + 1, Kind = StopKind.ConditionFalse, Facts = References(fact), Condition = condition.Display, Evidence = evidence,
                        Text = Words(condition, fact, arguments, here)
                            ?? _x.T($"{FactWords.Name(fact, _x._language)}不满足条件 {condition.Display}", $"{FactWords.Name(fact, _x._language)} does not meet the condition {condition.Display}"),
                    });
                }
            }

            return failures.Count == 0 ? holds : null;
        }

        private ConditionStop Blocked(int i, PatternStep step, Dictionary<string, object?> bound, object fact, List<(ConditionPart Condition, Evidence Evidence, object?[] Arguments)> holds)
        {
            var here = With(bound, step.Declaration, fact);
            var text = holds.Count == 0
                ? FactWords.Sentence(fact, _x._language)
                : string.Join(_x.T("；", "; "), holds.Select(h => Words(h.Condition, fact, h.Arguments, here)
                    ?? _x.T($"{FactWords.Name(fact, _x._language)}满足条件 {h.Condition.Display}", $"{FactWords.Name(fact, _x._language)} meets the condition {h.Condition.Display}")));
            return new ConditionStop
            {
                Pattern = i + 1,
                Kind = StopKind.BlockedBy,
                Facts = References(fact),
                Condition = holds.Count == 0 ? null : string.Join(" && ", holds.Select(h => h.Condition.Display)),
                Evidence = holds.Count > 0 && holds.All(h => h.Evidence == Evidence.Engine) ? Evidence.Engine : Evidence.Computed,
                Text = text,
            };
        }

        private ConditionStop NoFact(int i, PatternStep step) => new()
        {
            Pattern = i + 1,
            Kind = StopKind.NoFactOfKind,
            Evidence = Evidence.Computed,
            Text = _x.T("没有", "there is no ") + FactWords.Noun(step.FactType, _x._language),
        };

        /// <summary>The words the rule declared with the condition, filled from its facts and then the rest of the match.</summary>
        private string? Words(ConditionPart condition, object fact, object?[] arguments, Dictionary<string, object?> bound)
        {
            if (condition.Words is null)
            {
                return null;
            }

            var facts = new List<object> { fact };
            facts.AddRange(arguments.Concat(bound.Values).Where(a => a is not null && !ReferenceEquals(a, fact)).Distinct()!);
            return FactWords.Fill(condition.Words(fact).In(_x._language), facts, _x._language);
        }

        private static string[] References(object fact) =>
            fact is System.Collections.IEnumerable members and not string
                ? members.Cast<object>().Select(FactReferences.ReferenceOf).ToArray()
                : new[] { FactReferences.ReferenceOf(fact) };
    }
}
