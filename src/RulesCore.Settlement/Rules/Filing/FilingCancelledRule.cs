using RulesCore.Engine;

namespace RulesCore.Settlement.Rules;

/// <summary>The only filings for the treatment region were cancelled.</summary>
internal sealed class FilingCancelledRule : SettlementRule
{
    public const string Id = "filing.cancelled";

    public override Cause Cause => Cause.Filing;

    public override string Basis => "sources/001: a cancelled filing no longer applies";

    protected override RuleDefinition Define() => Create(Id)
        .Describe("A filing for the treatment region was cancelled, and no active filing for it remains.")
        .Match<FilingGap>()
        .Not<Filing>((g, other) => other.Status == FilingStatus.Active && g.Visit.IsForTreatmentRegion(other))
        .Match<Filing>((g, f) => f.Status == FilingStatus.Cancelled && g.Visit.IsForTreatmentRegion(f))
        .Then<Raised>((ctx, g, f) => ctx.Insert(Raise(FindingCodes.FilingCancelled, Id, On(FactReferences.Of(f), g.Visit), f.Id)));
}
