using FsCheck.Xunit;
using RulesCore.Settlement.Engine;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Rules;
using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Tests;

/// <summary>
/// Deciding from findings raised without the evaluator's rules (<see cref="SettlementEvaluator.Decide"/>): folded exactly
/// as an evaluation folds its rules' findings, from the catalogue the rules declare, and only with findings a rule in
/// force raises.
/// </summary>
public class DecideTests
{
    private static readonly SettlementEvaluator Evaluator = new();
    private static readonly EvaluationOptions NoTrace = new() { IncludeTrace = false };

    private static string Document(SettlementDecision d) => SettlementJson.WriteDecision(d, indented: false);

    [Property(Arbitrary = new[] { typeof(ValidOrOneProblem) }, MaxTest = 300)]
    public void TheRulesOwnFindings_DecideAsTheEvaluation_InBothLanguages(SettlementCase c)
    {
        var raised = Evaluator.Assessor.Assess(c, null, AssessmentDepth.Findings, CancellationToken.None).Findings;

        foreach (var language in new[] { Languages.Chinese, Languages.English })
        {
            var options = new EvaluationOptions { Language = language, IncludeTrace = false };
            Assert.Equal(Document(Evaluator.Evaluate(c, options)), Document(Evaluator.Decide(c, raised, options)));
        }
    }

    [Fact]
    public void AFindingRaisedByAFastPath_IsWordedAsTheRuleWordsIt()
    {
        var c = CrossProvinceOutpatient().WithUnusableCard(CardStatus.Lost).Build();
        var unusable = new Raised("account.card-unusable", Evaluator.Findings[FindingCodes.CardUnusable], new object[] { c.Person }, new LocalizedText("遗失", "lost"));

        var decision = Evaluator.Decide(c, new[] { unusable }, new EvaluationOptions { Language = Languages.English });

        Assert.Equal(Document(Evaluator.Evaluate(c, new EvaluationOptions { Language = Languages.English, IncludeTrace = false })), Document(decision));
        var finding = Assert.Single(decision.Findings);
        Assert.Equal("The social security card cannot be used (lost) and no e-voucher is activated.", finding.Message);
        Assert.Equal(new[] { "person" }, finding.Facts);
        Assert.Empty(decision.Trace);
    }

    [Fact]
    public void WhatARaisedFindingSetsForItsMatch_ReachesTheDecision()
    {
        var c = CrossProvinceOutpatient().AsOf("2025-03-01").Build();
        var filing = c.Filings[0];
        var expired = Evaluator.Findings[FindingCodes.FilingExpired];
        var items = Evaluator.Findings[FindingCodes.ItemsOutsideCatalog];
        var policy = Evaluator.Policies.Resolve(c.Person.InsuredRegion, c.Encounter.Date)[PolicyParameters.TemporaryFilingDefaultMonths];

        var decision = Evaluator.Decide(c, new[]
        {
            new Raised("filing.expired", expired, new object[] { filing, filing, "encounter" }, filing.Id, "2025-01-31", "2025-03-10")
            {
                Message = new LocalizedText("备案 {0} 于 {1} 结束", "Filing {0} ended on {1}"),
                Remedies = new[] { RemedyCodes.KeepDocumentsForClaim, RemedyCodes.RenewFiling },
                RemedyTexts = new Dictionary<string, LocalizedText> { [RemedyCodes.RenewFiling] = new("续办", "renew it") },
                Policy = new[] { policy },
            },
            new Raised("coverage.items-outside-catalog", items, new object[] { "encounter", "item:B2", "item:A1" }, "A1, B2", 2)
            {
                Caps = Outcome.NotReimbursable,
                SelfPayItems = new[] { "B2", "A1" },
            },
            new Raised("filing.temporary-rate-reduction", Evaluator.Findings[FindingCodes.TemporaryRateReduction], new object[] { "filing:F1", "encounter" }, 20, new LocalizedText("其他临时外出就医人员", "another temporary visitor"))
            {
                RateReductionPoints = 20,
            },
        }, new EvaluationOptions { Language = Languages.English });

        Assert.Equal(Outcome.NotReimbursable, decision.Outcome);
        Assert.Equal(20, decision.RateReductionPoints);
        Assert.Equal(new[] { "A1", "B2" }, decision.SelfPayItems);
        Assert.Equal(new[] { FindingCodes.FilingExpired, FindingCodes.TemporaryRateReduction, FindingCodes.ItemsOutsideCatalog }, decision.Findings.Select(f => f.Code));
        var worded = decision.Findings[0];
        Assert.Equal("Filing F1 ended on 2025-01-31", worded.Message);
        Assert.Equal(new[] { "filing:F1", "encounter" }, worded.Facts);
        // Fixes first: renewing on the visit day still reaches it.
        Assert.Equal(new[] { RemedyCodes.RenewFiling, RemedyCodes.KeepDocumentsForClaim }, worded.Remedies.Select(r => r.Code));
        Assert.Equal("renew it", worded.Remedies[0].Text);
        Assert.Contains("; policy values: ", worded.Basis, StringComparison.Ordinal);
        Assert.Equal(Severity.Blocking, decision.Findings[2].Severity);
        Assert.Equal(new DateTime(2025, 3, 1), decision.AsOf);
        Assert.True(decision.AskedBeforeVisit);
        Assert.Equal(Evaluator.RulesFingerprint, decision.Provenance!.Rules);
    }

    [Fact]
    public void NoFindings_TheCaseSettles_WithTheEvaluationsProvenance()
    {
        var c = CrossProvinceOutpatient().Build();

        Assert.Equal(Document(Evaluator.Evaluate(c, NoTrace)), Document(Evaluator.Decide(c, Array.Empty<Raised>(), NoTrace)));
    }

    [Fact]
    public void OnlyFindingsARuleInForceRaises_AndOnlyValidCases()
    {
        var c = CrossProvinceOutpatient().Build();
        var unusable = Evaluator.Findings[FindingCodes.CardUnusable];
        var lookalike = new FindingDefinition(FindingCodes.CardUnusable, new("示例", "an example"), Cause.Account, Severity.Blocking, Outcome.PayThenClaim, new("卡", "card"), RemedyCodes.ReplaceCard);

        Assert.Throws<ArgumentException>(() => Evaluator.Decide(c, new[] { new Raised("account.no-such-rule", unusable, new object[] { c.Person }, "x") }));
        Assert.Throws<ArgumentException>(() => Evaluator.Decide(c, new[] { new Raised("filing.expired", unusable, new object[] { c.Person }, "x") }));
        Assert.Throws<ArgumentException>(() => Evaluator.Decide(c, new[] { new Raised("account.card-unusable", lookalike, new object[] { c.Person }, "x") }));
        Assert.Throws<ArgumentException>(() => Evaluator.Decide(c, new Raised[] { null! }));
        Assert.Throws<ArgumentException>(() => Evaluator.Decide(c, Array.Empty<Raised>(), new EvaluationOptions { Language = "fr" }));
        Assert.Throws<InvalidCaseException>(() => Evaluator.Decide(c with { Filings = new[] { c.Filings[0], c.Filings[0] } }, Array.Empty<Raised>()));
        Assert.Throws<ArgumentNullException>(() => Evaluator.Decide(c, null!));
        Assert.Throws<ArgumentNullException>(() => new Raised("account.card-unusable", unusable, new object[] { null! }));

        // Another rule that raises the same code may raise it: both coverage rules raise CONDITION_NOT_CROSS_PROVINCE.
        var chronic = CrossProvinceOutpatient().WithChronicCondition(Conditions.Diabetes).Build();
        var notListed = Evaluator.Findings[FindingCodes.ConditionNotCrossProvince];
        Assert.NotNull(Evaluator.Decide(chronic, new[] { new Raised("coverage.condition-billed-as-outpatient", notListed, new object[] { "encounter" }, new LocalizedText("糖尿病", "diabetes")) }));
    }

    [Fact]
    public void TheCatalogue_IsEveryFindingTheRulesDeclare_ByCode()
    {
        Assert.Equal(SettlementRuleSet.Default.Rules.SelectMany(r => r.Findings).OrderBy(f => f.Code, StringComparer.Ordinal), Evaluator.Findings.Values.OrderBy(f => f.Code, StringComparer.Ordinal));
        Assert.All(Evaluator.Findings, f => Assert.Equal(f.Key, f.Value.Code));
        Assert.All(Evaluator.Rules.SelectMany(r => r.Findings), code => Assert.True(Evaluator.Findings.ContainsKey(code), code));
    }

    [Fact]
    public void AVisit_IsTheFactTheEvaluatorMakesOfTheCase()
    {
        var c = CrossProvinceOutpatient().Build();
        var visit = new Visit(c, new DateTime(2025, 3, 1, 15, 30, 0), Evaluator.Policies);
        var theEvaluators = Evaluator.Assessor.VisitOf(c, new DateTime(2025, 3, 1));

        Assert.Equal((theEvaluators.AsOf, theEvaluators.Date, theEvaluators.Until, theEvaluators.InsuredPooling, theEvaluators.TreatmentPooling),
            (visit.AsOf, visit.Date, visit.Until, visit.InsuredPooling, visit.TreatmentPooling));
        Assert.Throws<ArgumentNullException>(() => new Visit(null!, DateTime.Today, Evaluator.Policies));
        Assert.Throws<ArgumentNullException>(() => new Visit(c, DateTime.Today, null!));
    }
}
