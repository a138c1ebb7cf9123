using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Rules;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// The completions of a partial case, run through the rules: every combination of the unknown facts' representatives
/// (<see cref="Completions"/>) while their number stays within <see cref="Budget"/>; past it, the facts that do not
/// fit are tried together at their favourable and at their unfavourable representatives only, and the search says it
/// was not exhaustive. Nothing here knows a rule: what each completion raises is what the rules raise.
/// </summary>
internal sealed class PartialSearch
{
    /// <summary>The most completions one partial case runs.</summary>
    public const int Budget = 256;

    private PartialSearch(UnknownFactSet unknown, List<Completed> tried, int searched, int[] unfavourable)
    {
        Unknown = unknown;
        Tried = tried;
        Searched = searched;
        _unfavourable = unfavourable;
    }

    private readonly int[] _unfavourable;

    /// <summary>Gets the unknown facts, in the order of a completion's choices.</summary>
    public UnknownFactSet Unknown { get; }

    /// <summary>Gets every completion run, in the order run.</summary>
    public List<Completed> Tried { get; }

    /// <summary>Gets how many of the unknown facts (the first ones) were tried at every representative.</summary>
    public int Searched { get; }

    public bool Exhaustive => Searched == Unknown.Facts.Count;

    /// <summary>One completion: the representative chosen for each unknown fact, the full case and what the rules raised.</summary>
    internal sealed class Completed
    {
        public Completed(int[] choice, Assessment assessment, SettlementRuleSet rules)
        {
            Choice = choice;
            Fired = assessment.Trace is { } trace ? new HashSet<string>(trace.Entries(rules).Select(e => e.Rule), StringComparer.Ordinal) : null;
            Case = assessment.Case;
            Visit = assessment.Visit;
            Findings = assessment.Findings;
            foreach (var r in Findings)
            {
                if ((r.Caps ?? r.Finding.Caps) is { } cap && cap > Outcome)
                {
                    Outcome = cap;
                }

                Points = Math.Max(Points, r.RateReductionPoints);
            }
        }

        public int[] Choice { get; }

        /// <summary>Gets the complete case this completion is.</summary>
        public SettlementCase Case { get; }

        public Visit Visit { get; }

        public List<Raised> Findings { get; }

        /// <summary>Gets the rules that fired, when the search was traced.</summary>
        public HashSet<string>? Fired { get; }

        public Outcome Outcome { get; }

        public int Points { get; }

        /// <summary>A finding as it reads: the same key in two completions is the same finding, word for word.</summary>
        public static string KeyOf(Raised r) =>
            r.Finding.Code + "\u0001" + string.Join("\u0002", r.Facts) + "\u0001" + Wording.Format(r.Message ?? r.Finding.Message, r.Arguments, Languages.Chinese);
    }

    public static PartialSearch Run(Assessor assessor, SettlementCase partial, UnknownFactSet unknown, DateTime? asOf, bool traced, CancellationToken cancellationToken)
    {
        var visit = assessor.VisitOf(partial, asOf);
        var facts = unknown.Facts;
        var representatives = new Completions.Completion[facts.Count][];
        var counts = new int[facts.Count];
        for (var j = 0; j < facts.Count; j++)
        {
            representatives[j] = facts[j].Kind == FactKind.ItemInCatalog ? Array.Empty<Completions.Completion>() : Completions.Of(facts[j], partial, visit);
            counts[j] = facts[j].Kind == FactKind.ItemInCatalog ? Completions.ItemValues : representatives[j].Length;
        }

        // The first facts are searched through; the rest, if any, only at both ends together.
        var searched = 0;
        long product = 1;
        while (searched < facts.Count && product * counts[searched] <= (searched + 1 == facts.Count ? Budget : Budget / 2))
        {
            product *= counts[searched++];
        }

        var tails = searched == facts.Count ? 1 : 2;
        var unfavourable = facts.Select(f => f.Kind == FactKind.ItemInCatalog ? 1 : Completions.Unfavourable(f, visit)).ToArray();
        var bare = partial with { UnknownFacts = Array.Empty<string>() };
        var tried = new List<Completed>((int)product * tails);
        var choice = new int[facts.Count];
        for (var n = 0L; n < product; n++)
        {
            var rest = n;
            for (var j = searched - 1; j >= 0; j--)
            {
                choice[j] = (int)(rest % counts[j]);
                rest /= counts[j];
            }

            for (var tail = 0; tail < tails; tail++)
            {
                for (var j = searched; j < facts.Count; j++)
                {
                    choice[j] = tail == 0 ? 0 : unfavourable[j];
                }

                cancellationToken.ThrowIfCancellationRequested();
                var full = Complete(bare, facts, representatives, choice);
                tried.Add(new Completed((int[])choice.Clone(), assessor.RunValid(full, asOf, traced ? AssessmentDepth.Traced : AssessmentDepth.Findings, cancellationToken), assessor.Rules));
            }
        }

        return new PartialSearch(unknown, tried, searched, unfavourable);
    }

    private static SettlementCase Complete(SettlementCase bare, IReadOnlyList<UnknownFact> facts, Completions.Completion[][] representatives, int[] choice)
    {
        var full = bare;
        List<(int, int)>? items = null;
        for (var j = 0; j < facts.Count; j++)
        {
            if (facts[j].Kind == FactKind.ItemInCatalog)
            {
                (items ??= new List<(int, int)>()).Add((facts[j].Index, choice[j]));
            }
            else
            {
                full = representatives[j][choice[j]](full);
            }
        }

        return items is null ? full : Completions.SetItems(full, items);
    }

    /// <summary>Gets the best completion (the first of the best outcome).</summary>
    public Completed Best => Tried.Aggregate((a, b) => b.Outcome < a.Outcome ? b : a);

    /// <summary>
    /// Gets the worst completion: of the worst outcome, the one with the most facts at their unfavourable
    /// representative (a filing missing rather than expired), then the first.
    /// </summary>
    public Completed Worst => Tried.Aggregate((a, b) => b.Outcome > a.Outcome || (b.Outcome == a.Outcome && AtUnfavourable(b) > AtUnfavourable(a)) ? b : a);

    private int AtUnfavourable(Completed c)
    {
        var n = 0;
        for (var j = 0; j < c.Choice.Length; j++)
        {
            n += c.Choice[j] == _unfavourable[j] ? 1 : 0;
        }

        return n;
    }

    /// <summary>
    /// The unknown facts a rule's firing depends on: those that, changed alone (past the budget: together), make it
    /// fire in one completion and not in another. Needs a traced search.
    /// </summary>
    public IReadOnlyList<string> FiringDependsOn(string rule)
    {
        var facts = new List<string>();
        for (var j = 0; j < Unknown.Facts.Count; j++)
        {
            if (Groups(j).Any(g => g.Select(t => t.Fired!.Contains(rule)).Distinct().Count() > 1))
            {
                facts.Add(Unknown.Facts[j].Path);
            }
        }

        return facts;
    }

    /// <summary>
    /// Whether the fact at <paramref name="j"/> can change the outcome: two completions that differ in it alone (past
    /// the budget: in the facts tried together) have different outcomes; and then the worst outcome it brings about
    /// and the findings that come and go with it.
    /// </summary>
    public (bool Matters, Outcome Worst, SortedSet<string> CouldRaise) Effect(int j)
    {
        var matters = false;
        var worst = Outcome.Direct;
        var could = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var group in Groups(j))
        {
            var codes = group.Select(t => new HashSet<string>(t.Findings.Select(r => r.Finding.Code), StringComparer.Ordinal)).ToArray();
            var everywhere = new HashSet<string>(codes[0], StringComparer.Ordinal);
            foreach (var c in codes)
            {
                everywhere.IntersectWith(c);
            }

            foreach (var c in codes)
            {
                could.UnionWith(c.Where(code => !everywhere.Contains(code)));
            }

            var min = group.Min(t => t.Outcome);
            var max = group.Max(t => t.Outcome);
            if (min != max)
            {
                matters = true;
                worst = max > worst ? max : worst;
            }
        }

        return (matters, worst, could);
    }

    /// <summary>The completions that differ in the fact at <paramref name="j"/> alone (past the budget: in the facts tried together), two or more to a group.</summary>
    private IEnumerable<List<Completed>> Groups(int j)
    {
        var groups = new Dictionary<string, List<Completed>>(StringComparer.Ordinal);
        foreach (var t in Tried)
        {
            var key = new System.Text.StringBuilder();
            for (var k = 0; k < t.Choice.Length; k++)
            {
                var masked = k == j || (j >= Searched && k >= Searched);
                key.Append(masked ? "*" : t.Choice[k].ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(',');
            }

            var s = key.ToString();
            if (!groups.TryGetValue(s, out var list))
            {
                groups[s] = list = new List<Completed>();
            }

            list.Add(t);
        }

        return groups.Values.Where(g => g.Count > 1);
    }
}
