using NRules.Fluent.Dsl;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// Emergency care counts as filed (急诊抢救视同已备案) whether or not the person holds a filing: a basis with the
/// referral/emergency reduction, so that adding a filing never lowers the ratio (the best basis wins).
/// </summary>
[Name("filing.emergency-basis")]
[Priority(RulePriorities.Fallback)]
internal sealed class EmergencyBasisRule : SettlementRule
{
    public override Cause Cause => Cause.Filing;

    public override LocalizedText Description { get; } = new(
        "参保地以外的急诊（不适用免备案时），无论是否另有备案，都视同已备案，按转诊、急诊人员的规定降低报销比例。",
        "Emergency care outside the insured region, where no exemption applies, counts as filed, filing or not, with the referral/emergency reduction.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Notice2022, "急诊抢救人员视同已备案，跨省就医报销比例最多降低10个百分点", "emergency patients count as filed, at most 10 points lower across provinces"));

    public override void Define()
    {
        TreatmentScope scope = null!;

        When()
            .Match(() => scope,
                Check((TreatmentScope s) => !s.IsLocal, ConditionWords.NotOutOfRegion),
                Check((TreatmentScope s) => s.Visit.Encounter.Setting == CareSetting.Emergency, new LocalizedText("本次就诊是{setting}，不是急诊", "the visit is {setting}, not emergency care")),
                Check((TreatmentScope s) => s.Visit.InsuredPolicy.Get(PolicyParameters.EmergencyDeemedFiled), new LocalizedText(
                    "参保地{insured}不把急诊视同已备案", "the insured region {insured} does not count emergency care as filed")))
            .Not<FilingExemption>();

        Derive(ctx => DeemedFiled(scope));
    }

    private static EmergencyDeemedFiled DeemedFiled(TreatmentScope scope)
    {
        var policy = scope.Visit.InsuredPolicy;
        var reduction = policy[scope.Scope == VisitScope.CrossProvince
            ? PolicyParameters.RateReductionReferralEmergencyPoints
            : PolicyParameters.IntraProvinceRateReductionReferralEmergencyPoints];
        return new EmergencyDeemedFiled((int)reduction.Value!, reduction, policy[PolicyParameters.EmergencyDeemedFiled]);
    }
}
