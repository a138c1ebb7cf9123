using NRules.Fluent.Dsl;
using RulesCore.Settlement.Policies;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// Emergency care counts as filed (急诊抢救视同已备案) whether or not the person holds a filing: a basis with the
/// referral/emergency reduction, so that adding a filing never lowers the ratio (the best basis wins).
/// </summary>
[Name("filing.emergency-basis")]
[Description("Emergency care outside the insured region, where no exemption applies, counts as filed, filing or not, with the referral/emergency reduction.")]
[Priority(RulePriorities.Fallback)]
internal sealed class EmergencyBasisRule : SettlementRule
{
    public override Cause Cause => Cause.Filing;

    public override string Basis => "医保发〔2022〕22号: emergency patients are treated as filed, at most 10 points lower; the basis applies to every emergency visit, filed or not";

    public override void Define()
    {
        TreatmentScope scope = null!;

        When()
            .Match(() => scope,
                s => !s.IsLocal,
                s => s.Visit.Encounter.Setting == CareSetting.Emergency,
                s => s.Visit.InsuredPolicy.Get(PolicyParameters.EmergencyDeemedFiled))
            .Not<FilingExemption>();

        Derive(ctx => DeemedFiled(scope));
    }

    private static EmergencyDeemedFiled DeemedFiled(TreatmentScope scope)
    {
        var policy = scope.Visit.InsuredPolicy;
        var reduction = policy[scope.Scope == VisitScope.CrossProvince
            ? PolicyParameters.RateReductionReferralEmergencyPoints
            : PolicyParameters.IntraProvinceRateReductionReferralEmergencyPoints];
        return new EmergencyDeemedFiled((int)reduction.Value, reduction, policy[PolicyParameters.EmergencyDeemedFiled]);
    }
}
