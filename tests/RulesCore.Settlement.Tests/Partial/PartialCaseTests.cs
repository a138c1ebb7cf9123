using System.Text;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Engine;
using RulesCore.Settlement.Errors;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Model;
using RulesCore.Testing;
using Xunit;
using static RulesCore.Settlement.Tests.Fixtures;

namespace RulesCore.Settlement.Tests.Partial;

/// <summary>Cases whose caller does not know some facts: the stories, the contract, and what each answer is made of.</summary>
public class PartialCaseTests
{
    private static SettlementDecision Decide(SettlementCase c, string language = Languages.Chinese) =>
        Evaluator.Evaluate(c, new EvaluationOptions { Language = language });

    private static IReadOnlyList<InputError> Errors(SettlementCase c) => Assert.Throws<InvalidCaseException>(() => Evaluator.Evaluate(c)).Errors;

    /// <summary>A HIS asks at the desk: it knows the person, its hospital and the encounter, not the filings.</summary>
    private static CaseBuilder HisCase() => Cases.CrossProvinceOutpatient().AsInpatient().WithUnknown(FactPaths.Filings);

    [Fact]
    public void FilingsUnknown_AtANetworkedHospital_AreUndetermined_WithOneCheck()
    {
        var d = Decide(HisCase());

        SettlementAssert.Brackets(d, Outcome.Direct, Outcome.PayThenClaim, FactPaths.Filings);
        Assert.Equal(Outcome.PayThenClaim, d.Outcome);
        Assert.Empty(d.Findings);
        var check = Assert.Single(d.Checks);
        Assert.Equal(Outcome.PayThenClaim, check.WorstIfUnfavourable);
        Assert.Contains("备案记录", check.Text);
        Assert.Contains("武汉市", check.Text);
        Assert.Contains("12393", check.Where);
        Assert.Contains(FindingCodes.FilingMissing, check.CouldRaise);
        Assert.Contains(FindingCodes.FilingExpired, check.CouldRaise);
        Assert.Equal("待核实：最好可直接结算，最坏需先全额垫付，再回参保地手工报销", d.Headline);
        Assert.Equal("To be checked: at best settles directly; at worst pay in full, then claim at the insured region", Decide(HisCase(), Languages.English).Headline);
    }

    [Fact]
    public void FilingsUnknown_AtAHospitalNotNetworked_PayThenClaimIsCertain_AndNothingToCheck()
    {
        var d = Decide(HisCase().AtHospitalNotNetworked());

        SettlementAssert.Brackets(d, Outcome.PayThenClaim, Outcome.PayThenClaim);
        Assert.Equal(Outcome.PayThenClaim, d.Outcome);
        SettlementAssert.HasFinding(d, FindingCodes.HospitalNotNetworked);
        Assert.Equal("先全额垫付，再回参保地手工报销", d.Headline);
        Assert.DoesNotContain("undetermined", SettlementJson.WriteDecision(d, indented: false));
    }

    [Fact]
    public void AnUnknownThatCannotMatter_IsDecidedAsCertain_WithNoCheck()
    {
        // With an activated e-voucher the card is never needed.
        var d = Decide(Cases.CrossProvinceOutpatient().WithEVoucher().WithUnknown(FactPaths.Card));

        SettlementAssert.Brackets(d, Outcome.Direct, Outcome.Direct);
        Assert.Empty(d.Checks);
        Assert.Equal("直接结算", d.Headline);
    }

    [Fact]
    public void AnUnknownThatMatters_WithoutAnEVoucher_IsChecked()
    {
        var d = Decide(Cases.CrossProvinceOutpatient().WithUnknown(FactPaths.Card));

        SettlementAssert.Brackets(d, Outcome.Direct, Outcome.PayThenClaim, FactPaths.Card);
        Assert.Equal(new[] { FindingCodes.CardUnusable }, d.Checks[0].CouldRaise);
    }

    [Fact]
    public void TwoUnknownsThatOnlyMatterTogether_AreBothChecked()
    {
        var d = Decide(Cases.CrossProvinceOutpatient().WithUnknown(FactPaths.Card, FactPaths.EVoucherActivated));

        SettlementAssert.Brackets(d, Outcome.Direct, Outcome.PayThenClaim, FactPaths.Card, FactPaths.EVoucherActivated);
    }

    [Fact]
    public void Checks_AreOrderedByWhatTheyCanCost()
    {
        // A lapse makes the visit not reimbursable; a missing filing only means paying first.
        var d = Decide(HisCase().WithUnknown(FactPaths.Contribution));

        Assert.Equal(new[] { FactPaths.Contribution, FactPaths.Filings }, d.Checks.Select(c => c.Fact));
        Assert.Equal(Outcome.NotReimbursable, d.Checks[0].WorstIfUnfavourable);
        Assert.Equal(Outcome.PayThenClaim, d.Checks[1].WorstIfUnfavourable);
    }

    [Fact]
    public void CertainFindings_AreThoseEveryCompletionRaises()
    {
        var d = Decide(HisCase().WithItemsOutsideCatalog("A01").WithUnknown(FactPaths.Card));

        SettlementAssert.HasFinding(d, FindingCodes.ItemsOutsideCatalog);
        SettlementAssert.HasNoFinding(d, FindingCodes.CardUnusable);
        SettlementAssert.HasNoFinding(d, FindingCodes.FilingMissing);
    }

    [Fact]
    public void EachBound_IsTheOutcomeOfACompletionTheEvaluatorRan()
    {
        var partial = HisCase().WithUnknown(FactPaths.Card, FactPaths.CrossRegionServices).Build();
        var evaluator = Evaluator.Assessor;
        var unknown = evaluator.UnknownOf(partial)!;
        var search = evaluator.Search(partial, unknown, null, traced: false, CancellationToken.None);
        var d = Decide(partial);

        // The completions are whole cases: evaluated on their own, they reach the bounds.
        Assert.Empty(search.CaseOf(search.Best).UnknownFacts);
        Assert.Equal(d.PossibleOutcomes!.Best, Decide(search.CaseOf(search.Best)).Outcome);
        Assert.Equal(d.PossibleOutcomes.Worst, Decide(search.CaseOf(search.Worst)).Outcome);
        Assert.True(search.Exhaustive);
        Assert.Equal(7 * 5 * 4, search.Tried.Count);
    }

    [Fact]
    public void PastTheBudget_TheRemainingFactsAreTriedAtTheirEnds_AndTheRangeSaysSo()
    {
        var items = Enumerable.Range(0, 12).Select(i => Cases.Item("I" + i)).ToArray();
        var partial = HisCase().WithItems(items).WithUnknown(Enumerable.Range(0, 12).Select(FactPaths.ItemInCatalog).ToArray()).Build();

        var d = Decide(partial);

        Assert.False(d.PossibleOutcomes!.Exhaustive);
        Assert.Equal(Outcome.Direct, d.PossibleOutcomes.Best);
        Assert.Equal(Outcome.NotReimbursable, d.PossibleOutcomes.Worst);
        Assert.Contains(d.Checks, c => c.Fact == FactPaths.ItemInCatalog(11));
        Assert.Contains("\"exhaustive\":false", SettlementJson.WriteDecision(d, indented: false));
    }

    [Fact]
    public void ACaseWithoutUnknownFacts_HasNoRange_AndItsDocumentNoNewMember()
    {
        var d = Decide(Cases.CrossProvinceOutpatient());
        var json = SettlementJson.WriteDecision(d, indented: false);

        Assert.Null(d.PossibleOutcomes);
        Assert.Empty(d.Checks);
        Assert.DoesNotContain("possibleOutcomes", json);
        Assert.DoesNotContain("checks", json);
    }

    [Theory]
    [InlineData(FactPaths.Card)]
    [InlineData(FactPaths.IdentityVerified)]
    [InlineData(FactPaths.Contribution)]
    [InlineData(FactPaths.CrossRegionServices)]
    [InlineData(FactPaths.Filings)]
    public void AListedMemberThatIsAlsoGiven_IsAnErrorNamingIt(string path)
    {
        var given = Cases.CrossProvinceOutpatient().Build() with { UnknownFacts = new[] { path } };

        var error = Assert.Single(Errors(given));
        Assert.Equal(InputErrorCodes.UnknownFactGiven, error.Code);
        Assert.Equal(path, error.Path);
        Assert.Contains(path, error.Text.Chinese);
    }

    [Fact]
    public void AnUnknownPath_IsAnErrorWithASuggestion()
    {
        var c = Cases.CrossProvinceOutpatient().Build() with { UnknownFacts = new[] { "filing" } };

        var error = Assert.Single(Errors(c));

        Assert.Equal("unknownFacts[0]", error.Path);
        Assert.Equal(InputErrorCodes.UnknownValue, error.Code);
        Assert.Contains("filings", error.Text.English);
    }

    [Fact]
    public void AnIndexBeyondItsList_IsOutOfRange()
    {
        var c = Cases.CrossProvinceOutpatient().Build() with { UnknownFacts = new[] { FactPaths.ItemInCatalog(1) } };

        var error = Assert.Single(Errors(c));

        Assert.Equal("unknownFacts[0]", error.Path);
        Assert.Equal(InputErrorCodes.OutOfRange, error.Code);
    }

    [Fact]
    public void ARequiredMemberLeftOut_WithoutBeingListed_StaysRequired()
    {
        var c = Cases.CrossProvinceOutpatient().Build();
        c = c with { Person = c.Person with { Contribution = null! }, UnknownFacts = new[] { FactPaths.Card } };
        c = c with { Person = c.Person with { Card = default } };

        var error = Assert.Single(Errors(c));

        Assert.Equal("person.contribution", error.Path);
        Assert.Equal(InputErrorCodes.Required, error.Code);
    }

    [Fact]
    public void TheDocument_ReadsAndWritesUnknownFacts_LeavingTheListedMembersOut()
    {
        var partial = HisCase().WithUnknown(FactPaths.Card, FactPaths.Contribution, FactPaths.ItemInCatalog(0)).Build();

        var json = SettlementJson.WriteCase(partial);
        var back = SettlementJson.ReadCase(Encoding.UTF8.GetBytes(json), null);

        Assert.DoesNotContain("\"card\"", json);
        Assert.DoesNotContain("\"contribution\"", json);
        Assert.DoesNotContain("\"filings\": [", json);
        Assert.DoesNotContain("\"inCatalog\"", json);
        Assert.Equal(partial.UnknownFacts, back.UnknownFacts);
        Assert.Equal(SettlementJson.WriteDecision(Decide(partial)), SettlementJson.WriteDecision(Decide(back)));
    }

    [Fact]
    public void TheDocument_RejectsAListedMemberThatIsGiven_EvenAnEmptyList()
    {
        var json = SettlementJson.WriteCase(Cases.CrossProvinceOutpatient().WithoutFiling().Build(), indented: false);
        json = json.Substring(0, json.LastIndexOf('}')) + ",\"unknownFacts\":[\"filings\"]}";

        var e = Assert.Throws<InvalidCaseException>(() => SettlementJson.ReadCase(Encoding.UTF8.GetBytes(json), null));

        var error = Assert.Single(e.Errors);
        Assert.Equal("filings", error.Path);
        Assert.Equal(InputErrorCodes.UnknownFactGiven, error.Code);
    }

    [Fact]
    public void APlan_OnAPartialCase_StartsWithItsChecks_AndIsVerifiedOnTheWorstCompletion()
    {
        var plan = Evaluator.Plan(HisCase().AsOf("2025-03-01"));

        Assert.Equal(FactPaths.Filings, Assert.Single(plan.Current.Checks).Fact);
        Assert.Equal(Outcome.PayThenClaim, plan.Current.Outcome);
        Assert.NotEmpty(plan.Steps);
        Assert.Equal(RemedyCodes.FileBeforeVisit, plan.Steps[0].Remedy);
        Assert.Equal(Outcome.DirectReducedRate, plan.Reachable);
    }

    [Fact]
    public void WhyNot_OnAPartialCase_SaysWhichUnknownFactTheRuleTurnsOn()
    {
        var answer = Evaluator.Explain(HisCase(), FindingCodes.FilingMissing);

        var rule = Assert.Single(answer.Rules);
        Assert.Equal(new[] { FactPaths.Filings }, rule.DependsOn);
        Assert.NotNull(answer.Decision.PossibleOutcomes);
    }

    [Fact]
    public void WhyNot_OnACompleteCase_NamesNoUnknownFact()
    {
        var answer = Evaluator.Explain(Cases.CrossProvinceOutpatient().WithoutFiling(), FindingCodes.FilingMissing);

        Assert.Empty(Assert.Single(answer.Rules).DependsOn);
    }

    [Fact]
    public void ThePartialDocuments_FollowTheirSchemas()
    {
        var partial = HisCase().WithUnknown(FactPaths.Card, FactPaths.Contribution, FactPaths.CrossRegionServices, FactPaths.ItemInCatalog(0)).Build();

        Assert.Empty(Json.Schemas.Violations("case", SettlementJson.WriteCase(partial)));
        Assert.Empty(Json.Schemas.Violations("decision", SettlementJson.WriteDecision(Decide(partial))));
        Assert.Empty(Json.Schemas.Violations("why-not", SettlementJson.WriteWhyNot(Evaluator.Explain(partial, FindingCodes.FilingMissing))));
        Assert.Empty(Json.Schemas.Violations("plan", SettlementJson.WritePlan(Evaluator.Plan(partial))));
    }

    [Fact]
    public void TheCaseSchema_StillRequiresAMemberThatIsNotListed()
    {
        var json = SettlementJson.WriteCase(HisCase().WithUnknown(FactPaths.Card).Build());

        Assert.NotEmpty(Json.Schemas.Violations("case", json.Replace("\"person.card\"", "\"person.contribution\"")));
        Assert.NotEmpty(Json.Schemas.Violations("case", json.Replace("\"inCatalog\": true", "\"inCatalogue\": true")));
    }

    [Fact]
    public void ALargeCase_RunsFewerCompletions_SoItsWorkStaysBounded()
    {
        var items = Enumerable.Range(0, 2_000).Select(i => Cases.Item("I" + i)).ToArray();
        var partial = HisCase().WithItems(items).WithUnknown(Enumerable.Range(0, 2_000).Select(FactPaths.ItemInCatalog).Append(FactPaths.Card).ToArray()).Build();
        var search = Evaluator.Assessor.Search(partial, Evaluator.Assessor.UnknownOf(partial)!, null, traced: false, CancellationToken.None);

        Assert.InRange(search.Tried.Count, 2, 16);
        Assert.False(search.Exhaustive);
        var d = Decide(partial);
        Assert.Equal(Outcome.NotReimbursable, d.PossibleOutcomes!.Worst);
        Assert.Equal(2_002, d.Checks.Count);
    }

    [Fact]
    public void ThePartialDocuments_SayVersion2_AndTheReaderTakesBoth()
    {
        var partial = HisCase().Build();
        var caseJson = SettlementJson.WriteCase(partial, indented: false);

        Assert.StartsWith("{\"schemaVersion\":2,", caseJson, StringComparison.Ordinal);
        Assert.StartsWith("{\"schemaVersion\":2,", SettlementJson.WriteDecision(Decide(partial), indented: false), StringComparison.Ordinal);
        Assert.StartsWith("{\"schemaVersion\":1,", SettlementJson.WriteDecision(Decide(HisCase().AtHospitalNotNetworked()), indented: false), StringComparison.Ordinal);
        Assert.StartsWith("{\"schemaVersion\":1,", SettlementJson.WriteCase(Cases.CrossProvinceOutpatient().Build(), indented: false), StringComparison.Ordinal);
        Assert.Equal(partial.UnknownFacts, SettlementJson.ReadCase(Encoding.UTF8.GetBytes(caseJson), null).UnknownFacts);
        Assert.Equal(partial.UnknownFacts, SettlementJson.ReadCase(Encoding.UTF8.GetBytes(caseJson.Replace("\"schemaVersion\":2", "\"schemaVersion\":1")), null).UnknownFacts);
        var e = Assert.Throws<InvalidCaseException>(() => SettlementJson.ReadCase(Encoding.UTF8.GetBytes(caseJson.Replace("\"schemaVersion\":2", "\"schemaVersion\":3")), null));
        Assert.Equal(InputErrorCodes.UnsupportedSchemaVersion, Assert.Single(e.Errors).Code);
    }
}
