using RulesCore.Engine;

namespace RulesCore.Settlement.Rules;

/// <summary>Items outside the treatment region's catalogue are self-paid; if every item is, nothing is reimbursed.</summary>
internal sealed class ItemsOutsideCatalogRule : SettlementRule
{
    public const string Id = "coverage.items-outside-catalog";

    public override Cause Cause => Cause.Coverage;

    public override string Basis => "sources/000: self-paid drugs and some high-end tests are outside the catalogue, filing or not; catalogue of the treatment region";

    protected override RuleDefinition Define() => Create(Id)
        .Describe("Some billed items are outside the catalogue: they are self-paid; all of them: not reimbursable.")
        .Match<Visit>()
        .Exists<EncounterItem>((v, i) => !i.InCatalog)
        .Then<Raised>((ctx, v) =>
        {
            var outside = v.Encounter.Items.Where(i => !i.InCatalog).Select(i => i.Code).Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal).ToArray();
            var all = v.Encounter.Items.All(i => !i.InCatalog);
            ctx.Insert(Raise(FindingCodes.ItemsOutsideCatalog, Id, On(v).Concat(outside.Select(c => FactReferences.Of(new EncounterItem { Code = c }))), string.Join(", ", outside), outside.Length)
                with { SelfPayItems = outside, Caps = all ? Outcome.NotReimbursable : null });
        });
}
