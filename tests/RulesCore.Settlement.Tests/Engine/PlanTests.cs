using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RulesCore.Settlement.Hospitals;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Tests.Json;
using RulesCore.Testing;
using RulesCore.Tests.Shared;
using static RulesCore.Testing.Cases;
using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using Outcome = RulesCore.Settlement.Decisions.Outcome;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Tests.Engine;

/// <summary>Plans: verified, minimal, honest and deterministic over generated cases; each source article's story.</summary>
public class PlanTests
{
    private static readonly HospitalDirectory Directory = HospitalDirectory.LoadFile(RepositoryFiles.PathOf("samples", "hospitals", "directory.json"));

    private static readonly SettlementEvaluator Planning = new(new SettlementOptions { HospitalDirectory = Directory });

    private static readonly EvaluationOptions Chinese = new() { Language = Languages.Chinese };
    private static readonly EvaluationOptions English = new() { Language = Languages.English };

    public static class Arbitraries
    {
        /// <summary>Valid cases, cases with exactly one problem of each cause, and with two (so that plans have several steps), asked at any time.</summary>
        public static Arbitrary<SettlementCase> Cases() => Gen.OneOf(
                SettlementGenerators.ValidCases(),
                SettlementGenerators.CasesWithOneProblem(Cause.Filing),
                SettlementGenerators.CasesWithOneProblem(Cause.Hospital),
                SettlementGenerators.CasesWithOneProblem(Cause.Coverage),
                SettlementGenerators.CasesWithOneProblem(Cause.Account),
                SettlementGenerators.CasesWithOneProblem(Cause.Filing).Select(c => From(c).WithUnusableCard().Build()),
                SettlementGenerators.CasesWithOneProblem(Cause.Hospital).Select(c => From(c).WithIdentityMismatch().Build()),
                BeforeAVisitToWuhan())
            .ToArbitrary();

        /// <summary>武汉 visits at a hospital that opened inpatient care only, asked before them, with another problem or none: the sample directory has hospitals to choose.</summary>
        private static Gen<SettlementCase> BeforeAVisitToWuhan() =>
            Gen.Choose(1, 30).SelectMany(days => Gen.Elements(0, 1, 2, 3).Select(other => WuhanVisit(other).AsOf(new DateTime(2025, 3, 10).AddDays(-days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Build()));

        private static CaseBuilder WuhanVisit(int other) => other switch
        {
            0 => CrossProvinceOutpatient().AtHospitalWithInpatientOnly(),
            1 => CrossProvinceOutpatient().AtHospitalWithInpatientOnly().WithExpiredFiling(),
            2 => CrossProvinceOutpatient().AtHospitalNotNetworked().WithUnusableCard(),
            _ => CrossProvinceOutpatient().AtHospitalWithInpatientOnly().WithLapsedContributions(),
        };
    }

    private static string Json(SettlementDecision d) => SettlementJson.WriteDecision(d, indented: false);

    /// <summary>Each step of a plan as the change it makes to the case as it stood before it.</summary>
    private static CaseChange[] Changes(SettlementCase start, SettlementPlan plan) =>
        plan.Steps.Select((s, i) => CaseChange.Between(i == 0 ? start : plan.Steps[i - 1].CaseAfter!, s.CaseAfter!)).ToArray();

    /// <summary>
    /// The actions the case's own remedies propose for it as it stands, as the planner asks them (hospitals to go to
    /// instead aside): the first actions a plan tries.
    /// </summary>
    private static IEnumerable<PlanAction> Proposed(SettlementCase c)
    {
        var assessment = Planning.Assessor.Assess(c, null, RulesCore.Settlement.Engine.AssessmentDepth.Findings, CancellationToken.None);
        foreach (var finding in Planning.Assessor.Folding.Fold(assessment, Languages.English).Findings)
        {
            var filing = c.Filings.FirstOrDefault(f => finding.Facts.Contains("filing:" + f.Id));
            var plan = new PlanContext(c, filing, assessment.Gap, assessment.Visit, new Lazy<IReadOnlyList<Hospital>>(Array.Empty<Hospital>), Planning.Policies);
            foreach (var action in finding.Remedies.Select(r => r.Code).Distinct().SelectMany(r => RemedyDefinitions.Of(r).Actions(plan)))
            {
                yield return action;
            }
        }
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 120)]
    public void Verified_EachStepsDecisionIsAFreshEvaluationOfTheCaseSoFar_AndTheLastReachesWhatThePlanPromises(SettlementCase c)
    {
        var plan = Planning.Plan(c, English);

        Assert.Equal(Json(Planning.Evaluate(c, English)), Json(plan.Current));
        var changes = Changes(c, plan);
        for (var i = 0; i < plan.Steps.Count; i++)
        {
            // Each step changes the case as it stands after the steps before it; its decision is a fresh evaluation of that.
            Assert.False(changes[i].IsEmpty, $"step {i + 1} ({plan.Steps[i].Remedy}) changes nothing");
            Assert.Equal(Json(Planning.Evaluate(plan.Steps[i].CaseAfter!, English)), Json(plan.Steps[i].DecisionAfter));
        }

        // The changes, made in order to the case as it stood, give the case the last step leaves (as the subsets below rely on).
        Assert.Equal(SettlementJson.WriteCase(plan.Steps.Count == 0 ? c : plan.Steps[^1].CaseAfter!), SettlementJson.WriteCase(changes.Aggregate(c, (state, change) => change.ApplyTo(state))));

        Assert.Equal(plan.Reachable, plan.Steps.Count == 0 ? plan.Current.Outcome : plan.Steps[^1].DecisionAfter.Outcome);
        Assert.True(plan.Reachable <= plan.Current.Outcome);
        Assert.Equal(plan.Steps.Count == 0, plan.Reachable == plan.Current.Outcome);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 120)]
    public void Minimal_NoProperSubsetOfTheStepsReachesTheSameOutcome(SettlementCase c)
    {
        var plan = Planning.Plan(c, English);

        // The steps come in the order to do them: any subset of their changes is made in that order.
        var changes = Changes(c, plan);
        Assert.Equal(plan.Reachable, Planning.Evaluate(changes.Aggregate(c, (state, change) => change.ApplyTo(state)), English).Outcome);
        for (var mask = 0; mask < (1 << changes.Length) - 1; mask++)
        {
            var subset = changes.Where((_, i) => (mask & (1 << i)) != 0);
            var outcome = Planning.Evaluate(subset.Aggregate(c, (state, change) => change.ApplyTo(state)), English).Outcome;
            Assert.True(outcome > plan.Reachable, $"a subset of {string.Join(", ", plan.Steps.Select(s => s.Remedy))} reaches {plan.Reachable}");
        }
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 120)]
    public void Honest_ADirectCaseHasNoSteps_AndNoSingleActionFixesAnUnfixableProblem(SettlementCase c)
    {
        var plan = Planning.Plan(c, English);

        if (plan.Current.Outcome == Outcome.Direct)
        {
            Assert.Empty(plan.Steps);
            Assert.Empty(plan.Unfixable);
        }

        // What a plan tries first: the actions the case's remedies propose, and the plan's own steps, each alone.
        var tried = Proposed(c).Select(a => (a.Key, Apply: a.Apply))
            .Concat(Changes(c, plan).Select((change, i) => ("step " + (i + 1) + " " + plan.Steps[i].Remedy, Apply: (Func<SettlementCase, SettlementCase>)change.ApplyTo)))
            .ToArray();
        foreach (var problem in plan.Unfixable)
        {
            Assert.Contains(plan.Current.Findings.Concat(plan.Steps.SelectMany(s => s.DecisionAfter.Findings)), f => f.Code == problem.Code);
            foreach (var (key, apply) in tried)
            {
                // Fixed: the finding goes and no capping finding comes (paying arrears turns a lapse into a waiting period).
                var alone = Planning.Evaluate(apply(c), English).Findings;
                var capping = plan.Current.Findings.Where(f => f.Caps is not null).Select(f => f.Code).ToHashSet();
                Assert.True(alone.Any(f => f.Code == problem.Code) || alone.Any(f => f.Caps is not null && !capping.Contains(f.Code)), $"{key} fixes {problem.Code}");
            }
        }
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 80)]
    public void Deterministic_ThePlanDoesNotDependOnTheOrderOfFilingsQualificationsItemsOrDirectoryRows(SettlementCase c)
    {
        var reversed = c with
        {
            Filings = c.Filings.Reverse().ToArray(),
            Qualifications = c.Qualifications.Reverse().ToArray(),
            Encounter = c.Encounter with { Items = c.Encounter.Items.Reverse().ToArray() },
        };
        var rowsReversed = new SettlementEvaluator(new SettlementOptions { HospitalDirectory = new HospitalDirectory(Directory.Hospitals.Reverse()) });

        Assert.Equal(SettlementJson.WritePlan(Planning.Plan(c, Chinese)), SettlementJson.WritePlan(rowsReversed.Plan(reversed, Chinese)));
    }

    [Fact]
    public void TheGeneratedCases_ReachPlansWorthTesting_OneStepAndSeveral_AndUnfixableProblems()
    {
        var plans = Arbitraries.Cases().Generator.Sample(numberOfSamples: 300, seed: new FsCheck.Rnd(20251201), size: 50).Select(c => Planning.Plan(c, English)).ToArray();

        Assert.True(plans.Count(p => p.Steps.Count == 1) >= 30, $"{plans.Count(p => p.Steps.Count == 1)} plans of one step");
        Assert.True(plans.Count(p => p.Steps.Count >= 2) >= 20, $"{plans.Count(p => p.Steps.Count >= 2)} plans of several steps");
        Assert.True(plans.Count(p => p.Unfixable.Count > 0) >= 30, $"{plans.Count(p => p.Unfixable.Count > 0)} plans with unfixable problems");
        Assert.Contains(plans, p => p.Steps.Any(s => s.Remedy == RemedyCodes.ChooseNetworkedHospital));
    }

    private static SettlementCase Sample(string name) => SettlementJson.ReadCase(File.ReadAllBytes(RepositoryFiles.PathOf("samples", "cases", name)), null);

    [Fact]
    public void ChangshaToWuhan_ExpiredFiling_RenewThenItSettlesAtTheReducedRate()
    {
        var plan = Planning.Plan(Sample("000-changsha-wuhan-expired-six-month-filing.json"), Chinese);

        Assert.Equal(Outcome.PayThenClaim, plan.Current.Outcome);
        var step = Assert.Single(plan.Steps);
        Assert.Equal((RemedyCodes.RenewFiling, PlanActor.Patient, "国家医保服务平台APP › 异地备案"), (step.Remedy, step.Who, step.Where));
        Assert.Equal(new DateTime(2025, 2, 10), step.Before);
        Assert.Equal(Outcome.DirectReducedRate, plan.Reachable);
        Assert.Equal(new[] { FindingCodes.TemporaryRateReduction }, step.DecisionAfter.Findings.Select(f => f.Code));
        var unfixable = Assert.Single(plan.Unfixable);
        Assert.Equal(FindingCodes.TemporaryRateReduction, unfixable.Code);
    }

    [Fact]
    public void HangzhouWrongRegion_RefileToTheTreatmentCity()
    {
        var plan = Planning.Plan(Sample("000-hangzhou-xihu-wrong-pooling-region.json"), English);

        var step = Assert.Single(plan.Steps);
        Assert.Equal(RemedyCodes.RefileCorrectRegion, step.Remedy);
        Assert.Equal(Outcome.Direct, plan.Reachable);
        Assert.StartsWith("national medical insurance app › filing records", step.Where, StringComparison.Ordinal);
    }

    [Fact]
    public void PingyiEmployeeInShanghai_BeforeTheVisit_ChoosesAHospitalThatOpenedGeneralOutpatient_FromTheSampleDirectory()
    {
        var c = Sample("000-pingyi-employee-shanghai-inpatient-only-hospital.json") with { AsOf = new DateTime(2025, 3, 1) };

        var plan = Planning.Plan(c, Chinese);

        var step = Assert.Single(plan.Steps);
        Assert.Equal(RemedyCodes.ChooseNetworkedHospital, step.Remedy);
        Assert.Equal("SH03", step.Hospital);
        Assert.True(Directory.Find("SH03")!.Hospital.CrossRegionServices.GeneralOutpatient);
        Assert.Equal(Outcome.Direct, plan.Reachable);
        Assert.Equal(new[] { "SH03", "SH04" }, plan.Hospitals.Select(h => h.Id));

        var after = Planning.Plan(Sample("000-pingyi-employee-shanghai-inpatient-only-hospital.json"), Chinese);
        Assert.Empty(after.Steps);
        Assert.Empty(after.Hospitals);
        Assert.Equal("就医已经发生，换医院只对今后的就诊有用。", Assert.Single(after.Unfixable).Reason);

        var noDirectory = Evaluator().Plan(c, Chinese);
        Assert.Empty(noDirectory.Steps);
        Assert.StartsWith("没有配置医院目录", Assert.Single(noDirectory.Unfixable).Reason, StringComparison.Ordinal);
    }

    private static SettlementEvaluator Evaluator() => Fixtures.Evaluator;

    [Fact]
    public void RheumatoidArthritis_TheQualificationFirst_OnlyBeforeTheVisit()
    {
        var c = Sample("000-rheumatoid-arthritis-without-qualification.json");

        var before = Planning.Plan(c with { AsOf = c.Encounter.Date.AddDays(-20) }, English);
        var step = Assert.Single(before.Steps);
        Assert.Equal((RemedyCodes.ObtainQualification, PlanActor.InsuredRegionOffice), (step.Remedy, step.Who));
        Assert.Equal(c.Encounter.Date, step.Before);
        Assert.Equal(Outcome.Direct, before.Reachable);

        var after = Planning.Plan(c, English);
        Assert.Empty(after.Steps);
        Assert.Contains("cannot be backdated", Assert.Single(after.Unfixable).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void DamagedChip_UseTheEVoucher_WhichThePatientDoesAloneOnline()
    {
        var c = Sample("000-damaged-card-chip.json");
        var plan = Planning.Plan(c, Chinese);

        // Replacing the card was an option too; the patient can do the e-voucher alone online.
        var step = Assert.Single(plan.Steps);
        Assert.Equal((RemedyCodes.UseEVoucher, PlanActor.Patient), (step.Remedy, step.Who));
        Assert.Contains(plan.Current.Findings.SelectMany(f => f.Remedies), r => r.Code == RemedyCodes.ReplaceCard);
        Assert.Contains(Proposed(c), a => a.Remedy == RemedyCodes.ReplaceCard);
        Assert.Equal(Outcome.Direct, plan.Reachable);
    }

    [Fact]
    public void ThreeMonthLapse_CannotHelpThisVisit_AndSaysWhatToDoForTheNext()
    {
        var plan = Planning.Plan(Sample("000-pingyi-three-month-lapse.json"), Chinese);

        Assert.Empty(plan.Steps);
        Assert.Equal(Outcome.NotReimbursable, plan.Reachable);
        var problem = Assert.Single(plan.Unfixable);
        Assert.Equal(FindingCodes.ContributionLapsed, problem.Code);
        Assert.Contains("补缴也不能追溯到本次就医", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("的就医才能结算", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GuangxiCrossProvince_BeforeTheVisitFileFirst_AfterItAskTheInsuredRegion()
    {
        var c = Sample("002-guangxi-hechi-cross-province-no-filing.json");

        var before = Planning.Plan(c with { AsOf = c.Encounter.Date.AddDays(-3) }, Chinese);
        var step = Assert.Single(before.Steps);
        Assert.Equal(RemedyCodes.FileBeforeVisit, step.Remedy);
        Assert.Equal(Outcome.DirectReducedRate, before.Reachable);

        var after = Planning.Plan(c, Chinese);
        Assert.Empty(after.Steps);
        Assert.Contains("12393", Assert.Single(after.Unfixable, u => u.Code == FindingCodes.FilingMissing).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AStayStillAdmitted_FilesBeforeDischarge()
    {
        var plan = Planning.Plan(Sample("000-admitted-without-filing-file-before-discharge.json"), English);

        var step = Assert.Single(plan.Steps);
        Assert.Equal(RemedyCodes.FileRetroactively, step.Remedy);
        Assert.Equal(Outcome.DirectReducedRate, plan.Reachable);
    }

    [Fact]
    public void AllFourCauses_TheStepsComeInDeadlineOrder_AndWhatIsLeftIsExplained()
    {
        var c = CrossProvinceOutpatient().WithExpiredFiling().AtHospitalWithInpatientOnly().WithUnusableCard().WithIdentityMismatch().AsOf("2025-03-01").Build();

        var plan = Planning.Plan(c, English);

        Assert.Equal(Outcome.PayThenClaim, plan.Current.Outcome);
        Assert.Equal(Outcome.DirectReducedRate, plan.Reachable);
        Assert.Equal(new[] { RemedyCodes.ChooseNetworkedHospital, RemedyCodes.CorrectIdentityVia12393, RemedyCodes.RenewFiling, RemedyCodes.UseEVoucher }.Order(StringComparer.Ordinal),
            plan.Steps.Select(s => s.Remedy).Order(StringComparer.Ordinal));
        Assert.Equal(plan.Steps.OrderBy(s => s.Before).ThenBy(s => s.Who).Select(s => s.Remedy), plan.Steps.Select(s => s.Remedy));
    }

    [Fact]
    public void ThePlanDocument_FollowsItsSchema()
    {
        foreach (var c in new[]
        {
            Sample("000-changsha-wuhan-expired-six-month-filing.json"),
            Sample("000-pingyi-employee-shanghai-inpatient-only-hospital.json") with { AsOf = new DateTime(2025, 3, 1) },
            Sample("settles-directly-long-term-resident.json"),
            Sample("000-pingyi-three-month-lapse.json"),
        })
        {
            var json = SettlementJson.WritePlan(Planning.Plan(c, Chinese));
            Assert.Empty(Schemas.Violations("plan", json));
        }
    }

    [Fact]
    public void BadInput_GetsTypedErrors()
    {
        var invalid = CrossProvinceOutpatient().WithPerson(p => p with { Name = "张三" }).WithFiling(f => f with { ValidUntil = f.ValidFrom.AddDays(-1) }).Build();
        var e = Assert.Throws<InvalidCaseException>(() => Planning.Plan(invalid));
        Assert.DoesNotContain("张三", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Planning.Plan(CrossProvinceOutpatient().Build(), new EvaluationOptions { Language = "fr" }));
    }
}
