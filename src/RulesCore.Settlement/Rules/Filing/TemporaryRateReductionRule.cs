using NRules.Fluent.Dsl;

namespace RulesCore.Settlement.Rules;

/// <summary>Temporary visitors settle directly at a ratio reduced by the insured region.</summary>
[Name("filing.temporary-rate-reduction")]
[Description("The basis that decides the ratio carries a reduction: the visit settles directly at a lower ratio.")]
internal sealed class TemporaryRateReductionRule : SettlementRule
{
    public static readonly FindingDefinition Reduced = new(FindingCodes.TemporaryRateReduction, Cause.Filing, Severity.Blocking, Outcome.DirectReducedRate,
        new("{1}可直接结算，但参保地报销比例降低 {0} 个百分点。",
            "As {1}, the visit settles directly, but the insured region lowers the reimbursement ratio by {0} percentage points."),
        RemedyCodes.ConsiderLongTermFiling);

    public override Cause Cause => Cause.Filing;

    public override string Basis => "医保发〔2022〕22号: at most 10 points for referral and emergency, 20 for other temporary visitors, none for long-term residents";

    public override void Define()
    {
        TreatmentScope scope = null!;
        ReductionEntitlement entitlement = null!;

        When()
            .Match(() => scope, s => !s.IsLocal)
            .Match(() => entitlement, e => e.Basis.ReductionPoints > 0);

        Raise(ctx => Reduction(ctx, scope, entitlement.Basis));
    }

    private static Raised Reduction(NRules.RuleModel.IContext ctx, TreatmentScope scope, IFilingBasis basis) =>
        Found(ctx, Reduced, On(basis, scope), new[] { basis.ReductionBasis }, basis.ReductionPoints, Wording.Reason((basis as FilingCoverage)?.Filing.Reason))
            with { RateReductionPoints = basis.ReductionPoints };
}
