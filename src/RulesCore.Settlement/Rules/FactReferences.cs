namespace RulesCore.Settlement.Rules;

/// <summary>References for the case's own facts, so findings and the trace can name them.</summary>
internal static class FactReferences
{
    public static IFactReference Of(Filing filing) => new Reference(filing.Id);

    public static IFactReference Of(Hospital hospital) => new Reference("hospital");

    public static IFactReference Of(InsuranceAccount account) => new Reference("person");

    public static IFactReference Of(EncounterItem item) => new Reference("item:" + item.Code);

    public static string ReferenceOf(object fact) => fact switch
    {
        IFactReference reference => reference.Reference,
        Filing filing => filing.Id,
        Qualification qualification => "qualification:" + qualification.Condition,
        Hospital => "hospital",
        InsuranceAccount => "person",
        EncounterItem item => "item:" + item.Code,
        Raised raised => "finding:" + raised.Code,
        _ => fact.GetType().Name,
    };

    private sealed record Reference(string Value) : IFactReference
    {
        string IFactReference.Reference => Value;
    }
}
