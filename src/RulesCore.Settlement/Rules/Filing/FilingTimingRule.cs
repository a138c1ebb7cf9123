using NRules.Fluent.Dsl;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// How each active filing for the treatment region stands to the visit: it covers it, ended before it, or starts after
/// it. An inpatient stay is a span from admission to discharge (出院前补办: a filing made before discharge covers it).
/// </summary>
[Name("filing.timing")]
[Description("Whether an active filing for the treatment region covers the visit's days (a stay: any day from admission to discharge), ended before them, or starts after them.")]
[Priority(RulePriorities.Timing)]
internal sealed class FilingTimingRule : SettlementRule
{
    public override Cause Cause => Cause.Filing;

    public override string Basis => "sources/000: admitted without a filing, file before discharge (出院前补办) and the stay settles directly; sources/001: validity as registered";

    public override void Define()
    {
        TreatmentScope scope = null!;
        Filing filing = null!;

        When()
            .Match(() => scope, s => !s.IsLocal)
            .Match(() => filing, f => f.Status == FilingStatus.Active, f => scope.Visit.IsForTreatmentRegion(f));

        Derive(ctx => new FilingTiming(filing, Classify(scope.Visit.ValidityOf(filing), scope.Visit)));
    }

    private static FilingTimingKind Classify(DateRange validity, Visit visit) =>
        validity.EndsBefore(visit.Date) ? FilingTimingKind.EndedBefore
        : validity.StartsAfter(visit.Until) ? FilingTimingKind.StartsAfter
        : FilingTimingKind.Covers;
}
