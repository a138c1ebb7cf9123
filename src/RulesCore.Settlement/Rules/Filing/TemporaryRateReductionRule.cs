using NRules.Fluent.Dsl;
using NRules.RuleModel;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>Temporary visitors settle directly at a ratio reduced by the insured region.</summary>
[Name("filing.temporary-rate-reduction")]
internal sealed class TemporaryRateReductionRule : SettlementRule
{
    public static readonly FindingDefinition Reduced = new(FindingCodes.TemporaryRateReduction, new("临时外出就医降低报销比例", "ratio lowered for a temporary visit"), Cause.Filing, Severity.Blocking, Outcome.DirectReducedRate,
        new("作为{1}，参保地报销比例降低 {0} 个百分点。",
            "As {1}, the insured region lowers the reimbursement ratio by {0} percentage points."),
        RemedyCodes.ConsiderLongTermFiling);

    /// <summary>The wording when the pack's value is a maximum or an estimate, not the insured region's stated figure.</summary>
    private static readonly LocalizedText UpTo = new("作为{1}，报销比例最多降低 {0} 个百分点，以参保地规定为准。",
        "As {1}, the reimbursement ratio is up to {0} percentage points lower, as the insured region decides.");

    public override Cause Cause => Cause.Filing;

    public override LocalizedText Description { get; } = new(
        "决定报销比例的备案依据带有比例降低：直接结算时报销比例降低。",
        "The basis that decides the ratio carries a reduction: the visit settles directly at a lower ratio.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Notice2022, "跨省转诊和急诊人员最多降低10个百分点，其他临时外出就医人员最多降低20个百分点，长期异地居住人员不降低；省内按各省规定", "across provinces at most 10 points for referral and emergency patients, 20 for other temporary visitors, none for long-term residents; inside a province, the province's own rules"));

    public override void Define()
    {
        TreatmentScope scope = null!;
        ReductionEntitlement entitlement = null!;

        When()
            .Match(() => scope, Check((TreatmentScope s) => !s.IsLocal, ConditionWords.NotOutOfRegion))
            .Match(() => entitlement, Check((ReductionEntitlement e) => e.Basis.ReductionPoints > 0, new LocalizedText(
                "决定比例的依据（{basis}）不降低报销比例", "the basis that decides the ratio ({basis}) carries no reduction")));

        Raise(ctx => ReducedBy(ctx, scope, entitlement.Basis));
    }

    /// <summary>The basis's points and who the person is as a visitor; a pack value that is not the region's stated figure says "up to".</summary>
    private static Raised ReducedBy(IContext context, TreatmentScope scope, IFilingBasis basis) =>
        Found(context, Reduced, On(basis, scope), new[] { basis.ReductionBasis }, basis.ReductionPoints, Wording.Reason((basis as FilingCoverage)?.Filing.Reason))
            with { RateReductionPoints = basis.ReductionPoints, Message = basis.ReductionBasis.Entry.Confidence == Confidence.Stated ? null : UpTo };
}
