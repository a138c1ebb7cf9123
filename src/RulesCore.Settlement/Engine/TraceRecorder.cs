using NRules;
using NRules.Diagnostics;

using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// Records each firing of a session (rule name and the references of the facts it matched, from NRules'
/// <c>RuleFiredEvent</c>); attached only when a trace is wanted. The entries come out in a canonical order: by rule
/// priority (producers of derived facts first), then rule id, then the matched facts' references.
/// </summary>
internal sealed class TraceRecorder
{
    private readonly List<(string Rule, int Priority, string[] Facts)> _firings = new(16);

    public TraceRecorder(ISession session) => session.Events.RuleFiredEvent += OnRuleFired;

    public IReadOnlyList<TraceEntry> Entries(SettlementRuleSet rules)
    {
        _firings.Sort(static (a, b) =>
        {
            var c = b.Priority.CompareTo(a.Priority);
            c = c != 0 ? c : string.CompareOrdinal(a.Rule, b.Rule);
            for (var i = 0; c == 0 && i < a.Facts.Length && i < b.Facts.Length; i++)
            {
                c = string.CompareOrdinal(a.Facts[i], b.Facts[i]);
            }

            return c != 0 ? c : a.Facts.Length.CompareTo(b.Facts.Length);
        });

        var entries = new TraceEntry[_firings.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = new TraceEntry(_firings[i].Rule, _firings[i].Facts);
        }

        return entries;
    }

    private void OnRuleFired(object? sender, AgendaEventArgs e)
    {
        // NRules 1.0.4 hands the matches over as an array; anything else is copied.
        var matches = e.Match.Facts as IReadOnlyCollection<NRules.RuleModel.IFactMatch> ?? e.Match.Facts.ToArray();
        var facts = new string[matches.Count];
        var i = 0;
        foreach (var match in matches)
        {
            if (match.Value is System.Collections.IEnumerable collection and not string)
            {
                // A collection a rule matched as a whole (e.g. every filing basis): each member, in reference order.
                var members = new List<string>();
                foreach (var member in collection)
                {
                    members.Add(FactReferences.ReferenceOf(member));
                }

                members.Sort(StringComparer.Ordinal);
                Array.Resize(ref facts, facts.Length - 1 + members.Count);
                members.CopyTo(facts, i);
                i += members.Count;
            }
            else
            {
                facts[i++] = FactReferences.ReferenceOf(match.Value!);
            }
        }

        _firings.Add((e.Rule.Name, e.Rule.Priority, facts));
    }
}
