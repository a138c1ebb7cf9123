using NRules.Fluent.Dsl;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// An out-of-region visit with no covering filing, no exemption and no emergency basis has a filing gap; the filing
/// problem rules explain it.
/// </summary>
[Name("filing.gap")]
[Description("An out-of-region visit that no filing, exemption or emergency rule covers.")]
[Priority(RulePriorities.Conclusion)]
internal sealed class FilingGapRule : SettlementRule
{
    public override Cause Cause => Cause.Filing;

    public override string Basis => "sources/002: cross-province visits always need a filing; sources/000: unfiled visits do not settle";

    public override void Define()
    {
        TreatmentScope scope = null!;

        When()
            .Match(() => scope, s => !s.IsLocal)
            .Not<FilingCoverage>()
            .Not<FilingExemption>()
            .Not<EmergencyDeemedFiled>();

        Derive(ctx => new FilingGap(scope.Visit));
    }
}
