using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Rules;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// The completions of a partial case, run through the rules: every combination of the unknown facts' representatives
/// (<see cref="Completions"/>) while their number stays within <see cref="Budget"/> (fewer for a large case:
/// <see cref="FactBudget"/>); past it, the facts that do not
/// fit are tried together at their favourable and at their unfavourable representatives only, and the search says it
/// was not exhaustive. Nothing here knows a rule: what each completion raises is what the rules raise.
/// </summary>
internal sealed class PartialSearch
{
    /// <summary>The most completions one partial case runs.</summary>
    public const int Budget = 256;

    /// <summary>
    /// The most facts all of a partial case's completions insert together: a large case runs fewer completions (never
    /// fewer than 16), so that its work stays near what a few hundred small ones take.
    /// </summary>
    public const int FactBudget = 32_768;

    private PartialSearch(UnknownFactSet unknown, List<Completed> tried, int searched, int[] unfavourable, int[] counts,
        SettlementCase bare, Completions.Completion[][] representatives, Assessor assessor, DateTime? asOf)
    {
        _bare = bare;
        _representatives = representatives;
        _assessor = assessor;
        _asOf = asOf;
        _counts = counts;
        Unknown = unknown;
        Tried = tried;
        Searched = searched;
        _unfavourable = unfavourable;
    }

    private readonly int[] _unfavourable;

    private readonly int[] _counts;

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
        public Completed(int[] choice, int tail, Assessment assessment, SettlementRuleSet rules)
        {
            Choice = choice;
            Tail = tail;
            Fired = assessment.Trace is { } trace ? new HashSet<string>(trace.Entries(rules).Select(e => e.Rule), StringComparer.Ordinal) : null;
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

        /// <summary>Gets 0 when the facts past the budget were at their favourable end, 1 at their unfavourable.</summary>
        public int Tail { get; }

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
        var size = 3 + partial.Filings.Count + partial.Qualifications.Count + partial.Encounter.Items.Count;
        var budget = Math.Max(16, Math.Min(Budget, FactBudget / size));
        var searched = 0;
        long product = 1;
        while (searched < facts.Count && product * counts[searched] <= (searched + 1 == facts.Count ? budget : budget / 2))
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
                tried.Add(new Completed((int[])choice.Clone(), tail, assessor.RunValid(full, asOf, traced ? AssessmentDepth.Traced : AssessmentDepth.Findings, cancellationToken), assessor.Rules));
            }
        }

        return new PartialSearch(unknown, tried, searched, unfavourable, counts, bare, representatives, assessor, asOf);
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

    /// <summary>The complete case a completion is (built again: a search keeps only what its completions raised).</summary>
    public SettlementCase CaseOf(Completed completed) => Complete(_bare, Unknown.Facts, _representatives, completed.Choice);

    /// <summary>The visit of a completion, as its rules saw it.</summary>
    public Visit VisitOf(Completed completed) => _assessor.VisitOf(CaseOf(completed), _asOf);

    private readonly SettlementCase _bare;
    private readonly Completions.Completion[][] _representatives;
    private readonly Assessor _assessor;
    private readonly DateTime? _asOf;

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
        if (j >= Searched)
        {
            return _tailEffect ??= EffectOf(j);
        }

        return EffectOf(j);
    }

    private (bool Matters, Outcome Worst, SortedSet<string> CouldRaise)? _tailEffect;

    private (bool Matters, Outcome Worst, SortedSet<string> CouldRaise) EffectOf(int j)
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
        // The facts past the budget move together: one grouping serves them all.
        if (j >= Searched && _tailGroups is not null)
        {
            return _tailGroups;
        }

        var groups = new Dictionary<long, List<Completed>>();
        foreach (var t in Tried)
        {
            // The searched facts' representatives but the one at j, and whether the rest were at their favourable end.
            var key = 0L;
            for (var k = 0; k < Searched; k++)
            {
                key = (key * (_counts[k] + 1)) + (k == j ? _counts[k] : t.Choice[k]);
            }

            key = (key * 2) + (j >= Searched ? 0 : t.Tail);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = new List<Completed>();
            }

            list.Add(t);
        }

        var found = groups.Values.Where(g => g.Count > 1).ToArray();
        if (j >= Searched)
        {
            _tailGroups = found;
        }

        return found;
    }

    private List<Completed>[]? _tailGroups;
}
