using RulesCore.Engine;
using RulesCore.Settlement.Policies;

namespace RulesCore.Settlement.Rules;

/// <summary>Emergency care without a valid filing counts as filed (急诊抢救视同已备案).</summary>
internal sealed class EmergencyDeemedFiledRule : SettlementRule
{
    public const string Id = "filing.emergency-deemed-filed";

    public override Cause Cause => Cause.Filing;

    public override string Basis => "医保发〔2022〕22号: emergency patients are treated as filed";

    protected override RuleDefinition Define() => Create(Id)
        .Describe("Emergency care outside the insured region, with no filing or exemption covering it, counts as filed.")
        .Match<Visit>(v => !v.IsLocal && v.Encounter.Setting == CareSetting.Emergency && v.InsuredPolicy.Get(PolicyParameters.EmergencyDeemedFiled))
        .Not<FilingCoverage>()
        .Not<FilingExemption>()
        .Then<EmergencyDeemedFiled, Raised>((ctx, v) =>
        {
            var reduction = v.InsuredPolicy[PolicyParameters.RateReductionReferralEmergencyPoints];
            var deemed = new EmergencyDeemedFiled((int)reduction.Value, reduction, v.InsuredPolicy[PolicyParameters.EmergencyDeemedFiled]);
            ctx.Insert(deemed);
            ctx.Insert(Raise(FindingCodes.EmergencyDeemedFiled, Id, On(v), new[] { deemed.Basis }));
        });
}
