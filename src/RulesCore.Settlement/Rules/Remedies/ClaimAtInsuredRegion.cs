using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary><c>CLAIM_AT_INSURED_REGION</c>: pay, then claim at the insured region (回参保地手工报销).</summary>
internal sealed class ClaimAtInsuredRegion : RemedyDefinition
{
    public override string Code => RemedyCodes.ClaimAtInsuredRegion;

    /// <summary>The claim route, at every moment.</summary>
    public override RemedyRole Role(RemedyMoment moment) => RemedyRole.Claim;

    public override LocalizedText After { get; } = new("先全额垫付，再回参保地医保经办窗口申请手工报销。", "Pay in full now, then claim at the insured region's office.");

    public override LocalizedText? Before { get; } = new("届时需先全额垫付，再回参保地医保经办窗口申请手工报销。", "You would then pay in full and claim at the insured region's office.");
}
