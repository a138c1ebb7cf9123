using RulesCore.Engine;
using RulesCore.Settlement.Policies;

namespace RulesCore.Settlement.Rules;

/// <summary>Filing now still helps: before discharge, or within the insured region's retroactive window.</summary>
internal sealed class FilingRetroactiveRule : SettlementRule
{
    public const string Id = "filing.retroactive-available";

    public override Cause Cause => Cause.Filing;

    public override string Basis => "sources/000: 出院前补办; many regions accept retroactive filings within six months; 医保发〔2022〕22号";

    protected override RuleDefinition Define() => Create(Id)
        .Describe("A filing gap that a retroactive filing can still close, judged on the as-of date.")
        .Match<FilingGap>(g => Deadline(g.Visit) is not null)
        .Then<Raised>((ctx, g) =>
        {
            var v = g.Visit;
            var beforeDischarge = StillAdmitted(v);
            var text = beforeDischarge
                ? new Localized("出院前补办", "file before discharge")
                : new Localized("截至 " + FindingCatalog.Date(Deadline(v)!.Value), "until " + FindingCatalog.Date(Deadline(v)!.Value));
            var basis = beforeDischarge ? v.InsuredPolicy[PolicyParameters.RetroactiveFilingBeforeDischarge] : v.InsuredPolicy[PolicyParameters.RetroactiveFilingWindowMonths];
            ctx.Insert(Raise(FindingCodes.FilingRetroactiveAvailable, Id, On(v), new[] { basis }, text));
        });

    private static bool StillAdmitted(Visit v) =>
        v.Encounter.Setting == CareSetting.Inpatient
        && v.InsuredPolicy.Get(PolicyParameters.RetroactiveFilingBeforeDischarge)
        && (v.Encounter.DischargeDate is null || v.AsOf <= v.Encounter.DischargeDate.Value.Date);

    /// <summary>The last day a retroactive filing helps, <see cref="DateTime.MaxValue"/> while still admitted, or null if too late.</summary>
    private static DateTime? Deadline(Visit v)
    {
        if (StillAdmitted(v))
        {
            return v.Encounter.DischargeDate?.Date ?? DateTime.MaxValue.Date;
        }

        var months = v.InsuredPolicy.Get(PolicyParameters.RetroactiveFilingWindowMonths);
        if (months <= 0)
        {
            return null;
        }

        var end = (v.Encounter.DischargeDate ?? v.Encounter.Date).Date.AddMonths(months);
        return v.AsOf <= end ? end : null;
    }
}
