using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary><c>SUPPLEMENT_FILING_MATERIALS</c>: supplement the filing's materials (补齐备案材料).</summary>
internal sealed class SupplementFilingMaterials : RemedyDefinition
{
    public override string Code => RemedyCodes.SupplementFilingMaterials;

    public override LocalizedText After { get; } = new("向参保地经办机构补齐备案材料。", "Supplement the filing materials at the insured region's office.");

    public override LocalizedText? Before { get; } = new("就医前向参保地经办机构补齐备案材料。", "Before the visit, supplement the filing materials at the insured region's office.");

    public override PlanActor Who => PlanActor.InsuredRegionOffice;

    public override LocalizedText Where { get; } = new("参保地医保经办窗口", "the insured region's medical insurance office");

    public override IEnumerable<PlanAction> Actions(PlanContext plan)
    {
        if (plan.Filing is { } filing && plan.StillOpen)
        {
            yield return plan.Action(this, "filing:" + filing.Id + ":materials", plan.Visit.Until,
                x => PlanContext.Replace(x, filing.Id, f => f with { Basis = FilingBasis.CommitmentSupplemented }));
        }
    }
}
