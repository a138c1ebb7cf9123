using NRules.Fluent.Dsl;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>Of every basis on which a visit counts as filed, the one with the smallest reduction decides the ratio.</summary>
[Name("filing.reduction-entitlement")]
[Priority(RulePriorities.Conclusion)]
internal sealed class ReductionEntitlementRule : SettlementRule
{
    public override Cause Cause => Cause.Filing;

    public override LocalizedText Description { get; } = new(
        "在各项备案依据中，报销比例降低最少的一项决定报销比例（相同时取引用靠前者）；省内免备案不降低。",
        "The filing basis with the smallest ratio reduction (ties: the first by reference) decides the ratio; an intra-province exemption carries none.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Notice2022, "跨省转诊和急诊人员最多降低10个百分点，其他临时外出就医人员最多降低20个百分点，长期异地居住人员不降低；省内按各省规定", "across provinces at most 10 points for referral and emergency patients, 20 for other temporary visitors, none for long-term residents; inside a province, the province's own rules"));

    public override void Define()
    {
        TreatmentScope scope = null!;
        IEnumerable<IFilingBasis> bases = null!;

        // One collection of every basis rather than a basis joined with "no better basis": that join costs the square
        // of the number of filings, the collection grows by one per basis.
        When()
            .Match(() => scope, Check((TreatmentScope s) => !s.IsLocal, ConditionWords.NotOutOfRegion))
            .Query(() => bases, q => q.Match<IFilingBasis>().Collect().Where(Check((IEnumerable<IFilingBasis> c) => c.Any(), new LocalizedText(
                "没有任何备案依据：既没有覆盖本次就医的备案，急诊也不视同备案", "there is no filing basis: no filing covers the visit, and it does not count as filed as an emergency"))))
            .Not<FilingExemption>();

        Derive(ctx => new ReductionEntitlement(Best(bases)));
    }

    private static IFilingBasis Best(IEnumerable<IFilingBasis> bases)
    {
        IFilingBasis? best = null;
        foreach (var basis in bases)
        {
            if (best is null || basis.ReductionPoints < best.ReductionPoints
                || (basis.ReductionPoints == best.ReductionPoints && string.CompareOrdinal(basis.Reference, best.Reference) < 0))
            {
                best = basis;
            }
        }

        return best!;
    }
}
