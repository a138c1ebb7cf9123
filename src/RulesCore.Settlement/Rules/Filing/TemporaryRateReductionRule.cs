using RulesCore.Engine;

namespace RulesCore.Settlement.Rules;

/// <summary>Temporary visitors settle directly at a ratio reduced by the insured region; the best basis counts.</summary>
internal sealed class TemporaryRateReductionRule : SettlementRule
{
    public const string Id = "filing.temporary-rate-reduction";

    public override Cause Cause => Cause.Filing;

    public override string Basis => "医保发〔2022〕22号: at most 10 points for referral and emergency, 20 for other temporary visitors, none for long-term residents";

    protected override RuleDefinition Define() => Create(Id)
        .Describe("The filing basis with the smallest reduction decides the ratio; an intra-province exemption carries none.")
        .Match<Visit>(v => !v.IsLocal)
        .Match<IFilingBasis>((v, b) => b.ReductionPoints > 0)
        .Not<IFilingBasis>((v, b, other) => IsBetter(other, b))
        .Not<FilingExemption>()
        .Then<Raised>((ctx, v, b) => ctx.Insert(Raise(
            FindingCodes.TemporaryRateReduction, Id, On(b, v), new[] { b.ReductionBasis }, b.ReductionPoints,
            FindingCatalog.Reason((b as FilingCoverage)?.Filing.Reason)) with { RateReductionPoints = b.ReductionPoints }));

    private static bool IsBetter(IFilingBasis other, IFilingBasis basis) =>
        other.ReductionPoints < basis.ReductionPoints
        || (other.ReductionPoints == basis.ReductionPoints && string.CompareOrdinal(other.Reference, basis.Reference) < 0);
}
