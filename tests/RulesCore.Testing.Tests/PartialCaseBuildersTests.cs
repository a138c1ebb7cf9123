using FsCheck;
using FsCheck.Fluent;
using RulesCore.Settlement;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Model;
using Outcome = RulesCore.Settlement.Decisions.Outcome;

namespace RulesCore.Testing.Tests;

public class PartialCaseBuildersTests
{
    private static readonly SettlementEvaluator Evaluator = new();

    [Fact]
    public void WithUnknown_ListsTheFacts_AndLeavesThemOut()
    {
        var c = Cases.CrossProvinceOutpatient().WithUnknown(FactPaths.Filings, FactPaths.Card, FactPaths.Contribution, FactPaths.ItemInCatalog(0), FactPaths.CrossRegionServices).Build();

        Assert.Equal(new[] { FactPaths.Filings, FactPaths.Card, FactPaths.Contribution, FactPaths.ItemInCatalog(0), FactPaths.CrossRegionServices }, c.UnknownFacts);
        Assert.Empty(c.Filings);
        Assert.Equal(default, c.Person.Card);
        Assert.Null(c.Person.Contribution);
        Assert.Null(c.Hospital.CrossRegionServices);
        Assert.False(c.Encounter.Items[0].InCatalog);
        Assert.Empty(Evaluator.Validate(c));
    }

    [Fact]
    public void WithUnknown_RefusesAPathThatNamesNoFact()
    {
        Assert.Throws<ArgumentException>(() => Cases.CrossProvinceOutpatient().WithUnknown("person.name"));
        Assert.Throws<ArgumentException>(() => Cases.CrossProvinceOutpatient().WithUnknown(FactPaths.ItemInCatalog(5)));
    }

    [Fact]
    public void Brackets_PassesOnTheRangeAndChecks_AndFailsOtherwise()
    {
        var d = Evaluator.Evaluate(Cases.CrossProvinceOutpatient().WithUnknown(FactPaths.Filings));

        SettlementAssert.Brackets(d, Outcome.Direct, Outcome.PayThenClaim, FactPaths.Filings);
        Assert.Throws<SettlementAssertionException>(() => SettlementAssert.Brackets(d, Outcome.Direct, Outcome.NotReimbursable, FactPaths.Filings));
        Assert.Throws<SettlementAssertionException>(() => SettlementAssert.Brackets(d, Outcome.Direct, Outcome.PayThenClaim));
        Assert.Throws<SettlementAssertionException>(() => SettlementAssert.Brackets(Evaluator.Evaluate(Cases.CrossProvinceOutpatient()), Outcome.Direct, Outcome.Direct));
        Assert.Contains("undetermined", SettlementAssert.Describe(d), StringComparison.Ordinal);
    }

    [Fact]
    public void PartialCases_AreValid_AndTheirCompleteCaseIsTheSameCaseKnown()
    {
        foreach (var (complete, partial) in SettlementGenerators.PartialCases().Sample(100, 50))
        {
            Assert.InRange(partial.UnknownFacts.Count, 1, 3);
            Assert.Empty(complete.UnknownFacts);
            Assert.Empty(Evaluator.Validate(partial));
            Assert.Equal(complete.Encounter.Date, partial.Encounter.Date);
            Assert.Equal(complete.Hospital.Id, partial.Hospital.Id);
        }
    }
}
