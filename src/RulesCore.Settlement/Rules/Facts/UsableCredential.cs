using RulesCore.Settlement.Policies;

namespace RulesCore.Settlement.Rules;

/// <summary>A credential the person can settle with: the card, or the e-voucher.</summary>
internal sealed record UsableCredential(string Kind) : IFactReference
{
    public string Reference { get; } = "credential:" + Kind;
}
