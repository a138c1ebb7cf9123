using RulesCore.Engine;

namespace RulesCore.Settlement.Rules;

/// <summary>No filing at all for an out-of-region visit that needs one.</summary>
internal sealed class FilingMissingRule : SettlementRule
{
    public const string Id = "filing.missing";

    public override Cause Cause => Cause.Filing;

    public override string Basis => "sources/001: file first; sources/002: unfiled cross-province visits do not settle directly";

    protected override RuleDefinition Define() => Create(Id)
        .Describe("No filing names the treatment region and no active filing names another region.")
        .Match<FilingGap>()
        .Not<Filing>((g, f) => g.Visit.IsForTreatmentRegion(f))
        .Not<Filing>((g, f) => f.Status == FilingStatus.Active && g.Visit.IsForAnotherRegion(f))
        .Then<Raised>((ctx, g) => ctx.Insert(Raise(FindingCodes.FilingMissing, Id, On(g.Visit), g.Visit.TreatmentPooling.ToString())));
}
