using NRules.Fluent.Dsl;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// How each active filing for the treatment region stands to the visit: it covers it, ended before it, or starts after
/// it. An inpatient stay is a span from admission to discharge (出院前补办: a filing made before discharge covers it).
/// </summary>
[Name("filing.timing")]
[FiresIn(Situation.OutOfRegion | Situation.AnySetting)]
[Priority(RulePriorities.Timing)]
internal sealed class FilingTimingRule : SettlementRule
{
    /// <summary>Words for <c>f =&gt; f.Status == FilingStatus.Active</c>: the filing was cancelled.</summary>
    internal static readonly LocalizedText Cancelled = new("备案 {filing} 已取消", "filing {filing} was cancelled");

    /// <summary>Words for a <c>Not</c> on active filings: the filing is active.</summary>
    internal static readonly LocalizedText Active = new("备案 {filing} 仍然有效（未取消）", "filing {filing} is active (not cancelled)");

    /// <summary>Words for <c>IsForTreatmentRegion(f)</c> when false: the filing names another place.</summary>
    internal static readonly LocalizedText NotForTreatmentRegion = new("备案 {filing} 指向{destination}，不是就医统筹区{treatment}", "filing {filing} names {destination}, not the treatment pooling region {treatment}");

    /// <summary>Words for <c>IsForTreatmentRegion(f)</c> in a <c>Not</c>: the filing names the treatment region.</summary>
    internal static readonly LocalizedText ForTreatmentRegion = new("备案 {filing} 指向就医统筹区{treatment}", "filing {filing} names the treatment pooling region {treatment}");

    /// <summary>How a filing's timing stands, in words: why it is not the timing a rule asks for.</summary>
    internal static LocalizedText Said(FilingTiming timing) => timing.Kind switch
    {
        FilingTimingKind.EndedBefore => new("备案 {filing} 于 {validUntil} 到期，早于{visitDay}", "filing {filing} ended on {validUntil}, before {visitDay}"),
        FilingTimingKind.StartsAfter => new("备案 {filing} 自 {validFrom} 起才生效，晚于{lastDay}", "filing {filing} starts on {validFrom}, after {lastDay}"),
        _ => new("备案 {filing} 覆盖本次就医（有效期 {validity}）", "filing {filing} covers the visit (valid {validity})"),
    };

    public override Cause Cause => Cause.Filing;

    public override LocalizedText Description { get; } = new(
        "判断指向就医统筹区的有效备案与就诊日期的关系：覆盖（住院为入院至出院任一天）、已到期或尚未生效。",
        "Whether an active filing for the treatment region covers the visit's days (a stay: any day from admission to discharge), ended before them, or starts after them.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Article000, "未备案就住院的，出院前补办即可按规定结算", "admitted without a filing, file before discharge and the stay settles"),
        (Sources.Faq2023, "有效期以“备案记录”为准", "validity as the record shows"));

    public override void Define()
    {
        TreatmentScope scope = null!;
        Filing filing = null!;

        When()
            .Match(() => scope, Check((TreatmentScope s) => !s.IsLocal, VisitScopeRule.NotOutOfRegion))
            .Match(() => filing,
                Check((Filing f) => f.Status == FilingStatus.Active, Cancelled),
                Check((Filing f) => scope.Visit.IsForTreatmentRegion(f), NotForTreatmentRegion));

        Derive(ctx => Timing(filing, scope.Visit.ValidityOf(filing), scope.Visit));
    }

    private static FilingTiming Timing(Filing filing, DateRange validity, Visit visit) =>
        new(filing, validity.EndsBefore(visit.Date) ? FilingTimingKind.EndedBefore
            : validity.StartsAfter(visit.Until) ? FilingTimingKind.StartsAfter
            : FilingTimingKind.Covers, validity);
}
