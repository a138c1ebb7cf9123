using RulesCore.Settlement;

namespace RulesCore.Samples.IntegratorTests;

/// <summary>The integrator's tests: their checkout flow, against the real evaluator, one story per test.</summary>
public class CheckoutDeskTests
{
    private static readonly CheckoutDesk Desk = new(new SettlementEvaluator());

    private static DateTime D(string s) => DateTime.ParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static SettlementCase Visit(Filing filing, params EncounterItem[] items) => new()
    {
        Person = new InsuranceAccount
        {
            InsuredRegion = RegionCode.Parse("430100"), Scheme = InsuranceScheme.Employee,
            Contribution = new Contribution { Status = ContributionStatus.Active }, IdentityVerified = true,
            Card = CardStatus.Valid, PersonalAccountPaymentEnabled = true,
        },
        Filings = new[] { filing },
        Hospital = new Hospital
        {
            Id = "H1", Region = RegionCode.Parse("420106"),
            CrossRegionServices = new CrossRegionServices { Inpatient = true, GeneralOutpatient = true },
        },
        Encounter = new Encounter { Setting = CareSetting.GeneralOutpatient, Date = D("2025-03-10"), Items = items },
    };

    private static Filing LongTerm() => new()
    {
        Id = "F1", Reason = FilingReason.LongTermResident, DestinationRegion = RegionCode.Parse("420100"),
        ValidFrom = D("2024-01-01"), Status = FilingStatus.Active, Basis = FilingBasis.Materials,
    };

    [Fact]
    public void FiledVisit_SettlesDirectly_PatientPaysOnlyTheirShare()
    {
        var bill = Desk.Checkout(Visit(LongTerm(), new EncounterItem { Code = "A01", Amount = 100m, InCatalog = true }));

        Assert.True(bill.SettledDirectly);
        Assert.Equal(30m, bill.PatientPaysNow);
        Assert.Empty(bill.Checklist);
    }

    [Fact]
    public void ExpiredFiling_PatientPaysInFull_AndIsToldToRenewAndKeepDocuments()
    {
        var expired = LongTerm() with { Reason = FilingReason.OtherTemporary, ValidUntil = D("2025-01-31") };

        var bill = Desk.Checkout(Visit(expired, new EncounterItem { Code = "A01", Amount = 100m, InCatalog = true }));

        Assert.False(bill.SettledDirectly);
        Assert.Equal(100m, bill.PatientPaysNow);
        Assert.Equal(new[] { RemedyCodes.RenewFiling, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion }, bill.Checklist);
    }

    [Fact]
    public void TemporaryFiling_SettlesAtAReducedRatio()
    {
        var temporary = LongTerm() with { Reason = FilingReason.OtherTemporary, ValidUntil = D("2025-06-30") };

        var bill = Desk.Checkout(Visit(temporary, new EncounterItem { Code = "A01", Amount = 100m, InCatalog = true }));

        Assert.True(bill.SettledDirectly);
        Assert.Equal(50m, bill.PatientPaysNow); // 30% share + 20 points
    }

    [Fact]
    public void ItemsOutsideTheCatalogue_AreCollectedOnTopEvenWhenTheVisitSettles()
    {
        var bill = Desk.Checkout(Visit(LongTerm(),
            new EncounterItem { Code = "A01", Amount = 100m, InCatalog = true },
            new EncounterItem { Code = "B07", Amount = 980m, InCatalog = false }));

        Assert.True(bill.SettledDirectly);
        Assert.Equal(980m, bill.SelfPaid);
        Assert.Equal(1010m, bill.PatientPaysNow);
    }
}
