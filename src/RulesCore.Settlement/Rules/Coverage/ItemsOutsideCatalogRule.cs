using NRules.Fluent.Dsl;
using NRules.RuleModel;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>Items outside the treatment region's catalogue are self-paid; if every item is, nothing is reimbursed.</summary>
[Name("coverage.items-outside-catalog")]
internal sealed class ItemsOutsideCatalogRule : SettlementRule
{
    public static readonly FindingDefinition Outside = new(FindingCodes.ItemsOutsideCatalog, new("项目不在医保目录内", "items outside the catalogue"), Cause.Coverage, Severity.Warning, null,
        new("{1} 个项目不在就医地医保目录内，需自费：{0}。", "{1} item(s) are outside the treatment region's catalogue and are self-paid: {0}."),
        RemedyCodes.AskForCatalogItems);

    public override Cause Cause => Cause.Coverage;

    public override LocalizedText Description { get; } = new(
        "部分收费项目不在医保目录内，需自费；全部不在目录内则不予报销。",
        "Some billed items are outside the catalogue: they are self-paid; all of them: not reimbursable.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Article000, "自费药品和部分高端检查不在医保目录内，备案了也不能报销", "self-paid drugs and some high-end tests are outside the catalogue, filing or not"));

    public override void Define()
    {
        Visit visit = null!;

        When()
            .Match(() => visit)
            .Exists<EncounterItem>(Check((EncounterItem i) => !i.InCatalog, new LocalizedText("项目 {item} 在医保目录内", "item {item} is in the catalogue")));

        Raise(ctx => SelfPaid(ctx, visit));
    }

    /// <summary>Every item outside the catalogue, each once, in code order; all of them: nothing is reimbursed.</summary>
    private static Raised SelfPaid(IContext context, Visit visit)
    {
        var outside = visit.Encounter.Items.Where(i => !i.InCatalog).Select(i => i.Code).Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal).ToArray();
        var all = visit.Encounter.Items.All(i => !i.InCatalog);
        var facts = new object[outside.Length + 1];
        facts[0] = visit;
        for (var i = 0; i < outside.Length; i++)
        {
            facts[i + 1] = FactReferences.ItemReference(outside[i]);
        }

        return Found(context, Outside, facts, string.Join(", ", outside), outside.Length)
            with { SelfPayItems = outside, Caps = all ? Outcome.NotReimbursable : null };
    }
}
