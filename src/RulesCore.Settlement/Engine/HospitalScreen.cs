using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// Asks the shipped hospital rules alone (with the rules that derive what they read) whether a visit at a hospital
/// certainly cannot settle directly: one of them caps it at pay-then-claim or worse. The same rule classes as the full
/// rule set, compiled into a small one, so a directory's hospitals are screened at a fraction of a full evaluation's
/// cost; a finding can only lower an outcome, so a hospital screened out would not have settled directly.
/// </summary>
internal sealed class HospitalScreen
{
    private static readonly Lazy<HospitalScreen> Shipped = new(() => new HospitalScreen(SettlementRuleSet.Build(
        SettlementRuleSet.WithProducers(SettlementRuleSet.Default.Rules.Where(r => r.Cause == Cause.Hospital).Select(r => r.GetType())))));

    private readonly SettlementRuleSet _rules;

    private HospitalScreen(SettlementRuleSet rules) => _rules = rules;

    /// <summary>The screen of the shipped hospital rules, compiled once per process.</summary>
    public static HospitalScreen Default => Shipped.Value;

    /// <summary>
    /// What the hospital rules can tell apart between two hospitals of a directory for the same case: the treatment
    /// pooling region (the visit's scope, and with it the province), the services opened, and the hospital's id only
    /// where a qualification designates hospitals. Hospitals with the same key are screened once; a name is a label.
    /// </summary>
    public static string KeyOf(Visit visit, SettlementCase @case)
    {
        var services = visit.Hospital.CrossRegionServices;
        var id = @case.Qualifications.Any(q => q.DesignatedHospitals is not null) ? visit.Hospital.Id : string.Empty;
        return string.Join("|", visit.TreatmentPooling.ToString(), services.Inpatient ? "1" : "0", services.GeneralOutpatient ? "1" : "0",
            services.IntraProvinceOnly ? "1" : "0", string.Join(",", services.ChronicConditions.OrderBy(c => c, StringComparer.Ordinal)), id);
    }

    /// <summary>Whether the hospital rules cap a valid case's visit at pay-then-claim or worse.</summary>
    public bool RulesOut(Visit visit, SettlementCase @case, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var sink = new FindingSink();
        var session = _rules.FactoryFor(VisitScopeRule.ScopeOf(visit.InsuredPooling, visit.TreatmentPooling), visit.Encounter.Setting).CreateSession();
        session.DependencyResolver = sink;
        session.InsertAll(CanonicalFacts.Of(visit, @case));
        session.Fire(cancellationToken);
        return sink.Findings.Any(r => (r.Caps ?? r.Finding.Caps) > Outcome.DirectReducedRate);
    }
}
