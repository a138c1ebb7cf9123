using RulesCore.Engine;

namespace RulesCore.Settlement.Rules;

/// <summary>Networked, but not for this kind of care (e.g. inpatient only: the 平邑 employee in 上海).</summary>
internal sealed class HospitalServiceNotOpenRule : SettlementRule
{
    public const string Id = "hospital.service-not-open";

    public override Cause Cause => Cause.Hospital;

    public override string Basis => "sources/000: a 上海 hospital had opened inpatient settlement only; sources/001: inpatient, general outpatient and chronic conditions are opened separately";

    protected override RuleDefinition Define() => Create(Id)
        .Describe("An out-of-region inpatient, general outpatient or emergency visit at a networked hospital that has not opened that service.")
        .Match<Visit>(v => !v.IsLocal && !v.IsChronic)
        .Match<Hospital>((v, h) => h.CrossRegionServices.IsNetworked && !Opens(h.CrossRegionServices, v.Encounter.Setting))
        .Then<Raised>((ctx, v, h) => ctx.Insert(Raise(
            FindingCodes.HospitalServiceNotOpen, Id, On(FactReferences.Of(h), v), FindingCatalog.Setting(v.Encounter.Setting))));

    /// <summary>Emergency care settles as outpatient (门急诊) or, if admitted, inpatient care.</summary>
    private static bool Opens(CrossRegionServices services, CareSetting setting) => setting switch
    {
        CareSetting.Inpatient => services.Inpatient,
        CareSetting.GeneralOutpatient => services.GeneralOutpatient,
        _ => services.GeneralOutpatient || services.Inpatient,
    };
}
