using NRules.Fluent.Dsl;

namespace RulesCore.Settlement.Rules;

/// <summary>A chronic visit settles directly only where the hospital has opened that condition.</summary>
[Name("hospital.condition-not-open")]
[Description("An out-of-region chronic visit at a networked hospital that has not opened the condition.")]
internal sealed class HospitalConditionNotOpenRule : SettlementRule
{
    public static readonly FindingDefinition NotOpen = new(FindingCodes.HospitalConditionNotOpen, Cause.Hospital, Severity.Blocking, Outcome.PayThenClaim,
        new("该医院未开通病种“{0}”的门诊慢特病异地直接结算。",
            "The hospital has not opened cross-region chronic-condition settlement for {0}."),
        RemedyCodes.ChooseNetworkedHospital, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion);

    public override Cause Cause => Cause.Hospital;

    public override string Basis => "sources/002, sources/003: the hospital must have opened settlement for the patient's condition";

    public override void Define()
    {
        TreatmentScope scope = null!;
        Hospital hospital = null!;

        When()
            .Match(() => scope, s => !s.IsLocal, s => s.Visit.IsChronic)
            .Match(() => hospital,
                h => h.CrossRegionServices.IsNetworked,
                h => !h.CrossRegionServices.ChronicConditions.Contains(scope.Visit.Encounter.Condition!));

        Raise(ctx => Found(ctx, NotOpen, On(hospital, scope), Wording.Condition(scope.Visit.Encounter.Condition!)));
    }
}
