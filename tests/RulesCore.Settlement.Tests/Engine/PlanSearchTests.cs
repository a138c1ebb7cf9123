using RulesCore.Settlement.Hospitals;
using RulesCore.Testing;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using static RulesCore.Settlement.Tests.Fixtures;

namespace RulesCore.Settlement.Tests.Engine;

/// <summary>How the planner searches: which of equally good steps it takes, the order of the steps, and what it says when a directory is larger than it checks.</summary>
public class PlanSearchTests
{
    private static readonly EvaluationOptions English = new() { Language = Languages.English };

    private static readonly CrossRegionServices AllOpened = new() { Inpatient = true, GeneralOutpatient = true };

    /// <summary>A directory of hospitals in the visit's district, in the order given, each with every service opened.</summary>
    private static SettlementEvaluator WithDirectory(IEnumerable<string> ids) => new(new SettlementOptions
    {
        HospitalDirectory = new HospitalDirectory(ids.Select(id => new DirectoryHospital { Hospital = new Hospital { Id = id, Region = WuhanDistrict, CrossRegionServices = AllOpened } })),
    });

    /// <summary>Before the visit, at a hospital that opened inpatient care only: "go to another hospital" is the step.</summary>
    private static SettlementCase AtTheWrongHospitalBeforeTheVisit() => Cases.CrossProvinceOutpatient().AtHospitalWithInpatientOnly().AsOf("2025-03-01").Build();

    [Fact]
    public void AmongHospitalsThatAreAlike_ThePlanGoesToTheFirstById_WhateverTheDirectorysOrder()
    {
        var plan = WithDirectory(new[] { "WH7", "WH6", "WH5", "WH4", "WH3", "WH2", "WH1" }).Plan(AtTheWrongHospitalBeforeTheVisit(), English);

        var step = Assert.Single(plan.Steps);
        Assert.Equal(RemedyCodes.ChooseNetworkedHospital, step.Remedy);
        Assert.Equal("WH1", step.Hospital);
        Assert.Equal(Outcome.Direct, plan.Reachable);
    }

    [Fact]
    public void OfTwoStepsThatFixTheSameProblem_ThePlanTakesTheOneThePatientDoesAlone()
    {
        var c = Cases.CrossProvinceOutpatient().WithUnusableCard().AsOf("2025-03-01").Build();
        var card = Fixtures.Evaluator.Evaluate(c).Single(FindingCodes.CardUnusable);
        Assert.Equal(new[] { RemedyCodes.UseEVoucher, RemedyCodes.ReplaceCard }, card.Remedies.Where(r => r.Role == RemedyRole.Fix).Select(r => r.Code));

        var plan = Fixtures.Evaluator.Plan(c, English);

        var step = Assert.Single(plan.Steps);
        Assert.Equal(RemedyCodes.UseEVoucher, step.Remedy);
        Assert.Equal(PlanActor.Patient, step.Who);
        Assert.Equal(Outcome.Direct, plan.Reachable);
    }

    [Fact]
    public void Steps_GoByDeadline_ThenWhatThePatientDoesAlone_ThenInOneFixedOrder()
    {
        var c = Cases.CrossProvinceOutpatient().WithExpiredFiling().AtHospitalWithInpatientOnly().WithUnusableCard().WithIdentityMismatch().AsOf("2025-03-01").Build();

        var plan = WithDirectory(new[] { "WH1", "WH2" }).Plan(c, English);

        Assert.Equal(new[] { RemedyCodes.ChooseNetworkedHospital, RemedyCodes.RenewFiling, RemedyCodes.UseEVoucher, RemedyCodes.CorrectIdentityVia12393 }, plan.Steps.Select(s => s.Remedy));
        Assert.All(plan.Steps, s => Assert.Equal(c.Encounter.Date, s.Before));
        Assert.Equal(new[] { PlanActor.Patient, PlanActor.Patient, PlanActor.Patient, PlanActor.InsuredRegionOffice }, plan.Steps.Select(s => s.Who));
    }

    [Fact]
    public void ADirectoryLargerThanThePlannerChecks_IsSaidSo_AndEveryCaseJudgedIsCounted()
    {
        var ids = Enumerable.Range(1, SettlementPlan.MaxHospitalsJudged + 1).Select(i => $"WH{i:D3}").ToArray();

        var plan = WithDirectory(ids).Plan(AtTheWrongHospitalBeforeTheVisit(), English);

        Assert.True(plan.Truncated);
        Assert.Contains(plan.NotTried, t => t.StartsWith($"The directory has {ids.Length} hospitals in the treatment pooling region", StringComparison.Ordinal) && t.Contains($"the first {SettlementPlan.MaxHospitalsJudged}", StringComparison.Ordinal));
        Assert.InRange(plan.CasesJudged, 2 * SettlementPlan.MaxHospitalsJudged, SettlementPlan.MaxEvaluations + (2 * SettlementPlan.MaxHospitalsJudged) + SettlementPlan.MaxSteps);
        Assert.Equal("WH001", Assert.Single(plan.Steps).Hospital);
    }

    [Fact]
    public void WhereOnlyTheHospitalsListedAfterThePlanAreTooMany_ThePlanSaysSoToo()
    {
        var ids = Enumerable.Range(1, SettlementPlan.MaxHospitalsJudged + 1).Select(i => $"WH{i:D3}").ToArray();
        var c = Cases.CrossProvinceOutpatient().WithExpiredFiling().AsOf("2025-03-01").Build();

        var plan = WithDirectory(ids).Plan(c, English);

        Assert.Equal(RemedyCodes.RenewFiling, Assert.Single(plan.Steps).Remedy);
        Assert.True(plan.Truncated);
        Assert.Contains(plan.NotTried, t => t.StartsWith($"The directory has {ids.Length} hospitals", StringComparison.Ordinal));
        Assert.Equal(SettlementPlan.HospitalLimit, plan.Hospitals.Count);
    }
}
