using RulesCore.Engine;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// An out-of-region visit with no covering filing, no exemption and no emergency basis has a filing gap; the filing
/// problem rules explain it.
/// </summary>
internal sealed class FilingGapRule : SettlementRule
{
    public const string Id = "filing.gap";

    public override Cause Cause => Cause.Filing;

    public override string Basis => "sources/002: cross-province visits always need a filing; sources/000: unfiled visits do not settle";

    protected override RuleDefinition Define() => Create(Id)
        .Describe("An out-of-region visit that no filing, exemption or emergency rule covers.")
        .Match<Visit>(v => !v.IsLocal)
        .Not<FilingCoverage>()
        .Not<FilingExemption>()
        .Not<EmergencyDeemedFiled>()
        .Then<FilingGap>((ctx, v) => ctx.Insert(new FilingGap(v)));
}
