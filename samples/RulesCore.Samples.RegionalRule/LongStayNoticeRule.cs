using NRules.Fluent.Dsl;
using RulesCore.Settlement;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Samples.RegionalRule;

/// <summary>
/// A made-up regional rule — an example of the shape, not a policy of any region: for people insured in 广西, from
/// 2025, an inpatient stay longer than the region's threshold gets a note to ask the insured region about its
/// long-stay review. The threshold is the integrator's own policy parameter, set per region in their pack.
/// </summary>
[Name("example.long-stay-notice")]
[AppliesIn(RegionRole.Insured, "450000")]
[InForce(From = "2025-01-01")]
public sealed class LongStayNoticeRule : SettlementRule
{
    /// <summary>The stay, in days, beyond which the note is given (an example parameter).</summary>
    public static readonly PolicyParameter<int> ThresholdDays =
        PolicyParameters.Integer("exampleLongStayDays", PolicyScope.InsuredRegion, new("（示例）长期住院提示天数", "(example) stay length for the long-stay note"), new("天", "days"),
            "Days of an inpatient stay beyond which the example note is given.", 1, 365);

    public static readonly FindingDefinition Notice = new("EXAMPLE_LONG_STAY_NOTICE", new("（示例）长期住院提示", "(example) long-stay note"), Cause.Coverage, Severity.Info, null,
        new("（示例）住院已超过 {0} 天，请向参保地咨询长期住院审核的要求。", "(Example) The stay is longer than {0} days: ask the insured region about its long-stay review."));

    public override Cause Cause => Cause.Coverage;

    public override LocalizedText Description { get; } = new(
        "（示例）广西参保人住院超过参保地规定天数时提示咨询长期住院审核。",
        "(Example) A stay by someone insured in Guangxi longer than the region's threshold gets a note about the long-stay review.");

    public override LocalizedText Basis { get; } = new("示例规则，不是任何地区的政策", "an example rule, not any region's policy");

    public override void Define()
    {
        Visit visit = null!;

        When()
            .Match(() => visit, v => v.IsStay, v => (v.Until - v.Date).TotalDays > v.InsuredPolicy.Get(ThresholdDays));

        Raise(ctx => Found(ctx, Notice, On(visit), visit.InsuredPolicy.Get(ThresholdDays)));
    }
}
