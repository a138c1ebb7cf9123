namespace RulesCore.Engine;

/// <summary>Validates rules and orders them into strata (see <see cref="RuleSet"/>).</summary>
internal sealed class RuleSetCompiler(RuleDefinition[] definitions)
{
    private readonly List<RuleSetProblem> _problems = new();
    private List<Edge>[] _edges = Array.Empty<List<Edge>>();

    public RuleSet Compile()
    {
        CheckDuplicateIds();

        var slotTypes = new List<Type>();
        var rules = new CompiledRule[definitions.Length];
        for (var i = 0; i < definitions.Length; i++)
        {
            var patterns = definitions[i].Patterns;
            var slots = new int[patterns.Count];
            for (var p = 0; p < slots.Length; p++)
            {
                var slot = slotTypes.IndexOf(patterns[p].FactType);
                if (slot < 0)
                {
                    slot = slotTypes.Count;
                    slotTypes.Add(patterns[p].FactType);
                }

                slots[p] = slot;
            }

            rules[i] = new CompiledRule(definitions[i], i, slots);
        }

        BuildEdges();
        var components = StronglyConnectedComponents();
        var componentOf = new int[definitions.Length];
        for (var c = 0; c < components.Count; c++)
        {
            foreach (var r in components[c])
            {
                componentOf[r] = c;
            }
        }

        CheckNegationCycles(components, componentOf);
        if (_problems.Count > 0)
        {
            throw new RuleSetCompilationException(_problems.ToArray());
        }

        // Tarjan emits components sinks first; walk them sources first and push levels along edges.
        var level = new int[components.Count];
        var recursiveComponent = new bool[components.Count];
        for (var c = components.Count - 1; c >= 0; c--)
        {
            foreach (var from in components[c])
            {
                foreach (var edge in _edges[from])
                {
                    var target = componentOf[edge.To];
                    if (target == c)
                    {
                        recursiveComponent[c] = true;
                    }
                    else if (level[target] < level[c] + 1)
                    {
                        level[target] = level[c] + 1;
                    }
                }
            }
        }

        var stratumCount = 0;
        foreach (var l in level)
        {
            stratumCount = Math.Max(stratumCount, l + 1);
        }

        var strata = new List<CompiledRule>[stratumCount];
        var recursive = new bool[stratumCount];
        for (var s = 0; s < stratumCount; s++)
        {
            strata[s] = new List<CompiledRule>();
        }

        foreach (var rule in rules)
        {
            var c = componentOf[rule.Index];
            rule.Stratum = level[c];
            strata[rule.Stratum].Add(rule);
            recursive[rule.Stratum] |= recursiveComponent[c];
        }

        var ordered = new CompiledRule[stratumCount][];
        for (var s = 0; s < stratumCount; s++)
        {
            strata[s].Sort(static (a, b) =>
                a.Definition.Priority != b.Definition.Priority
                    ? b.Definition.Priority.CompareTo(a.Definition.Priority)
                    : a.Index.CompareTo(b.Index));
            ordered[s] = strata[s].ToArray();
        }

        return RuleSet.Create(rules, ordered, recursive, slotTypes.ToArray());
    }

    /// <summary>Whether a fact of one type could also be a fact of the other.</summary>
    internal static bool MayOverlap(Type a, Type b) =>
        a.IsAssignableFrom(b) || b.IsAssignableFrom(a) ||
        (a.IsInterface && !b.IsSealed) || (b.IsInterface && !a.IsSealed);

    private void CheckDuplicateIds()
    {
        var seen = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var i = 0; i < definitions.Length; i++)
        {
            if (!seen.TryGetValue(definitions[i].Id, out var indices))
            {
                seen[definitions[i].Id] = indices = new List<int>();
                order.Add(definitions[i].Id);
            }

            indices.Add(i);
        }

        foreach (var id in order)
        {
            var indices = seen[id];
            if (indices.Count > 1)
            {
                _problems.Add(new RuleSetProblem(
                    RuleSetProblemKind.DuplicateId,
                    new[] { id },
                    $"Rule id '{id}' is used by {indices.Count} rules (declared at positions {string.Join(", ", indices)})."));
            }
        }
    }

    private void BuildEdges()
    {
        _edges = new List<Edge>[definitions.Length];
        for (var from = 0; from < definitions.Length; from++)
        {
            _edges[from] = new List<Edge>();
            foreach (var yielded in definitions[from].Yields)
            {
                for (var to = 0; to < definitions.Length; to++)
                {
                    foreach (var pattern in definitions[to].Patterns)
                    {
                        if (MayOverlap(pattern.FactType, yielded))
                        {
                            _edges[from].Add(new Edge(to, pattern.Kind == PatternKind.Not, pattern.FactType));
                        }
                    }
                }
            }
        }
    }

    private List<int[]> StronglyConnectedComponents()
    {
        // Tarjan's algorithm; rule sets are small, recursion depth is bounded by the number of rules.
        var index = new int[definitions.Length];
        var low = new int[definitions.Length];
        var onStack = new bool[definitions.Length];
        var stack = new Stack<int>();
        var components = new List<int[]>();
        var next = 1;

        void Visit(int v)
        {
            index[v] = low[v] = next++;
            stack.Push(v);
            onStack[v] = true;
            foreach (var edge in _edges[v])
            {
                if (index[edge.To] == 0)
                {
                    Visit(edge.To);
                    low[v] = Math.Min(low[v], low[edge.To]);
                }
                else if (onStack[edge.To])
                {
                    low[v] = Math.Min(low[v], index[edge.To]);
                }
            }

            if (low[v] == index[v])
            {
                var component = new List<int>();
                int w;
                do
                {
                    w = stack.Pop();
                    onStack[w] = false;
                    component.Add(w);
                }
                while (w != v);
                component.Sort();
                components.Add(component.ToArray());
            }
        }

        for (var v = 0; v < definitions.Length; v++)
        {
            if (index[v] == 0)
            {
                Visit(v);
            }
        }

        return components;
    }

    private void CheckNegationCycles(List<int[]> components, int[] componentOf)
    {
        var cycles = new List<(int First, RuleSetProblem Problem)>();
        foreach (var component in components)
        {
            RuleSetProblem? problem = null;
            foreach (var from in component)
            {
                foreach (var edge in _edges[from])
                {
                    if (edge.Negated && componentOf[edge.To] == componentOf[from])
                    {
                        problem = DescribeCycle(from, edge, componentOf);
                        break;
                    }
                }

                if (problem is not null)
                {
                    break;
                }
            }

            if (problem is not null)
            {
                cycles.Add((component[0], problem));
            }
        }

        cycles.Sort(static (a, b) => a.First.CompareTo(b.First));
        foreach (var cycle in cycles)
        {
            _problems.Add(cycle.Problem);
        }
    }

    private RuleSetProblem DescribeCycle(int yielder, Edge negation, int[] componentOf)
    {
        var negator = negation.To;
        var type = negation.PatternType.Name;
        if (negator == yielder)
        {
            var id = definitions[yielder].Id;
            return new RuleSetProblem(
                RuleSetProblemKind.NegationCycle,
                new[] { id },
                $"Rule '{id}' negates {type}, which it yields itself: a cycle through negation.");
        }

        // Shortest path negator -> ... -> yielder inside the component, so the message shows the whole cycle.
        var previous = new int[definitions.Length];
        for (var i = 0; i < previous.Length; i++)
        {
            previous[i] = -1;
        }

        var queue = new Queue<int>();
        queue.Enqueue(negator);
        previous[negator] = negator;
        while (queue.Count > 0)
        {
            var v = queue.Dequeue();
            if (v == yielder)
            {
                break;
            }

            foreach (var edge in _edges[v])
            {
                if (previous[edge.To] < 0 && componentOf[edge.To] == componentOf[negator])
                {
                    previous[edge.To] = v;
                    queue.Enqueue(edge.To);
                }
            }
        }

        var path = new List<string>();
        for (var v = yielder; ; v = previous[v])
        {
            path.Add(definitions[v].Id);
            if (v == negator)
            {
                break;
            }
        }

        path.Reverse();
        return new RuleSetProblem(
            RuleSetProblemKind.NegationCycle,
            path,
            $"Rules {string.Join(" -> ", path.Select(p => $"'{p}'"))} form a cycle through negation: " +
            $"'{definitions[negator].Id}' negates {type}, which '{definitions[yielder].Id}' yields, and '{definitions[yielder].Id}' depends on '{definitions[negator].Id}'.");
    }

    private readonly record struct Edge(int To, bool Negated, Type PatternType);
}
