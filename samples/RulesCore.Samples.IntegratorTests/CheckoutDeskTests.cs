using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RulesCore.Settlement;
using RulesCore.Testing;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Errors;
using Outcome = RulesCore.Settlement.Decisions.Outcome;

namespace RulesCore.Samples.IntegratorTests;

/// <summary>
/// The integrator's tests: their checkout flow against the real evaluator, one story per test, written with
/// RulesCore.Testing's builders, assertions and generators.
/// </summary>
public class CheckoutDeskTests
{
    private static readonly SettlementEvaluator Evaluator = new();
    private static readonly CheckoutDesk Desk = new(Evaluator);

    private static EncounterItem Item(string code, decimal amount, bool inCatalog = true) => new() { Code = code, Amount = amount, InCatalog = inCatalog };

    [Fact]
    public void FiledVisit_SettlesDirectly_PatientPaysOnlyTheirShare()
    {
        var visit = Cases.CrossProvinceOutpatient().WithItems(Item("A01", 100m));

        SettlementAssert.SettlesDirectly(Evaluator.Evaluate(visit));
        var bill = Desk.Checkout(visit);

        Assert.True(bill.SettledDirectly);
        Assert.Equal(30m, bill.PatientPaysNow);
        Assert.Empty(bill.Checklist);
    }

    [Fact]
    public void ExpiredFiling_PatientPaysInFull_AndIsToldToRenewAndKeepDocuments()
    {
        var visit = Cases.CrossProvinceOutpatient().WithItems(Item("A01", 100m)).WithExpiredFiling();

        SettlementAssert.HasFindingWithRemedy(Evaluator.Evaluate(visit), FindingCodes.FilingExpired, RemedyCodes.RenewFiling);
        var bill = Desk.Checkout(visit);

        Assert.False(bill.SettledDirectly);
        Assert.Equal(100m, bill.PatientPaysNow);
        Assert.Equal(new[] { RemedyCodes.RenewFiling, RemedyCodes.AskAboutRetroactiveFiling, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion }, bill.Checklist);
    }

    [Fact]
    public void InpatientOnlyHospital_OutpatientPaysInFull()
    {
        var visit = Cases.CrossProvinceOutpatient().InsuredIn("371326").TreatedIn("310104").AtHospitalWithInpatientOnly();

        var decision = Evaluator.Evaluate(visit);

        SettlementAssert.CapsAt(decision, Outcome.PayThenClaim);
        SettlementAssert.RuleFired(decision, "hospital.service-not-open", "encounter", "hospital");
        Assert.False(Desk.Checkout(visit).SettledDirectly);
    }

    [Fact]
    public void TemporaryFiling_SettlesAtAReducedRatio()
    {
        var bill = Desk.Checkout(Cases.CrossProvinceOutpatient().WithItems(Item("A01", 100m)).WithTemporaryFiling());

        Assert.True(bill.SettledDirectly);
        Assert.Equal(50m, bill.PatientPaysNow); // 30% share + 20 points
    }

    [Fact]
    public void ItemsOutsideTheCatalogue_AreCollectedOnTopEvenWhenTheVisitSettles()
    {
        var bill = Desk.Checkout(Cases.CrossProvinceOutpatient().WithItems(Item("A01", 100m), Item("B07", 980m, inCatalog: false)));

        Assert.True(bill.SettledDirectly);
        Assert.Equal(980m, bill.SelfPaid);
        Assert.Equal(1010m, bill.PatientPaysNow);
    }

    [Property(MaxTest = 100)]
    public Property AnyAccountProblem_TheDeskCollectsTheWholeBill() =>
        Prop.ForAll(SettlementGenerators.CasesWithOneProblem(Cause.Account).ToArbitrary(), visit =>
        {
            var bill = Desk.Checkout(visit);
            return !bill.SettledDirectly && bill.PatientPaysNow == visit.Encounter.Items.Sum(i => i.Amount) && bill.Checklist.Count > 0;
        });

    [Property(MaxTest = 100)]
    public Property SettlingVisits_NeverCostMoreThanTheBill() =>
        Prop.ForAll(SettlementGenerators.SettlingCases().ToArbitrary(), visit =>
        {
            var bill = Desk.Checkout(visit);
            return bill.SettledDirectly && bill.PatientPaysNow <= visit.Encounter.Items.Sum(i => i.Amount);
        });

    [Property(MaxTest = 100)]
    public Property InvalidVisits_AreRejectedBeforeCheckout() =>
        Prop.ForAll(SettlementGenerators.InvalidCases().ToArbitrary(), visit =>
            Assert.Throws<InvalidCaseException>(() => Desk.Checkout(visit)).Errors.Count > 0);
}
