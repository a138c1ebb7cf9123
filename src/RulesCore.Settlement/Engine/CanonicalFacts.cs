using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// A case's facts in one canonical order: the visit, the person, the hospital, then filings, qualifications and items
/// each sorted — so that neither the findings nor the trace depend on the order of the case's lists or on NRules'
/// agenda order. The same object listed twice is one fact.
/// </summary>
internal static class CanonicalFacts
{
    /// <summary>The types of the facts a session starts with; every other fact a rule matches is derived.</summary>
    public static readonly Type[] Types = { typeof(Visit), typeof(InsuranceAccount), typeof(Hospital), typeof(Filing), typeof(Qualification), typeof(EncounterItem) };

    public static List<object> Of(Visit visit, SettlementCase @case)
    {
        var facts = new List<object>(3 + @case.Filings.Count + @case.Qualifications.Count + @case.Encounter.Items.Count) { visit, @case.Person, @case.Hospital };
        AddSorted(facts, @case.Filings, FilingOrder);
        AddSorted(facts, @case.Qualifications, QualificationOrder);
        AddSorted(facts, @case.Encounter.Items, ItemOrder);
        return facts;
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

    /// <summary>Adds the facts of a list in a stable canonical order; the same object listed twice is one fact.</summary>
    private static void AddSorted<T>(List<object> facts, IReadOnlyList<T> list, Comparison<T> order) where T : class
    {
        if (list.Count == 1)
        {
            facts.Add(list[0]);
            return;
        }

        if (list.Count == 0)
        {
            return;
        }

        var keyed = new KeyValuePair<T, int>[list.Count];
        for (var i = 0; i < keyed.Length; i++)
        {
            keyed[i] = new KeyValuePair<T, int>(list[i], i);
        }

        Array.Sort(keyed, (x, y) => { var c = order(x.Key, y.Key); return c != 0 ? c : x.Value.CompareTo(y.Value); });
        var seen = new HashSet<object>(ReferenceComparer.Instance);
        foreach (var pair in keyed)
        {
            if (seen.Add(pair.Key))
            {
                facts.Add(pair.Key);
            }
        }
    }
}
