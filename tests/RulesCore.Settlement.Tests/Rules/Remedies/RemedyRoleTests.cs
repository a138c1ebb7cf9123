using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using Outcome = RulesCore.Settlement.Decisions.Outcome;

namespace RulesCore.Settlement.Tests.Rules;

/// <summary>
/// Each remedy says what it is for at the moment asked: a fix for this visit, the claim route, or a step for next time;
/// a finding lists its fixes first, and one that caps the outcome with no fix says why.
/// </summary>
public class RemedyRoleTests
{
    /// <summary>The 长沙 insured region's retroactive window, set (months) or unknown (no pack: the national default).</summary>
    private static SettlementEvaluator WindowOf(int months) => WithParameters("430100", ("retroactiveFilingWindowMonths", months.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static RemedyRole RoleOf(Finding f, string code) => Assert.Single(f.Remedies, r => r.Code == code).Role;

    private static void FixesFirst(Finding f) =>
        Assert.Equal(f.Remedies.OrderBy(r => r.Role).Select(r => r.Code), f.Remedies.Select(r => r.Code));

    [Fact]
    public void BeforeTheVisit_FilingFirstIsTheFix_AndPayingInFullOnlyTheFallback()
    {
        var missing = CrossProvinceOutpatient().WithoutFiling().AsOf("2025-03-01").Evaluate().Single(FindingCodes.FilingMissing);

        Assert.Equal(RemedyRole.Fix, RoleOf(missing, RemedyCodes.FileBeforeVisit));
        Assert.Equal(RemedyRole.Claim, RoleOf(missing, RemedyCodes.KeepDocumentsForClaim));
        Assert.Equal(RemedyRole.Claim, RoleOf(missing, RemedyCodes.ClaimAtInsuredRegion));
        Assert.Equal(RemedyCodes.FileBeforeVisit, missing.Remedies[0].Code);
        Assert.Null(missing.NoFix);
    }

    [Theory]
    [InlineData("card")]
    [InlineData("identity")]
    [InlineData("hospital")]
    [InlineData("wrong-region")]
    [InlineData("inpatient-only")]
    public void BeforeTheVisit_EveryBlockingFindingWithAFixListsItBeforeTheClaimRoute(string problem)
    {
        var b = CrossProvinceOutpatient().AsOf("2025-03-01");
        b = problem switch
        {
            "card" => b.WithUnusableCard(CardStatus.Lost),
            "identity" => b.WithIdentityMismatch(),
            "hospital" => b.WithChronicCondition(Conditions.Hypertension).AtHospitalNotSelected(),
            "wrong-region" => b.WithFilingForAnotherRegion(),
            _ => b.AtHospitalWithInpatientOnly(),
        };

        var blocking = b.Evaluate().Findings.Where(f => f.Caps is not null).ToList();

        Assert.NotEmpty(blocking);
        foreach (var f in blocking)
        {
            Assert.Equal(RemedyRole.Fix, f.Remedies[0].Role);
            Assert.Contains(f.Remedies, r => r.Role == RemedyRole.Claim);
            FixesFirst(f);
        }
    }

    [Fact]
    public void AfterTheVisit_ACancelledLongTermFiling_AsksAboutTheWindowFirst_AndFilingFirstIsForNextTime()
    {
        var cancelled = CrossProvinceOutpatient().WithCancelledFiling().AsOf("2025-04-01").Evaluate().Single(FindingCodes.FilingCancelled);

        Assert.Equal(RemedyCodes.AskAboutRetroactiveFiling, cancelled.Remedies[0].Code);
        Assert.Equal(RemedyRole.Fix, cancelled.Remedies[0].Role);
        Assert.Equal(RemedyRole.NextTime, RoleOf(cancelled, RemedyCodes.FileBeforeVisit));
        Assert.Equal(RemedyCodes.FileBeforeVisit, cancelled.Remedies[^1].Code);
        FixesFirst(cancelled);
    }

    [Fact]
    public void AfterTheVisit_WithinAKnownWindow_FilingRetroactivelyIsTheBlockingFindingsOwnFix()
    {
        var missing = Decide(WindowOf(6), CrossProvinceOutpatient().WithoutFiling(), asOf: "2025-04-01").Single(FindingCodes.FilingMissing);

        Assert.Equal(RemedyCodes.FileRetroactively, missing.Remedies[0].Code);
        Assert.Equal(RemedyRole.Fix, missing.Remedies[0].Role);
        Assert.Null(missing.NoFix);
    }

    [Fact]
    public void AfterTheWindowHasClosed_NothingIsAFix_AndTheFindingSaysWhy()
    {
        var missing = Decide(WindowOf(3), CrossProvinceOutpatient().WithoutFiling(), asOf: "2025-09-01").Single(FindingCodes.FilingMissing);

        Assert.DoesNotContain(missing.Remedies, r => r.Role == RemedyRole.Fix);
        Assert.Contains("window for filing retroactively has closed", missing.NoFix);
    }

    [Fact]
    public void WhileStillAdmitted_FilingBeforeDischargeIsTheFixOfTheBlockingFindingItself()
    {
        var d = CrossProvinceOutpatient().WithoutFiling().AsInpatient().AsOf("2025-03-12").Evaluate(Languages.Chinese);
        var missing = d.Single(FindingCodes.FilingMissing);

        Assert.Equal(RemedyCodes.FileRetroactively, missing.Remedies[0].Code);
        Assert.Equal(RemedyRole.Fix, missing.Remedies[0].Role);
        Assert.Contains("出院前", missing.Remedies[0].Text);
        Assert.Equal(RemedyRole.NextTime, RoleOf(missing, RemedyCodes.FileBeforeVisit));
    }

    [Fact]
    public void AFilingStartingAfterDischarge_AfterTheStay_WithTheWindowUnknown_AsksTheInsuredRegion()
    {
        var d = CrossProvinceOutpatient().AsInpatient("2025-03-20").WithFilingNotYetValid().AsOf("2025-04-15").Evaluate();

        Assert.True(d.Has(FindingCodes.FilingRetroactiveAsk));
        var late = d.Single(FindingCodes.FilingNotYetValid);
        Assert.Equal(RemedyCodes.AskAboutRetroactiveFiling, late.Remedies[0].Code);
        Assert.Equal(RemedyRole.Fix, late.Remedies[0].Role);
    }

    [Fact]
    public void AQualificationIsNotBackdated_AfterTheVisit_ItIsForNextTime_AndTheFindingSaysWhy()
    {
        var missing = CrossProvinceOutpatient().WithChronicCondition(Conditions.Hypertension).WithoutQualification().AsOf("2025-04-01").Evaluate(Languages.Chinese)
            .Single(FindingCodes.QualificationMissing);

        Assert.Equal(RemedyRole.NextTime, RoleOf(missing, RemedyCodes.ObtainQualification));
        Assert.Contains("不能追溯到已经发生的就诊", missing.NoFix);
    }

    [Theory]
    [InlineData("2025-02-01", RemedyRole.NextTime)]
    [InlineData("2024-10-01", RemedyRole.Fix)]
    public void PayingArrearsBeforeTheVisit_IsAFixOnlyWhenTheWaitingPeriodEndsByTheVisit(string asOf, RemedyRole role)
    {
        var lapsed = CrossProvinceOutpatient().WithLapsedContributions().AsOf(asOf).Evaluate().Single(FindingCodes.ContributionLapsed);

        Assert.Equal(role, RoleOf(lapsed, RemedyCodes.PayArrears));
        Assert.Equal(role == RemedyRole.Fix, lapsed.NoFix is null);
    }

    public static class Arbitraries
    {
        public static Arbitrary<SettlementCase> Cases() => SettlementGenerators.ValidCases().ToArbitrary();
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public void FilingFirst_IsNeverForNextTimeBeforeTheVisit_NorAFixAfterIt(SettlementCase c)
    {
        var d = Evaluator.Evaluate(c);
        foreach (var r in d.Findings.SelectMany(f => f.Remedies).Where(r => r.Code == RemedyCodes.FileBeforeVisit))
        {
            Assert.Equal(d.AskedBeforeVisit ? RemedyRole.Fix : RemedyRole.NextTime, r.Role);
        }
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public void EveryBlockingFinding_HasAFixOrSaysWhyNot_AndListsFixesFirst(SettlementCase c)
    {
        foreach (var f in Evaluator.Evaluate(c).Findings)
        {
            var hasFix = f.Remedies.Any(r => r.Role == RemedyRole.Fix);
            Assert.Equal(f.Caps is not null && !hasFix, f.NoFix is not null);
            FixesFirst(f);
        }
    }

    /// <summary>
    /// A plan's steps are fixes, and each leaves the visit better off: the outcome improves, or fewer findings keep it
    /// from settling directly (cap it at pay-then-claim or worse) and none that did not. (A reduced rate may replace a
    /// blocking filing problem while another problem still blocks.)
    /// </summary>
    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 60)]
    public void PlanSteps_AreFixes_AndEachImprovesTheVisit(SettlementCase c)
    {
        var plan = Evaluator.Plan(c);
        var before = plan.Current;
        foreach (var step in plan.Steps)
        {
            Assert.Contains(plan.Steps.Select(s => s.DecisionAfter).Prepend(plan.Current).SelectMany(d => d.Findings).SelectMany(f => f.Remedies),
                r => r.Code == step.Remedy && r.Role == RemedyRole.Fix);
            var after = step.DecisionAfter;
            var capping = before.Findings.Where(f => f.Caps >= Outcome.PayThenClaim).Select(f => f.Code).ToHashSet();
            var left = after.Findings.Where(f => f.Caps >= Outcome.PayThenClaim).Select(f => f.Code).ToHashSet();
            Assert.True(
                after.Outcome < before.Outcome || (left.Count < capping.Count && left.IsSubsetOf(capping)),
                $"{step.Remedy}: {before.Outcome} [{string.Join(",", capping)}] → {after.Outcome} [{string.Join(",", left)}]");
            before = after;
        }
    }
}
