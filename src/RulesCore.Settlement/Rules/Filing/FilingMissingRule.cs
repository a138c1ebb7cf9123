using NRules.Fluent.Dsl;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>No filing at all for an out-of-region visit that needs one.</summary>
[Name("filing.missing")]
internal sealed class FilingMissingRule : SettlementRule
{
    public static readonly FindingDefinition Missing = new(FindingCodes.FilingMissing, new("没有备案", "no filing"), Cause.Filing, Severity.Blocking, Outcome.PayThenClaim,
        new("在{0}就医需要备案，但没有指向该统筹区的备案，也不适用免备案政策。",
            "Treatment in {0} needs a filing, but no filing names it and no exemption applies."),
        RemedyCodes.FileBeforeVisit, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion);

    public override Cause Cause => Cause.Filing;

    public override LocalizedText Description { get; } = new(
        "没有指向就医统筹区的备案，也没有指向其他统筹区的有效备案。",
        "No filing names the treatment region and no active filing names another region.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Faq2023, "跨省异地就医前需办理备案", "file before a cross-province visit"),
        (Sources.Article2025Guangxi, "未备案的跨省就医不能直接结算", "unfiled cross-province visits do not settle directly"));

    public override void Define()
    {
        FilingGap gap = null!;

        When()
            .Match(() => gap)
            .Not<Filing>(Check((Filing f) => gap.Visit.IsForTreatmentRegion(f), ConditionWords.ForTreatmentRegion))
            .Not<Filing>(
                Check((Filing f) => f.Status == FilingStatus.Active, ConditionWords.Active),
                Check((Filing f) => gap.Visit.IsForAnotherRegion(f), ConditionWords.ForAnotherRegion));

        Raise(ctx => gap.Advise(Found(ctx, Missing, On(gap.Visit), Wording.Region(gap.Visit.TreatmentPooling))));
    }
}
