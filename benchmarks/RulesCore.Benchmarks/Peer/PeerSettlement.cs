using RulesCore.Settlement;
using RulesCore.Settlement.Policies;
using RulesEngine.Models;

namespace RulesCore.Benchmarks.Peer;

/// <summary>
/// The peer: the rules of the four causes as a Microsoft RulesEngine 6.0.1 workflow (Peer/settlement-workflow.json),
/// one rule per finding code; the outcome is folded from the caps of the rules that succeed, as RulesCore does.
/// </summary>
public sealed class PeerSettlement
{
    private static readonly Dictionary<string, Outcome?> Caps = new(StringComparer.Ordinal)
    {
        ["FILING_EXEMPT_INTRA_PROVINCE"] = null, ["EMERGENCY_DEEMED_FILED"] = null, ["TEMPORARY_RATE_REDUCTION"] = Outcome.DirectReducedRate,
        ["FILING_EXPIRED"] = Outcome.PayThenClaim, ["FILING_NOT_YET_VALID"] = Outcome.PayThenClaim, ["FILING_CANCELLED"] = Outcome.PayThenClaim,
        ["FILING_WRONG_REGION"] = Outcome.PayThenClaim, ["FILING_MISSING"] = Outcome.PayThenClaim, ["FILING_RETROACTIVE_AVAILABLE"] = null, ["FILING_RETROACTIVE_ASK"] = null,
        ["TWO_WAY_SETTLEMENT"] = null, ["HOME_SETTLEMENT_NEEDS_MATERIALS"] = Outcome.PayThenClaim, ["HOSPITAL_NOT_NETWORKED"] = Outcome.PayThenClaim,
        ["HOSPITAL_SERVICE_NOT_OPEN"] = Outcome.PayThenClaim, ["HOSPITAL_CONDITION_NOT_OPEN"] = Outcome.PayThenClaim,
        ["HOSPITAL_INTRA_PROVINCE_ONLY"] = Outcome.PayThenClaim, ["HOSPITAL_NOT_SELECTED"] = Outcome.PayThenClaim, ["QUALIFICATION_MISSING"] = Outcome.NotReimbursable,
        ["CONDITION_NOT_CROSS_PROVINCE"] = Outcome.PayThenClaim, ["ITEMS_OUTSIDE_CATALOG"] = null, ["CONTRIBUTION_LAPSED"] = Outcome.NotReimbursable,
        ["WAITING_PERIOD"] = Outcome.NotReimbursable, ["IDENTITY_MISMATCH"] = Outcome.PayThenClaim, ["CARD_UNUSABLE"] = Outcome.PayThenClaim,
        ["USE_E_VOUCHER"] = null, ["PERSONAL_ACCOUNT_NOT_ENABLED"] = Outcome.PayThenClaim,
    };

    private readonly RulesEngine.RulesEngine _engine;
    private readonly PolicyCatalog _policies;

    public PeerSettlement(PolicyCatalog policies)
    {
        _policies = policies;
        using var stream = typeof(PeerSettlement).Assembly.GetManifestResourceStream("settlement-workflow.json")!;
        using var reader = new StreamReader(stream);
        _engine = new RulesEngine.RulesEngine(new[] { reader.ReadToEnd() }, new ReSettings { CustomTypes = new[] { typeof(Math) } });
    }

    public (Outcome Outcome, List<string> Codes) Decide(SettlementCase c)
    {
        var visit = PeerVisit.From(c, _policies);
        var results = _engine.ExecuteAllRulesAsync("Settlement", new RuleParameter("v", visit)).GetAwaiter().GetResult();
        var outcome = Outcome.Direct;
        var codes = new List<string>();
        foreach (var result in results)
        {
            if (result.ExceptionMessage is { Length: > 0 } error)
            {
                throw new InvalidOperationException($"Peer rule {result.Rule.RuleName} failed: {error}");
            }

            if (!result.IsSuccess)
            {
                continue;
            }

            codes.Add(result.Rule.RuleName);
            var cap = result.Rule.RuleName == "ITEMS_OUTSIDE_CATALOG" && visit.ItemsOutside == visit.Items ? Outcome.NotReimbursable : Caps[result.Rule.RuleName];
            if (cap is { } o && o > outcome)
            {
                outcome = o;
            }
        }

        return (outcome, codes);
    }
}
