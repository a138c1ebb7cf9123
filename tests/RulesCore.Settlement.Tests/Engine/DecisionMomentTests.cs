using RulesCore.Testing;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Engine;

/// <summary>The day a decision is judged at is worked out once, and every consumer reads it from the decision.</summary>
public class DecisionMomentTests
{
    [Fact]
    public void TheCallersDay_OutranksTheCasesDay_WhichOutranksTheVisitDay()
    {
        var visit = Cases.CrossProvinceOutpatient().On("2025-03-10");

        var onTheDay = visit.Evaluate();
        var caseAsks = visit.AsOf("2025-03-01").Evaluate();
        var callerAsks = visit.AsOf("2025-03-01").Evaluate(asOf: "2025-04-01");

        Assert.Equal((D("2025-03-10"), false), (onTheDay.AsOf, onTheDay.AskedBeforeVisit));
        Assert.Equal((D("2025-03-01"), true), (caseAsks.AsOf, caseAsks.AskedBeforeVisit));
        Assert.Equal((D("2025-04-01"), false), (callerAsks.AsOf, callerAsks.AskedBeforeVisit));
    }

    [Fact]
    public void AskedBefore_TheRemediesSayWhatToDoBeforeGoing_AndThePlanAndWhyNotAgree()
    {
        var expired = Cases.CrossProvinceOutpatient().On("2025-03-10").WithExpiredFiling().Build();
        var options = new EvaluationOptions { Language = Languages.English, AsOf = D("2025-01-01") };

        var decision = Evaluator.Evaluate(expired, options);
        var plan = Evaluator.Plan(expired, options);
        var whyNot = Evaluator.Explain(expired, "filing.covers", options);

        Assert.True(decision.AskedBeforeVisit);
        Assert.StartsWith("Before the visit", decision.Single(FindingCodes.FilingExpired).Remedies[0].Text, StringComparison.Ordinal);
        Assert.True(plan.Current.AskedBeforeVisit);
        Assert.True(whyNot.Decision.AskedBeforeVisit);
        Assert.Equal(D("2025-01-01"), whyNot.Decision.AsOf);
    }

    [Fact]
    public void AStayStillAdmitted_IsAskedOnTheVisit_NotBeforeIt()
    {
        var admitted = Cases.CrossProvinceOutpatient().On("2025-03-10").AsInpatient().AsOf("2025-03-15").Evaluate();

        Assert.False(admitted.AskedBeforeVisit);
        Assert.Equal(D("2025-03-15"), admitted.AsOf);
    }
}
