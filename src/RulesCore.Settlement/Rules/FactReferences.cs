namespace RulesCore.Settlement.Rules;

/// <summary>References for facts, so findings and the trace can name them.</summary>
internal static class FactReferences
{
    public static string ReferenceOf(object fact) => fact switch
    {
        IFactReference reference => reference.Reference,
        Filing filing => filing.Id,
        Qualification qualification => "qualification:" + qualification.Condition,
        Hospital => "hospital",
        InsuranceAccount => "person",
        EncounterItem item => ItemReference(item.Code),
        Raised raised => "finding:" + raised.Finding.Code,
        _ => fact.GetType().Name,
    };

    public static string ItemReference(string code) => "item:" + code;

    /// <summary>The references of <paramref name="facts"/>, each once, in order.</summary>
    public static string[] Distinct(object[] facts)
    {
        var references = new List<string>(facts.Length);
        foreach (var fact in facts)
        {
            var reference = fact as string ?? ReferenceOf(fact);
            if (!references.Contains(reference))
            {
                references.Add(reference);
            }
        }

        return references.ToArray();
    }
}
