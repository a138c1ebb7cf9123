using NRules.Fluent.Dsl;
using NRules.RuleModel;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>A filing for the treatment region starts after the visit.</summary>
[Name("filing.not-yet-valid")]
internal sealed class FilingNotYetValidRule : SettlementRule
{
    public static readonly FindingDefinition NotYetValid = new(FindingCodes.FilingNotYetValid, new("备案尚未生效", "filing not yet in effect"), Cause.Filing, Severity.Blocking, Outcome.PayThenClaim,
        new("备案 {0} 自 {1} 起才生效，晚于就诊日。", "Filing {0} takes effect only on {1}, after the visit."),
        RemedyCodes.AdjustFilingStart, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion);

    private static readonly LocalizedText AfterDischarge = new("备案 {0} 自 {1} 起才生效，晚于出院日 {2}。", "Filing {0} starts on {1}, after discharge on {2}.");

    private static readonly LocalizedText AfterAdmission = new("备案 {0} 自 {1} 起才生效，晚于入院日 {2}。", "Filing {0} starts on {1}, after admission on {2}.");

    private static readonly LocalizedText StillAdmitted = new("备案 {0} 自 {1} 起才生效，至今（{2}）住院期间尚未生效。", "Filing {0} starts on {1}; it has not covered any day of the stay so far ({2}).");

    private static readonly string[] TooLate = { RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion };

    public override Cause Cause => Cause.Filing;

    public override LocalizedText Description { get; } = new(
        "指向就医统筹区的有效备案在就诊日之后（住院为出院后，或仍在住院时晚于查询日）才生效。",
        "An active filing for the treatment region takes effect after the visit date (a stay: after discharge, or after the as-of date while still admitted).");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Faq2023, "备案的生效和截止日期以“备案记录”为准", "a filing's start and end dates are as its record shows"));

    public override void Define()
    {
        FilingGap gap = null!;
        FilingTiming timing = null!;

        When()
            .Match(() => gap)
            .Match(() => timing, Check((FilingTiming t) => t.Kind == FilingTimingKind.StartsAfter, ConditionWords.Said));

        Raise(ctx => gap.Advise(StartsLate(ctx, gap, timing.Filing), fileAnew: false));
    }

    /// <summary>
    /// The person already holds the filing: moving its start helps before the visit, or as long as filing would
    /// (before discharge, within the insured region's window); after that only a claim at home is left.
    /// </summary>
    private static Raised StartsLate(IContext context, FilingGap gap, Filing filing)
    {
        var visit = gap.Visit;
        var message = !visit.IsStay ? null
            : visit.Encounter.DischargeDate is not null ? AfterDischarge
            : visit.Until > visit.Date ? StillAdmitted
            : AfterAdmission;
        var adjustable = visit.AsOf < visit.Date || gap.Deadline is not null;
        return Found(context, NotYetValid, On(filing, visit), filing.Id, Wording.Date(filing.ValidFrom), Wording.Date(visit.Until))
            with { Message = message, Remedies = adjustable ? null : TooLate };
    }
}
