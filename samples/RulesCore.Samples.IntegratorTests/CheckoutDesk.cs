using RulesCore.Settlement;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Samples.IntegratorTests;

/// <summary>What the cashier's screen shows: how the bill is paid, and a checklist for the patient.</summary>
public sealed record Bill(bool SettledDirectly, decimal PatientPaysNow, decimal SelfPaid, IReadOnlyList<string> Checklist);

/// <summary>
/// The integrator's own code under test: an HIS checkout that asks RulesCore whether the bill settles directly and
/// turns the decision into what the cashier collects.
/// </summary>
public sealed class CheckoutDesk(ISettlementEvaluator evaluator)
{
    /// <summary>The patient's share when the bill settles directly (an HIS would take it from the settlement response).</summary>
    public decimal PatientShare { get; init; } = 0.3m;

    public Bill Checkout(SettlementCase visit)
    {
        var decision = evaluator.Evaluate(visit, new EvaluationOptions { Language = Languages.English });
        var selfPaidCodes = decision.SelfPayItems.ToHashSet(StringComparer.Ordinal);
        var selfPaid = visit.Encounter.Items.Where(i => selfPaidCodes.Contains(i.Code)).Sum(i => i.Amount);
        var covered = visit.Encounter.Items.Sum(i => i.Amount) - selfPaid;
        var checklist = decision.Findings.SelectMany(f => f.Remedies).Select(r => r.Code).Distinct().ToList();

        return decision.Outcome switch
        {
            Outcome.Direct => new Bill(true, selfPaid + (covered * PatientShare), selfPaid, checklist),
            Outcome.DirectReducedRate => new Bill(true, selfPaid + (covered * Math.Min(1m, PatientShare + (decision.RateReductionPoints / 100m))), selfPaid, checklist),
            _ => new Bill(false, selfPaid + covered, selfPaid, checklist),
        };
    }
}
