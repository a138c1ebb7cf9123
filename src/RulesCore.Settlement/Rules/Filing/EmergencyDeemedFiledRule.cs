using NRules.Fluent.Dsl;
using RulesCore.Settlement.Policies;

namespace RulesCore.Settlement.Rules;

/// <summary>Emergency care without a valid filing counts as filed (急诊抢救视同已备案).</summary>
[Name("filing.emergency-deemed-filed")]
[Description("Emergency care outside the insured region, with no filing or exemption covering it, counts as filed.")]
[Priority(RulePriorities.Fallback)]
internal sealed class EmergencyDeemedFiledRule : SettlementRule
{
    public static readonly FindingDefinition Deemed = new(FindingCodes.EmergencyDeemedFiled, Cause.Filing, Severity.Info, null,
        new("急诊抢救视同已备案。", "Emergency care counts as filed."));

    public override Cause Cause => Cause.Filing;

    public override string Basis => "医保发〔2022〕22号: emergency patients are treated as filed";

    public override void Define()
    {
        TreatmentScope scope = null!;

        When()
            .Match(() => scope,
                s => !s.IsLocal,
                s => s.Visit.Encounter.Setting == CareSetting.Emergency,
                s => s.Visit.InsuredPolicy.Get(PolicyParameters.EmergencyDeemedFiled))
            .Not<FilingCoverage>()
            .Not<FilingExemption>();

        Derive(ctx => DeemedFiled(scope.Visit));
        Raise(ctx => Found(ctx, Deemed, On(scope), new[] { scope.Visit.InsuredPolicy[PolicyParameters.EmergencyDeemedFiled] }));
    }

    private static EmergencyDeemedFiled DeemedFiled(Visit visit)
    {
        var reduction = visit.InsuredPolicy[PolicyParameters.RateReductionReferralEmergencyPoints];
        return new EmergencyDeemedFiled((int)reduction.Value, reduction, visit.InsuredPolicy[PolicyParameters.EmergencyDeemedFiled]);
    }
}
