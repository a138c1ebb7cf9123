using RulesCore.Engine;

namespace RulesCore.Settlement.Rules;

/// <summary>A filing for the treatment region starts after the visit.</summary>
internal sealed class FilingNotYetValidRule : SettlementRule
{
    public const string Id = "filing.not-yet-valid";

    public override Cause Cause => Cause.Filing;

    public override string Basis => "sources/001: the filing's effective and end dates are as registered";

    protected override RuleDefinition Define() => Create(Id)
        .Describe("An active filing for the treatment region takes effect after the visit date.")
        .Match<FilingGap>()
        .Match<Filing>((g, f) => f.Status == FilingStatus.Active && g.Visit.IsForTreatmentRegion(f) && g.Visit.ValidityOf(f).StartsAfter(g.Visit.Date))
        .Then<Raised>((ctx, g, f) => ctx.Insert(Raise(
            FindingCodes.FilingNotYetValid, Id, On(FactReferences.Of(f), g.Visit), f.Id, FindingCatalog.Date(f.ValidFrom))));
}
