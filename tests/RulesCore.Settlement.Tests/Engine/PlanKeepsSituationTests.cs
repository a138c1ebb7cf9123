using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Engine;

/// <summary>A plan keeps the person's situation: a new filing has the reason of the one they hold; only with none is it temporary, and the plan says so.</summary>
public class PlanKeepsSituationTests
{
    [Fact]
    public void ALongTermResidentWhoseFilingWasCancelled_FilesLongTermAgain_WithoutAReduction()
    {
        var plan = Evaluator.Plan(CrossProvinceOutpatient().WithCancelledFiling().AsOf("2025-03-01").Build(), new EvaluationOptions { Language = Languages.English });

        var step = Assert.Single(plan.Steps);
        Assert.Equal(RemedyCodes.FileBeforeVisit, step.Remedy);
        Assert.Equal(Outcome.Direct, step.DecisionAfter.Outcome);
        Assert.DoesNotContain(step.DecisionAfter.Findings, f => f.Code == FindingCodes.TemporaryRateReduction);
        Assert.Equal(FilingReason.LongTermResident, Assert.Single(step.CaseAfter!.Filings, f => f.Status == FilingStatus.Active).Reason);
        Assert.DoesNotContain("assumes a temporary filing", step.Text);
    }

    [Fact]
    public void APersonWithNoFilingAtAll_FilesTemporary_AndThePlanSaysSo()
    {
        var plan = Evaluator.Plan(CrossProvinceOutpatient().WithoutFiling().AsOf("2025-03-01").Build(), new EvaluationOptions { Language = Languages.English });
        var chinese = Evaluator.Plan(CrossProvinceOutpatient().WithoutFiling().AsOf("2025-03-01").Build(), new EvaluationOptions { Language = Languages.Chinese });

        var step = Assert.Single(plan.Steps);
        Assert.Equal(FilingReason.OtherTemporary, Assert.Single(step.CaseAfter!.Filings).Reason);
        Assert.Equal(Outcome.DirectReducedRate, step.DecisionAfter.Outcome);
        Assert.Contains("assumes a temporary filing", step.Text);
        Assert.Contains("按临时外出就医备案", Assert.Single(chinese.Steps).Text);
    }
}
