namespace RulesCore.Settlement.Policies;

/// <summary>Whose policy a parameter follows.</summary>
public enum PolicyScope
{
    /// <summary>The insured region's (参保地): filing and payment rules.</summary>
    InsuredRegion = 1,

    /// <summary>The treatment region's (就医地): catalogue and hospital services.</summary>
    TreatmentRegion = 2,

    /// <summary>The region's own, whichever part it plays in the visit: how it pools (统筹层次).</summary>
    Region = 3,
}
