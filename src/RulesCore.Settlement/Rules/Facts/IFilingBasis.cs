using RulesCore.Settlement.Policies;

namespace RulesCore.Settlement.Rules;

/// <summary>A basis on which an out-of-region visit counts as filed, with the ratio reduction it carries.</summary>
internal interface IFilingBasis : IFactReference
{
    int ReductionPoints { get; }

    PolicyValue ReductionBasis { get; }
}
