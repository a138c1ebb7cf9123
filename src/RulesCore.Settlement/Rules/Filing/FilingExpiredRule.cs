using RulesCore.Engine;

namespace RulesCore.Settlement.Rules;

/// <summary>A filing for the treatment region ended before the visit (e.g. a six-month temporary filing, 长沙 → 武汉).</summary>
internal sealed class FilingExpiredRule : SettlementRule
{
    public const string Id = "filing.expired";

    public override Cause Cause => Cause.Filing;

    public override string Basis => "sources/000: temporary filings last about six months (十堰), an expired filing does not settle; 医保发〔2022〕22号";

    protected override RuleDefinition Define() => Create(Id)
        .Describe("An active filing for the treatment region ended before the visit date.")
        .Match<FilingGap>()
        .Match<Filing>((g, f) => f.Status == FilingStatus.Active && g.Visit.IsForTreatmentRegion(f) && g.Visit.ValidityOf(f).EndsBefore(g.Visit.Date))
        .Then<Raised>((ctx, g, f) => ctx.Insert(Raise(
            FindingCodes.FilingExpired, Id, On(FactReferences.Of(f), g.Visit), new[] { g.Visit.ValidityBasisOf(f) },
            f.Id, FindingCatalog.Date(g.Visit.ValidityOf(f).Until!.Value))));
}
