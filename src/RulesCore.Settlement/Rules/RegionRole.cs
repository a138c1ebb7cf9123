namespace RulesCore.Settlement.Rules;

/// <summary>Which region of a visit a rule's scope is about.</summary>
public enum RegionRole
{
    /// <summary>The insured region (参保地).</summary>
    Insured = 1,

    /// <summary>The treatment region (就医地): where the hospital is.</summary>
    Treatment = 2,
}
