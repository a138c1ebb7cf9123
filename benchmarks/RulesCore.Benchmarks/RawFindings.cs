using RulesCore.Settlement;
using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Engine;

namespace RulesCore.Benchmarks;

/// <summary>
/// A finding as a contestant that runs no NRules rules reports it: the finding code and the facts it concerns, in the
/// order the shipped rule's <c>Of</c> takes them (the case's facts and the derived facts the contestant computed:
/// the scope, the filing gap, the basis of the reduction, a long-term filing elsewhere).
/// </summary>
internal sealed class RawFinding
{
    public RawFinding(string code, params object[] facts)
    {
        Code = code;
        Facts = facts;
    }

    public string Code { get; }

    public object[] Facts { get; }
}

/// <summary>
/// The folding every contestant shares: raw findings are worded by the shipped rules' own <c>Of</c> (the same
/// message, arguments, policy values and remedies an NRules firing gives) and folded by RulesCore's evaluator into
/// the decision — outcome, findings, messages, remedies, basis. So the peer and the floor are measured on finding the
/// facts, and their decisions are compared whole.
/// </summary>
internal static class RawFindings
{
    private static readonly SettlementEvaluator Folding = new();

    public static SettlementDecision Decide(Visit visit, List<RawFinding> found, EvaluationOptions options)
    {
        var raised = new List<Raised>(found.Count);
        foreach (var finding in found)
        {
            raised.Add(Word(visit, finding));
        }

        return Folding.Assessor.Folding.Fold(visit, raised, null, options.Language ?? "zh-CN");
    }

    private static Raised Word(Visit visit, RawFinding f)
    {
        var x = f.Facts;
        return f.Code switch
        {
            FindingCodes.FilingExemptIntraProvince => FilingExemptIntraProvinceRule.Of(Id<FilingExemptIntraProvinceRule>.Name, (TreatmentScope)x[0]),
            FindingCodes.EmergencyDeemedFiled => EmergencyDeemedFiledRule.Of(Id<EmergencyDeemedFiledRule>.Name, (TreatmentScope)x[0], (EmergencyDeemedFiled)x[1]),
            FindingCodes.TemporaryRateReduction => TemporaryRateReductionRule.Of(Id<TemporaryRateReductionRule>.Name, (TreatmentScope)x[0], (IFilingBasis)x[1]),
            FindingCodes.FilingExpired => FilingExpiredRule.Of(Id<FilingExpiredRule>.Name, (Visit)x[0], (Filing)x[1]),
            FindingCodes.FilingNotYetValid => FilingNotYetValidRule.Of(Id<FilingNotYetValidRule>.Name, (FilingGap)x[0], (Filing)x[1]),
            FindingCodes.FilingCancelled => FilingCancelledRule.Of(Id<FilingCancelledRule>.Name, (Visit)x[0], (Filing)x[1]),
            FindingCodes.FilingWrongRegion => FilingWrongRegionRule.Of(Id<FilingWrongRegionRule>.Name, (Filing)x[1], (Visit)x[0]),
            FindingCodes.FilingMissing => FilingMissingRule.Of(Id<FilingMissingRule>.Name, (Visit)x[0]),
            FindingCodes.FilingRetroactiveAvailable => FilingRetroactiveRule.Of(Id<FilingRetroactiveRule>.Name, (FilingGap)x[0]),
            FindingCodes.FilingRetroactiveAsk => FilingRetroactiveAskRule.Of(Id<FilingRetroactiveAskRule>.Name, (Visit)x[0]),
            FindingCodes.TwoWaySettlement => TwoWaySettlementRule.Of(Id<TwoWaySettlementRule>.Name, (TreatmentScope)x[0], (LongTermFilingElsewhere)x[1]),
            FindingCodes.HomeSettlementNeedsMaterials => HomeSettlementNeedsMaterialsRule.Of(Id<HomeSettlementNeedsMaterialsRule>.Name, (TreatmentScope)x[0], (LongTermFilingElsewhere)x[1]),
            FindingCodes.HospitalNotNetworked => HospitalNotNetworkedRule.Of(Id<HospitalNotNetworkedRule>.Name, (TreatmentScope)x[0], (Hospital)x[1]),
            FindingCodes.HospitalServiceNotOpen => HospitalServiceNotOpenRule.Of(Id<HospitalServiceNotOpenRule>.Name, (TreatmentScope)x[0], (Hospital)x[1]),
            FindingCodes.HospitalConditionNotOpen => HospitalConditionNotOpenRule.Of(Id<HospitalConditionNotOpenRule>.Name, (TreatmentScope)x[0], (Hospital)x[1]),
            FindingCodes.HospitalIntraProvinceOnly => HospitalIntraProvinceOnlyRule.Of(Id<HospitalIntraProvinceOnlyRule>.Name, (TreatmentScope)x[0], (Hospital)x[1]),
            FindingCodes.HospitalNotSelected => HospitalNotSelectedRule.Of(Id<HospitalNotSelectedRule>.Name, (TreatmentScope)x[0], (Hospital)x[1]),
            FindingCodes.QualificationMissing => QualificationMissingRule.Of(Id<QualificationMissingRule>.Name, (Visit)x[0]),

            // Two rules raise this code: a chronic visit for a condition outside the list, and a qualified condition
            // outside the list billed as general outpatient care.
            FindingCodes.ConditionNotCrossProvince => ConditionNotCrossProvinceRule.Of(
                visit.IsChronic ? Id<ConditionNotCrossProvinceRule>.Name : Id<ConditionBilledAsOutpatientRule>.Name, (TreatmentScope)x[0]),
            FindingCodes.ItemsOutsideCatalog => ItemsOutsideCatalogRule.Of(Id<ItemsOutsideCatalogRule>.Name, (Visit)x[0]),
            FindingCodes.ContributionLapsed => ContributionLapsedRule.Of(Id<ContributionLapsedRule>.Name, (InsuranceAccount)x[0], (Visit)x[1]),
            FindingCodes.WaitingPeriod => WaitingPeriodRule.Of(Id<WaitingPeriodRule>.Name, (InsuranceAccount)x[0], (Visit)x[1]),
            FindingCodes.IdentityMismatch => IdentityMismatchRule.Of(Id<IdentityMismatchRule>.Name, (InsuranceAccount)x[0], (Visit)x[1]),
            FindingCodes.CardUnusable => CardUnusableRule.Of(Id<CardUnusableRule>.Name, (InsuranceAccount)x[0]),
            FindingCodes.UseEVoucher => EVoucherRule.Of(Id<EVoucherRule>.Name, (InsuranceAccount)x[0]),
            FindingCodes.PersonalAccountNotEnabled => PersonalAccountNotEnabledRule.Of(Id<PersonalAccountNotEnabledRule>.Name, (InsuranceAccount)x[0], (TreatmentScope)x[1]),
            _ => throw new ArgumentException($"No shipped rule raises '{f.Code}'.", nameof(f)),
        };
    }

    /// <summary>A shipped rule's id, as the shipped rule set loaded it.</summary>
    private static class Id<TRule>
    {
        public static readonly string Name = Named();

        private static string Named()
        {
            var rules = SettlementRuleSet.Default;
            for (var i = 0; i < rules.Rules.Count; i++)
            {
                if (rules.Rules[i] is TRule)
                {
                    return rules.Definitions[i].Name;
                }
            }

            throw new InvalidOperationException($"{typeof(TRule).Name} is not a shipped rule.");
        }
    }
}
