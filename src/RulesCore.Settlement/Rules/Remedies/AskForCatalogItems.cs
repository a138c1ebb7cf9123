using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary><c>ASK_FOR_CATALOG_ITEMS</c>: ask the doctor for items in the catalogue (医保目录内项目).</summary>
internal sealed class AskForCatalogItems : RemedyDefinition
{
    public override string Code => RemedyCodes.AskForCatalogItems;

    /// <summary>Asking for catalogue items changes this visit only when done at it, so asked before it.</summary>
    public override RemedyRole Role(RemedyMoment moment) => moment.AskedBefore ? RemedyRole.Fix : RemedyRole.NextTime;

    public override LocalizedText After { get; } = new("今后就诊时请医生尽量开具医保目录内的药品和项目。", "At future visits, ask the doctor for drugs and items in the catalogue.");

    public override LocalizedText? Before { get; } = new("就诊时请医生尽量开具医保目录内的药品和项目。", "At the visit, ask the doctor for drugs and items in the catalogue.");

    public override LocalizedText? Impossible(UnfixableContext context) => new(
        $"医保目录外的项目（{string.Join("、", context.After.SelfPayItems)}）仍需自费。", $"Items outside the catalogue ({string.Join(", ", context.After.SelfPayItems)}) stay self-paid.");
}
