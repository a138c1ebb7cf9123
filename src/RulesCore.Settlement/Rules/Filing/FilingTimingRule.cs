using NRules.Fluent.Dsl;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// How each active filing for the treatment region stands to the visit: it covers it, ended before it, or starts after
/// it. An inpatient stay is a span from admission to discharge (出院前补办: a filing made before discharge covers it).
/// </summary>
[Name("filing.timing")]
[Priority(RulePriorities.Timing)]
internal sealed class FilingTimingRule : SettlementRule
{
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
            .Match(() => scope, Check((TreatmentScope s) => !s.IsLocal, ConditionWords.NotOutOfRegion))
            .Match(() => filing,
                Check((Filing f) => f.Status == FilingStatus.Active, ConditionWords.Cancelled),
                Check((Filing f) => scope.Visit.IsForTreatmentRegion(f), ConditionWords.NotForTreatmentRegion));

        Derive(ctx => Timing(filing, scope.Visit.ValidityOf(filing), scope.Visit));
    }

    private static FilingTiming Timing(Filing filing, DateRange validity, Visit visit) =>
        new(filing, validity.EndsBefore(visit.Date) ? FilingTimingKind.EndedBefore
            : validity.StartsAfter(visit.Until) ? FilingTimingKind.StartsAfter
            : FilingTimingKind.Covers, validity);
}
