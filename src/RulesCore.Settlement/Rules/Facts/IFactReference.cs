namespace RulesCore.Settlement.Rules;

/// <summary>A fact that the decision refers to by a stable reference.</summary>
internal interface IFactReference
{
    string Reference { get; }
}
