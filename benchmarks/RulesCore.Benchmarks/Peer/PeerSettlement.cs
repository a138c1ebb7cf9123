using RulesCore.Settlement;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Rules;
using RulesEngine.Models;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Benchmarks.Peer;

/// <summary>
/// The peer: the rules of the four causes as a Microsoft RulesEngine 6.0.1 workflow (Peer/settlement-workflow.json),
/// one rule per finding code; a rule about particular filings returns them with an <c>OutputExpression</c> action
/// (the reduction's returns the basis that decides the ratio). Its raw findings — codes and the facts they concern —
/// go to the folding every contestant shares.
/// </summary>
public sealed class PeerSettlement
{
    private readonly RulesEngine.RulesEngine _engine;
    private readonly PolicyCatalog _policies;

    public PeerSettlement(PolicyCatalog policies)
    {
        _policies = policies;
        using var stream = typeof(PeerSettlement).Assembly.GetManifestResourceStream("settlement-workflow.json")!;
        using var reader = new StreamReader(stream);
        _engine = new RulesEngine.RulesEngine(new[] { reader.ReadToEnd() }, new ReSettings { CustomTypes = new[] { typeof(Math) } });
    }

    public SettlementDecision Decide(SettlementCase c, EvaluationOptions options)
    {
        var resolved = new Visit(c, options.AsOf ?? c.AsOf ?? c.Encounter.Date.Date, _policies);
        var v = PeerVisit.From(c, resolved);
        var results = _engine.ExecuteAllRulesAsync("Settlement", new RuleParameter("v", v)).GetAwaiter().GetResult();
        var scope = new TreatmentScope(resolved, v.IsLocal ? VisitScope.Local : v.IsCross ? VisitScope.CrossProvince : VisitScope.IntraProvince);
        var found = new List<RawFinding>(8);
        foreach (var result in results)
        {
            if (result.ExceptionMessage is { Length: > 0 } || result.ActionResult?.Exception is not null)
            {
                throw new InvalidOperationException($"Peer rule {result.Rule.RuleName} failed: {result.ExceptionMessage} {result.ActionResult?.Exception?.Message}");
            }

            if (!result.IsSuccess)
            {
                continue;
            }

            var code = result.Rule.RuleName;
            var output = result.ActionResult?.Output;
            switch (code)
            {
                case FindingCodes.FilingExpired or FindingCodes.FilingCancelled or FindingCodes.FilingWrongRegion:
                    found.AddRange(Filings(v, output).Select(f => new RawFinding(code, resolved, f)));
                    break;
                case FindingCodes.FilingNotYetValid:
                    var gap = GapOf(resolved, v);
                    found.AddRange(Filings(v, output).Select(f => new RawFinding(code, gap, f)));
                    break;
                case FindingCodes.TwoWaySettlement or FindingCodes.HomeSettlementNeedsMaterials:
                    found.AddRange(Filings(v, output).Select(f => new RawFinding(code, scope, f)));
                    break;
                case FindingCodes.TemporaryRateReduction:
                    found.Add(new RawFinding(code, scope, (int)output! is var best && best >= 0
                        ? new Basis(v.Filings[best].Source, v.Filings[best].Points, v.Filings[best].PointsBasis, null)
                        : Emergency(resolved, v)));
                    break;
                case FindingCodes.EmergencyDeemedFiled:
                    found.Add(new RawFinding(code, scope, Emergency(resolved, v)));
                    break;
                case FindingCodes.FilingRetroactiveAvailable:
                    found.Add(new RawFinding(code, GapOf(resolved, v)));
                    break;
                case FindingCodes.FilingExemptIntraProvince or FindingCodes.ConditionNotCrossProvince:
                    found.Add(new RawFinding(code, scope));
                    break;
                case FindingCodes.FilingMissing or FindingCodes.FilingRetroactiveAsk or FindingCodes.QualificationMissing or FindingCodes.ItemsOutsideCatalog:
                    found.Add(new RawFinding(code, resolved));
                    break;
                case FindingCodes.HospitalNotNetworked or FindingCodes.HospitalServiceNotOpen or FindingCodes.HospitalConditionNotOpen
                    or FindingCodes.HospitalIntraProvinceOnly or FindingCodes.HospitalNotSelected:
                    found.Add(new RawFinding(code, scope, c.Hospital));
                    break;
                case FindingCodes.CardUnusable or FindingCodes.UseEVoucher:
                    found.Add(new RawFinding(code, c.Person));
                    break;
                case FindingCodes.PersonalAccountNotEnabled:
                    found.Add(new RawFinding(code, c.Person, scope));
                    break;
                default:
                    found.Add(new RawFinding(code, c.Person, resolved));
                    break;
            }
        }

        return RawFindings.Decide(c, resolved, found, options);
    }

    private static IEnumerable<Filing> Filings(PeerVisit v, object? output) => ((IEnumerable<int>)output!).Select(i => v.Filings[i].Source);

    /// <summary>The gap's deadline: the discharge while admitted, else the end of the insured region's window if not passed.</summary>
    private static Gap GapOf(Visit resolved, PeerVisit v) =>
        new(resolved, v.StillAdmitted ? v.DischargeOrOpen : v.AsOf <= v.RetroactiveDeadline ? v.RetroactiveDeadline : (DateTime?)null,
            v.StillAdmitted, !v.StillAdmitted && v.AsOf >= v.Until && v.RetroactiveWindowUnknown);

    private static Basis Emergency(Visit resolved, PeerVisit v)
    {
        var reduction = resolved.InsuredPolicy[v.IsCross ? PolicyParameters.RateReductionReferralEmergencyPoints : PolicyParameters.IntraProvinceRateReductionReferralEmergencyPoints];
        return new Basis(null, v.ReferralEmergencyPoints, reduction, resolved.InsuredPolicy[PolicyParameters.EmergencyDeemedFiled]);
    }
}
