using NRules.Fluent.Dsl;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>Emergency care without a valid filing counts as filed (急诊抢救视同已备案).</summary>
[Name("filing.emergency-deemed-filed")]
internal sealed class EmergencyDeemedFiledRule : SettlementRule
{
    public static readonly FindingDefinition Deemed = new(FindingCodes.EmergencyDeemedFiled, new("急诊抢救视同已备案", "emergency counts as filed"), Cause.Filing, Severity.Info, null,
        new("急诊抢救视同已备案。", "Emergency care counts as filed."));

    public override Cause Cause => Cause.Filing;

    public override LocalizedText Description { get; } = new(
        "参保地以外的急诊没有备案覆盖时，视同已备案结算。",
        "Emergency care outside the insured region that no filing covers is settled as filed.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Notice2022, "急诊抢救人员视同已备案", "emergency patients count as filed"));

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
