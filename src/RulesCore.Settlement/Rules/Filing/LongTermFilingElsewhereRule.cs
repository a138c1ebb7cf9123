using NRules.Fluent.Dsl;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>Back in the insured region while holding a long-term filing elsewhere: what home settlement depends on.</summary>
[Name("filing.long-term-elsewhere")]
[Priority(RulePriorities.Entitlement)]
internal sealed class LongTermFilingElsewhereRule : SettlementRule
{
    public override Cause Cause => Cause.Filing;

    public override LocalizedText Description { get; } = new(
        "在参保地就医，且持有就诊日有效、指向其他统筹区的长期异地备案。",
        "A local visit by a person holding an active long-term filing, valid on the visit date, for another pooling region.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Faq2023, "长期异地居住人员回参保地就医按备案情况结算", "long-term residents filed elsewhere settle at home on the terms of their filing"),
        (Sources.Article2025Datong, "2025年大同支持备案人员双向结算", "Datong settles both ways in 2025"));

    public override void Define()
    {
        TreatmentScope scope = null!;
        Filing filing = null!;

        When()
            .Match(() => scope, Check((TreatmentScope s) => s.IsLocal, ConditionWords.NotLocal))
            .Match(() => filing,
                Check((Filing f) => f.Status == FilingStatus.Active, ConditionWords.Cancelled),
                Check((Filing f) => f.IsLongTerm, new LocalizedText("备案 {filing} 是临时备案（{reason}），不是长期备案", "filing {filing} is temporary ({reason}), not long-term")),
                Check((Filing f) => !scope.Visit.IsForInsuredRegion(f), new LocalizedText("备案 {filing} 指向参保统筹区本身（{destination}）", "filing {filing} names the insured pooling region itself ({destination})")),
                Check((Filing f) => scope.Visit.ValidityOf(f).Contains(scope.Visit.Date), new LocalizedText(
                    "备案 {filing} 在{visitDay}无效（有效期 {validity}）", "filing {filing} is not valid on {visitDay} (valid {validity})")));

        Derive(ctx => new LongTermFilingElsewhere(filing));
    }
}
