using NRules.Fluent.Dsl;

namespace RulesCore.Settlement.Rules;

/// <summary>Back in the insured region while holding a long-term filing elsewhere: what home settlement depends on.</summary>
[Name("filing.long-term-elsewhere")]
[Description("A local visit by a person holding an active long-term filing, valid on the visit date, for another pooling region.")]
[Priority(RulePriorities.Entitlement)]
internal sealed class LongTermFilingElsewhereRule : SettlementRule
{
    public override Cause Cause => Cause.Filing;

    public override string Basis => "sources/001: long-term residents filed elsewhere settle at home only on the terms of their filing; sources/003";

    public override void Define()
    {
        TreatmentScope scope = null!;
        Filing filing = null!;

        When()
            .Match(() => scope, s => s.IsLocal)
            .Match(() => filing,
                f => f.Status == FilingStatus.Active,
                f => f.IsLongTerm,
                f => !scope.Visit.IsForInsuredRegion(f),
                f => scope.Visit.ValidityOf(f).Contains(scope.Visit.Date));

        Derive(ctx => new LongTermFilingElsewhere(filing));
    }
}
