using NRules.Fluent.Dsl;
using NRules.RuleModel;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>A filing for the treatment region ended before the visit (e.g. a six-month temporary filing, 长沙 → 武汉).</summary>
// readme:rule:begin
[Name("filing.expired")]
internal sealed class FilingExpiredRule : SettlementRule
{
    public static readonly FindingDefinition Expired = new(FindingCodes.FilingExpired, new("备案已过期", "filing expired"), Cause.Filing, Severity.Blocking, Outcome.PayThenClaim,
        new("备案 {0} 的有效期已于 {1} 结束，就诊日不在有效期内。", "Filing {0} ended on {1}, before the visit."),
        RemedyCodes.RenewFiling, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion);

    private static readonly LocalizedText StayMessage = new("备案 {0} 的有效期已于 {1} 结束，早于入院日 {2}。", "Filing {0} ended on {1}, before admission on {2}.");

    public override Cause Cause => Cause.Filing;

    public override LocalizedText Description { get; } = new(
        "指向就医统筹区的有效备案在就诊日之前（住院为入院前）已到期。",
        "An active filing for the treatment region ended before the visit date (a stay: before admission).");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Article000, "临时外出就医备案有效期通常为6个月（十堰），过期后不能结算", "temporary filings usually last six months (Shiyan); an expired filing does not settle"),
        (Sources.Notice2022, "临时外出就医人员备案有效期不少于6个月", "temporary filings are valid for at least six months"));

    public override void Define()
    {
        FilingGap gap = null!;
        FilingTiming timing = null!;

        When()
            .Match(() => gap)
            .Match(() => timing, Check((FilingTiming t) => t.Kind == FilingTimingKind.EndedBefore, ConditionWords.Said));

        Raise(ctx => gap.Advise(Ended(ctx, gap.Visit, timing.Filing)));
    }

    /// <summary>The filing's last day; a stay is worded with its admission day.</summary>
    private static Raised Ended(IContext context, Visit visit, Filing filing) =>
        Found(context, Expired, On(filing, visit), new[] { visit.ValidityBasisOf(filing) },
            filing.Id, Wording.Date(visit.ValidityOf(filing).Until!.Value), Wording.Date(visit.Date))
            with { Message = visit.IsStay ? StayMessage : null };
}
// readme:rule:end
