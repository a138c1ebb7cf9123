using RulesCore.Engine;

namespace RulesCore.Settlement.Rules;

/// <summary>Every settlement rule, compiled once.</summary>
internal static class SettlementRules
{
    public static IReadOnlyList<SettlementRule> All { get; } = Create();

    public static RuleSet RuleSet { get; } = RuleSet.Compile(All.Select(r => r.Definition));

    /// <summary>Builds and compiles the rules from scratch (what start-up costs).</summary>
    internal static RuleSet CompileFresh() => RuleSet.Compile(Create().Select(r => r.Definition));

    private static SettlementRule[] Create() => new SettlementRule[]
    {
        new FilingCoversRule(),
        new FilingExemptIntraProvinceRule(),
        new EmergencyDeemedFiledRule(),
        new FilingGapRule(),
        new FilingExpiredRule(),
        new FilingNotYetValidRule(),
        new FilingCancelledRule(),
        new FilingWrongRegionRule(),
        new FilingMissingRule(),
        new FilingRetroactiveRule(),
        new TemporaryRateReductionRule(),
        new TwoWaySettlementRule(),
        new HomeSettlementNeedsMaterialsRule(),
        new HospitalNotNetworkedRule(),
        new HospitalServiceNotOpenRule(),
        new HospitalConditionNotOpenRule(),
        new HospitalIntraProvinceOnlyRule(),
        new QualificationMissingRule(),
        new ConditionNotCrossProvinceRule(),
        new ItemsOutsideCatalogRule(),
        new ContributionLapsedRule(),
        new WaitingPeriodRule(),
        new IdentityMismatchRule(),
        new CardUsableRule(),
        new EVoucherRule(),
        new CardUnusableRule(),
        new PersonalAccountNotEnabledRule(),
    };

    public static SettlementRule ById(string id) => All.First(r => r.Definition.Id == id);
}
