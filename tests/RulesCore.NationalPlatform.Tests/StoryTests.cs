using System.Text.Json.Nodes;
using RulesCore.Settlement;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Model;

namespace RulesCore.NationalPlatform.Tests;

/// <summary>The two stories of the issue, from the synthetic messages to the decision.</summary>
public class StoryTests
{
    [Fact]
    public void ChangshaEmployee_AtAWuhanHospitalWithGeneralOutpatientOpened_IsUndetermined_AndTheFilingIsTheCheck()
    {
        var built = Fixtures.Build(Fixtures.Outpatient());

        Assert.Equal(RegionCode.Parse("430100"), built.Case.Person.InsuredRegion);
        Assert.Contains(FactPaths.Filings, built.Case.UnknownFacts);
        var decision = Fixtures.Evaluator.Evaluate(built.Case, new EvaluationOptions { Language = Languages.English });

        Assert.Equal(new OutcomeRange(Outcome.Direct, Outcome.PayThenClaim), decision.PossibleOutcomes! with { Exhaustive = true });
        Assert.False(decision.PossibleOutcomes!.IsDetermined);
        Assert.Equal(FactPaths.Filings, decision.Checks[0].Fact);
        Assert.Contains("\"outcome\": \"undetermined\"", SettlementJson.WriteDecision(decision), StringComparison.Ordinal);
    }

    [Fact]
    public void HypertensionQualification_ChronicVisitAtAHospitalWithoutHypertension_AllItemsInTheCatalogue_IsPayThenClaim_Certainly()
    {
        var built = Fixtures.Build(Fixtures.Chronic());

        Assert.Equal(CareSetting.ChronicOutpatient, built.Case.Encounter.Setting);
        Assert.Equal(Conditions.Hypertension, built.Case.Encounter.Condition);
        Assert.All(built.Case.Encounter.Items, i => Assert.True(i.InCatalog));
        var decision = Fixtures.Evaluator.Evaluate(built.Case);

        Assert.Equal(Outcome.PayThenClaim, decision.Outcome);
        Assert.True(decision.PossibleOutcomes!.IsDetermined);
        Assert.Contains(decision.Findings, f => f.Code == FindingCodes.HospitalConditionNotOpen);
        Assert.Contains("\"outcome\": \"payThenClaim\"", SettlementJson.WriteDecision(decision), StringComparison.Ordinal);
    }
}
