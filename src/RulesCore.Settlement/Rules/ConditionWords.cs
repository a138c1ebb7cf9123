using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// The words of conditions several rules share, with their placeholders (README, "Why a rule did not fire"): what is
/// wrong when a condition is false, or — in a <c>Not</c> — what the blocking fact is. A word one rule alone uses stays
/// in that rule.
/// </summary>
internal static class ConditionWords
{
    /// <summary>Words for <c>s =&gt; !s.IsLocal</c>: the visit is in the insured pooling region.</summary>
    public static readonly LocalizedText NotOutOfRegion = new("本次就诊在参保统筹区{insured}内，不是异地就医", "the visit is in the insured pooling region {insured}, not out of region");

    /// <summary>Words for <c>s =&gt; s.IsLocal</c>: the visit is elsewhere.</summary>
    public static readonly LocalizedText NotLocal = new("本次是{scope}（就医统筹区{treatment}），不在参保统筹区内", "this is {scope} (treatment pooling region {treatment}), not in the insured pooling region");

    /// <summary>Words for <c>s =&gt; s.Scope == VisitScope.CrossProvince</c>.</summary>
    public static readonly LocalizedText NotCrossProvince = new("本次是{scope}，不是跨省就医", "this is {scope}, not a cross-province visit");

    /// <summary>Words for a chronic-outpatient condition on the visit.</summary>
    public static readonly LocalizedText NotChronic = new("本次就诊是{setting}，不是门诊慢特病", "the visit is {setting}, not chronic outpatient care");

    /// <summary>Words for <c>f =&gt; f.Status == FilingStatus.Active</c>: the filing was cancelled.</summary>
    public static readonly LocalizedText Cancelled = new("备案 {filing} 已取消", "filing {filing} was cancelled");

    /// <summary>Words for a <c>Not</c> on active filings: the filing is active.</summary>
    public static readonly LocalizedText Active = new("备案 {filing} 仍然有效（未取消）", "filing {filing} is active (not cancelled)");

    /// <summary>Words for <c>IsForTreatmentRegion(f)</c> when false: the filing names another place.</summary>
    public static readonly LocalizedText NotForTreatmentRegion = new("备案 {filing} 指向{destination}，不是就医统筹区{treatment}", "filing {filing} names {destination}, not the treatment pooling region {treatment}");

    /// <summary>Words for <c>IsForTreatmentRegion(f)</c> in a <c>Not</c>: the filing names the treatment region.</summary>
    public static readonly LocalizedText ForTreatmentRegion = new("备案 {filing} 指向就医统筹区{treatment}", "filing {filing} names the treatment pooling region {treatment}");

    /// <summary>How a filing's timing stands, in words: why it is not the timing a rule asks for.</summary>
    public static LocalizedText Said(FilingTiming timing) => timing.Kind switch
    {
        FilingTimingKind.EndedBefore => new("备案 {filing} 于 {validUntil} 到期，早于{visitDay}", "filing {filing} ended on {validUntil}, before {visitDay}"),
        FilingTimingKind.StartsAfter => new("备案 {filing} 自 {validFrom} 起才生效，晚于{lastDay}", "filing {filing} starts on {validFrom}, after {lastDay}"),
        _ => new("备案 {filing} 覆盖本次就医（有效期 {validity}）", "filing {filing} covers the visit (valid {validity})"),
    };

    /// <summary>Words for <c>h.CrossRegionServices.IsNetworked</c> when false.</summary>
    public static readonly LocalizedText NothingOpened = new("医院 {hospital} 没有开通任何异地就医直接结算", "hospital {hospital} has opened no cross-region settlement");

    /// <summary>Words for <c>IsQualifiedBy(q)</c> in a <c>Not</c>: the qualification holds for the visit.</summary>
    public static readonly LocalizedText Qualifying = new("门慢特资格 {qualification} 在{visitDay}有效（{validity}）", "the {qualification} qualification is valid on {visitDay} ({validity})");

    /// <summary>Words for <c>IsQualifiedBy(q)</c> when false.</summary>
    public static readonly LocalizedText NotQualifying = new(
        "门慢特资格 {qualification}（{validity}）不是本次就诊的病种{condition}，或在{visitDay}无效",
        "the {qualification} qualification ({validity}) is not for the visit's condition, {condition}, or not valid on {visitDay}");

    /// <summary>Words for <c>IsForAnotherRegion(f)</c> in a <c>Not</c>: the filing names a third region.</summary>
    public static readonly LocalizedText ForAnotherRegion = new("备案 {filing} 指向其他统筹区{destination}", "filing {filing} names another pooling region, {destination}");

    /// <summary>Words for "the condition is outside the cross-province list" when it is inside it.</summary>
    public static readonly LocalizedText Listed = new("{condition}在就医地跨省门诊慢特病结算病种范围内", "{condition} is on the treatment region's list of chronic conditions settled across provinces");
}
