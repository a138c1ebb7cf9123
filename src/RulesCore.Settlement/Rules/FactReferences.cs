using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// References for facts, so findings and the trace can name them. They are unambiguous whatever the case's ids are:
/// a fact the case identifies carries its kind as a prefix (<c>filing:F1</c>, <c>item:A01</c>,
/// <c>qualification:diabetes</c>), the case's single facts are plain words without a colon (<c>encounter</c>,
/// <c>hospital</c>, <c>person</c>), and derived facts have prefixes of their own (<c>policy:</c>, <c>credential:</c>,
/// <c>finding:</c>). No id can make one fact's reference spell another's.
/// </summary>
internal static class FactReferences
{
    public static string ReferenceOf(object fact) => fact switch
    {
        IFactReference reference => reference.Reference,
        Filing filing => OfFiling(filing.Id),
        Qualification qualification => "qualification:" + qualification.Condition,
        Hospital => "hospital",
        InsuranceAccount => "person",
        EncounterItem item => ItemReference(item.Code),
        Raised raised => "finding:" + raised.Finding.Code,
        _ => "fact:" + fact.GetType().Name,
    };

    public static string OfFiling(string id) => "filing:" + id;

    public static string ItemReference(string code) => "item:" + code;

    /// <summary>The references of <paramref name="facts"/>, each once, in order.</summary>
    public static string[] Distinct(object[] facts)
    {
        var references = new List<string>(facts.Length);

        // A finding names a few facts, or every item outside the catalogue (up to 10,000): past a few, a set keeps
        // this linear where searching the list would compare every item with every other.
        var seen = facts.Length > 8 ? new HashSet<string>(StringComparer.Ordinal) : null;
        foreach (var fact in facts)
        {
            var reference = fact as string ?? ReferenceOf(fact);
            if (seen is null ? !references.Contains(reference) : seen.Add(reference))
            {
                references.Add(reference);
            }
        }

        return references.ToArray();
    }
}
