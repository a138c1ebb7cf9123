namespace RulesCore.Settlement.Rules;

/// <summary>Where the visit happens relative to the insured pooling region (derived by <c>filing.scope</c>).</summary>
/// <param name="Visit">The visit.</param>
/// <param name="Scope">Where it happens relative to the insured pooling region.</param>
public sealed record TreatmentScope(Visit Visit, VisitScope Scope) : IFactReference
{
    /// <summary>Gets whether the visit is in the insured pooling region itself.</summary>
    public bool IsLocal => Scope == VisitScope.Local;

    string IFactReference.Reference => "encounter";
}
