using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// One rule's walk for a why-not answer: the candidates of its first pattern, each explored as deep as it goes, each
/// condition's result taken from NRules' reports or else evaluated, within the explainer's budget.
/// </summary>
internal sealed class WhyNotWalk
{
    private readonly WhyNotExplainer _x;
    private readonly WhyNotWords _words;
    private readonly RuleAnatomy _anatomy;

    public WhyNotWalk(WhyNotExplainer explainer, RuleAnatomy anatomy)
    {
        _x = explainer;
        _words = explainer.Words;
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
        if (facts.Length > WhyNotExplainer.MaxCandidates)
        {
            Partial.Add(_words.T($"第 1 个模式有 {facts.Length} 个候选，只解释了前 {WhyNotExplainer.MaxCandidates} 个。", $"Pattern 1 has {facts.Length} candidates; the first {WhyNotExplainer.MaxCandidates} are explained."));
        }

        if (facts.Length == 0)
        {
            return new[] { Candidate(Array.Empty<string>(), Explore(0, new Dictionary<string, object?>(StringComparer.Ordinal), null)) };
        }

        return facts.Take(WhyNotExplainer.MaxCandidates)
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

        _x.CancellationToken.ThrowIfCancellationRequested();
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
                        blockers.Add(_words.Blocked(i, With(bound, step.Declaration, fact), fact, holds));
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
                    return new Reach(i, new[] { _words.NoFact(i, step) });
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

                if (passing.Count > WhyNotExplainer.MaxBranches)
                {
                    Partial.Add(_words.T($"第 {i + 1} 个模式有 {passing.Count} 个匹配，只继续解释了前 {WhyNotExplainer.MaxBranches} 个。", $"Pattern {i + 1} has {passing.Count} matches; the first {WhyNotExplainer.MaxBranches} are explored further."));
                }

                Reach? deepest = null;
                foreach (var fact in passing.Take(WhyNotExplainer.MaxBranches))
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

            _x.CountCheck();
            var arguments = condition.Expression.Parameters.Select(p => here.TryGetValue(p.Name!, out var value) ? value : null).ToArray();
            var evidence = Evidence.Engine;
            bool result;
            if (_x.Evidence.Find(condition, arguments) is { } reported)
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
                        failures.Add(_words.NotEvaluated(i, condition, fact, e));
                        Partial.Add(_words.NotEvaluatedPartial(i, condition));
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
                failures.Add(_words.ConditionFalse(i, condition, fact, evidence, arguments, here));
            }
        }

        return failures.Count == 0 ? holds : null;
    }
}
