using NRules.Fluent.Dsl;
using NRules.RuleModel;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>An active filing names another pooling region (e.g. a neighbour of 杭州 instead of 杭州).</summary>
[Name("filing.wrong-region")]
internal sealed class FilingWrongRegionRule : SettlementRule
{
    public static readonly FindingDefinition WrongRegion = new(FindingCodes.FilingWrongRegion, new("备案的就医地不符", "filing names another region"), Cause.Filing, Severity.Blocking, Outcome.PayThenClaim,
        new("备案 {0} 选择的统筹区是{1}，而就医医院在{2}，系统无法匹配。",
            "Filing {0} names the pooling region {1}, but the hospital is in {2}."),
        RemedyCodes.RefileCorrectRegion, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion);

    private static readonly LocalizedText ProvinceOnly = new("备案 {0} 只选到省级区域{1}，参保地不按省级备案匹配本次就医的统筹区{2}，需按就医地（精确到市）备案。",
        "Filing {0} names only the province {1}; the insured region does not match it to the pooling region {2} of this visit: file for the treatment city.");

    public override Cause Cause => Cause.Filing;

    private static readonly LocalizedText LockUnknown = new(
        "在APP上申请变更或取消原长期备案，按就医地（精确到市）重新备案；部分地区长期备案办理后一定期限内不能变更（如广西为6个月），请先在APP或向参保地确认。",
        "Apply in the app to change or cancel the long-term filing and file again for the treatment city; some regions allow changes only some months after a long-term filing was made (Guangxi: six), so check in the app or with the insured region first.");

    private static readonly LocalizedText Locked = new(
        "该长期备案自 {0} 起办理，未满 {1} 个月，{2} 起才能申请变更或取消；届时在APP上取消原备案，按就医地（精确到市）重新备案。",
        "This long-term filing started on {0} and can be changed or cancelled only after {1} months, from {2}; then cancel it in the app and file again for the treatment city.");

    /// <summary>
    /// A filing naming only the treatment province is worded as such: the insured region does not accept it. A long-term
    /// filing cannot always be changed at once: the insured region's change lock decides what re-filing means.
    /// </summary>
    private static Raised Misfiled(IContext context, Filing filing, Visit visit)
    {
        var raised = Found(context, WrongRegion, On(filing, visit), filing.Id, Wording.Region(visit.PoolingOf(filing.DestinationRegion)), Wording.Region(visit.TreatmentPooling))
            with { Message = filing.DestinationRegion.IsProvince && filing.DestinationRegion.IsSameProvince(visit.TreatmentPooling) ? ProvinceOnly : null };
        if (!filing.IsLongTerm)
        {
            return raised;
        }

        var lockValue = visit.InsuredPolicy[PolicyParameters.LongTermFilingChangeLockMonths];
        if (lockValue.Value is not int months)
        {
            return raised with { RemedyTexts = Refile(LockUnknown), Policy = new[] { lockValue } };
        }

        var changeable = filing.ValidFrom.Date.AddMonths(months);
        return visit.AsOf >= changeable ? raised : raised with
        {
            RemedyTexts = Refile(Wording.Fill(Locked, Wording.Date(filing.ValidFrom), months, Wording.Date(changeable))),
            Policy = new[] { lockValue },
        };
    }

    private static Dictionary<string, LocalizedText> Refile(LocalizedText text) => new(StringComparer.Ordinal) { [RemedyCodes.RefileCorrectRegion] = text };

    public override LocalizedText Description { get; } = new(
        "没有指向就医统筹区的备案，但有指向其他统筹区的有效备案。",
        "No filing names the treatment region, but an active filing names another pooling region.");

    public override LocalizedText Basis { get; } = Sources.Cite(
        (Sources.Article000, "误选就医地周边的统筹区，系统无法匹配；在APP取消原备案后重新备案", "a filing for a neighbouring pooling region cannot be matched; cancel it in the app and file again"));

    public override void Define()
    {
        FilingGap gap = null!;
        Filing filing = null!;

        When()
            .Match(() => gap)
            .Not<Filing>(Check((Filing other) => gap.Visit.IsForTreatmentRegion(other), ConditionWords.ForTreatmentRegion))
            .Match(() => filing,
                Check((Filing f) => f.Status == FilingStatus.Active, ConditionWords.Cancelled),
                Check((Filing f) => gap.Visit.IsForAnotherRegion(f), new LocalizedText(
                    "备案 {filing} 指向{destination}，即就医统筹区或参保统筹区本身",
                    "filing {filing} names {destination}: the treatment or the insured pooling region itself")));

        Raise(ctx => gap.Advise(Misfiled(ctx, filing, gap.Visit)));
    }
}
