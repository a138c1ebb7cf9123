using NRules.Fluent.Dsl;

namespace RulesCore.Settlement.Rules;

/// <summary>Emergency care without a valid filing counts as filed (急诊抢救视同已备案).</summary>
[Name("filing.emergency-deemed-filed")]
[Description("Emergency care outside the insured region that no filing covers is settled as filed.")]
internal sealed class EmergencyDeemedFiledRule : SettlementRule
{
    public static readonly FindingDefinition Deemed = new(FindingCodes.EmergencyDeemedFiled, Cause.Filing, Severity.Info, null,
        new("急诊抢救视同已备案。", "Emergency care counts as filed."));

    public override Cause Cause => Cause.Filing;

    public override string Basis => "医保发〔2022〕22号: emergency patients are treated as filed";

    public override void Define()
    {
        TreatmentScope scope = null!;
        EmergencyDeemedFiled deemed = null!;

        When()
            .Match(() => scope)
            .Match(() => deemed)
            .Not<FilingCoverage>();

        Raise(ctx => Found(ctx, Deemed, On(scope), new[] { deemed.Basis }));
    }
}
