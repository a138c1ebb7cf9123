using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests;

/// <summary>
/// Every scenario the source articles describe (docs/sources in the shared domain reference), as a case and its
/// expected decision. Each test names its source file.
/// </summary>
public class AcceptanceTests
{
    private const string Source000 = "000_7e76221ea579444a.txt";
    private const string Source001 = "001_70b259937144cc98.txt";
    private const string Source002 = "002_0eb513e9e6aaf910.txt";
    private const string Source003 = "003_e4e3db67bf885c51.txt";

    private static readonly RegionCode Pingyi = RegionCode.Parse("371326");
    private static readonly RegionCode Shanghai = RegionCode.Parse("310000");
    private static readonly RegionCode ShanghaiDistrict = RegionCode.Parse("310104");
    private static readonly RegionCode Hechi = RegionCode.Parse("451200");
    private static readonly RegionCode Liuzhou = RegionCode.Parse("450200");

    /// <summary>A 平邑 employee with a valid long-term filing to 上海.</summary>
    private static CaseBuilder PingyiEmployeeInShanghai() => CrossProvinceOutpatient()
        .InsuredIn(Pingyi)
        .WithFilings(Filing("F1", FilingReason.ResidentWorker, Shanghai, "2024-01-01"))
        .AtHospital(h => h with { Region = ShanghaiDistrict });

    [Fact]
    [Trait("source", Source000)]
    public void ChangshaToWuhan_SixMonthTemporaryFilingExpired_PaysThenClaims()
    {
        // 长沙 insured, temporary filing to 武汉, follow-up visit half a year later.
        var c = CrossProvinceOutpatient().WithFilings(Filing("F1", FilingReason.OtherTemporary, Wuhan, "2024-08-01")).On("2025-02-10");

        var d = c.Evaluate();

        Assert.Equal(Outcome.PayThenClaim, d.Outcome);
        Assert.Equal(new[] { FindingCodes.FilingExpired, FindingCodes.FilingRetroactiveAsk }, d.Codes());
        Assert.Contains("2025-01-31", d.Findings[0].Message);
        Assert.Contains(d.Findings[0].Remedies, r => r.Code == RemedyCodes.RenewFiling);
    }

    [Fact]
    [Trait("source", Source000)]
    public void Shiyan_TemporaryFilingsLastSixMonths()
    {
        var c = CrossProvinceOutpatient().InsuredIn(RegionCode.Parse("420300"))
            .WithFilings(Filing("F1", FilingReason.OtherTemporary, Hangzhou, "2024-09-01"))
            .AtHospital(h => h with { Region = Xihu });

        Assert.Equal(Outcome.DirectReducedRate, c.On("2025-02-28").Evaluate().Outcome);
        Assert.Contains("city Shiyan (420300)", c.On("2025-03-01").Evaluate().Single(FindingCodes.FilingExpired).Basis);
    }

    [Fact]
    [Trait("source", Source000)]
    public void Xihu_FilingForANeighbouringPoolingRegion_RefilesTheRightOne()
    {
        var c = CrossProvinceOutpatient()
            .WithFilings(Filing("F1", FilingReason.LongTermResident, Huzhou, "2024-01-01"))
            .AtHospital(h => h with { Region = Xihu });

        var d = c.Evaluate();

        Assert.Equal(Outcome.PayThenClaim, d.Outcome);
        var f = d.Single(FindingCodes.FilingWrongRegion);
        Assert.Contains("330500", f.Message);
        Assert.Contains("330100", f.Message);
        Assert.Equal(RemedyCodes.RefileCorrectRegion, f.Remedies[0].Code);

        // Re-filed for 杭州 (precise to the city): settles.
        Assert.Equal(Outcome.Direct, c.WithFiling(x => x with { DestinationRegion = Hangzhou }).Evaluate().Outcome);
    }

    [Fact]
    [Trait("source", Source000)]
    public void Pingyi_OutpatientAtAnInpatientOnlyShanghaiHospital_CannotSettle()
    {
        var d = PingyiEmployeeInShanghai().WithServices(_ => new CrossRegionServices { GeneralOutpatient = false, Inpatient = true }).Evaluate();

        Assert.Equal(Outcome.PayThenClaim, d.Outcome);
        var f = Assert.Single(d.Findings);
        Assert.Equal(FindingCodes.HospitalServiceNotOpen, f.Code);
        // Asked at the visit: another hospital helps only the next one.
        Assert.Equal(new[] { RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion, RemedyCodes.ChooseNetworkedHospital }, f.Remedies.Select(r => r.Code));
        Assert.Equal(RemedyRole.NextTime, f.Remedies[2].Role);
        Assert.NotNull(f.NoFix);
    }

    [Fact]
    [Trait("source", Source000)]
    public void SmallClinicNotNetworked_FiledButSelfPaid()
    {
        var d = PingyiEmployeeInShanghai().WithServices(_ => new CrossRegionServices { GeneralOutpatient = false, Inpatient = false }).Evaluate();

        Assert.Equal(new[] { FindingCodes.HospitalNotNetworked }, d.Codes());
    }

    [Fact]
    [Trait("source", Source000)]
    public void RheumatoidArthritisWithoutQualification_NotReimbursed()
    {
        var d = CrossProvinceOutpatient().WithoutQualification(Conditions.RheumatoidArthritis).On("2025-06-01").Evaluate();

        Assert.Equal(Outcome.NotReimbursable, d.Outcome);
        Assert.Equal(new[] { FindingCodes.QualificationMissing }, d.Codes());
        Assert.Contains("rheumatoid arthritis", d.Findings[0].Message);
    }

    [Fact]
    [Trait("source", Source000)]
    public void TenConditionsIncludingCoronaryHeartDisease_SettleAcrossProvincesIn2025()
    {
        var d = CrossProvinceOutpatient().WithChronicCondition(Conditions.CoronaryHeartDisease).On("2025-06-01").Evaluate();

        Assert.Equal(Outcome.Direct, d.Outcome);
    }

    [Fact]
    [Trait("source", Source000)]
    public void SelfPaidDrugsAndHighEndTests_AreNeverReimbursed()
    {
        var d = CrossProvinceOutpatient().WithItems(Item("A01"), Item("B07", inCatalog: false, amount: 980m)).Evaluate();

        Assert.Equal(Outcome.Direct, d.Outcome);
        Assert.Equal(new[] { "B07" }, d.SelfPayItems);
        Assert.Contains(d.Single(FindingCodes.ItemsOutsideCatalog).Remedies, r => r.Code == RemedyCodes.AskForCatalogItems);
    }

    [Fact]
    [Trait("source", Source000)]
    public void DamagedChip_PaysInFull_UnlessTheEVoucherIsUsed()
    {
        var damaged = CrossProvinceOutpatient().WithPerson(p => p with { Card = CardStatus.ChipDamaged });

        Assert.Equal(new[] { FindingCodes.CardUnusable }, damaged.Evaluate().Codes());
        Assert.Equal(Outcome.PayThenClaim, damaged.Evaluate().Outcome);
        Assert.Equal(Outcome.Direct, damaged.WithPerson(p => p with { EVoucherActivated = true }).Evaluate().Outcome);
    }

    [Fact]
    [Trait("source", Source000)]
    public void Pingyi_ThreeMonthLapse_PaysInFullDespiteTheFiling()
    {
        var d = PingyiEmployeeInShanghai().WithPerson(p => p with { Contribution = new Contribution { Status = ContributionStatus.Lapsed } }).Evaluate();

        Assert.Equal(Outcome.NotReimbursable, d.Outcome);
        Assert.Equal(new[] { FindingCodes.ContributionLapsed }, d.Codes());
        Assert.Equal(RemedyCodes.PayArrears, d.Findings[0].Remedies[0].Code);
    }

    [Fact]
    [Trait("source", Source000)]
    public void NameOrIdNotMatchingTheRegistry_CorrectVia12393()
    {
        var d = CrossProvinceOutpatient().WithPerson(p => p with { IdentityVerified = false }).Evaluate(Languages.Chinese);

        Assert.Contains("12393", d.Single(FindingCodes.IdentityMismatch).Remedies[0].Text);
    }

    [Fact]
    [Trait("source", Source000)]
    public void PersonalAccountPermissionOff_WhereRequired_NoDirectSettlement()
    {
        var evaluator = WithPack(Pack("430100", "personalAccountPermissionRequired", "true"));

        var d = evaluator.Evaluate(CrossProvinceOutpatient().WithPerson(p => p with { PersonalAccountPaymentEnabled = false }));

        Assert.Equal(new[] { FindingCodes.PersonalAccountNotEnabled }, d.Codes());
    }

    [Fact]
    [Trait("source", Source000)]
    public void AdmittedWithoutFiling_FileBeforeDischarge()
    {
        var c = CrossProvinceOutpatient().WithFilings().WithEncounter(e => e with { Setting = CareSetting.Inpatient, DischargeDate = D("2025-03-20") });

        var d = c.Evaluate(asOf: "2025-03-12");

        Assert.Equal(new[] { FindingCodes.FilingMissing, FindingCodes.FilingRetroactiveAvailable }, d.Codes());
        Assert.Contains("before discharge", d.Single(FindingCodes.FilingRetroactiveAvailable).Message);
    }

    [Fact]
    [Trait("source", Source001)]
    public void QualifiedConditionOutsideTheFive_PayInFullAndClaimAtHome()
    {
        var d = CrossProvinceOutpatient().WithChronicCondition(Conditions.Copd).On("2024-06-01").Evaluate();

        Assert.Equal(Outcome.PayThenClaim, d.Outcome);
        var f = d.Single(FindingCodes.ConditionNotCrossProvince);
        Assert.Contains(f.Remedies, r => r.Code == RemedyCodes.ClaimAtInsuredRegion);
        Assert.Contains("general outpatient", f.Message);
    }

    [Fact]
    [Trait("source", Source001)]
    public void FiveConditions_SettleAcrossProvincesAtAnOpenedHospital()
    {
        foreach (var condition in new[] { Conditions.Hypertension, Conditions.Diabetes, Conditions.CancerOutpatientTherapy, Conditions.UremiaDialysis, Conditions.OrganTransplantAntiRejection })
        {
            Assert.Equal(Outcome.Direct, CrossProvinceOutpatient().WithChronicCondition(condition).On("2024-06-01").Evaluate().Outcome);
        }
    }

    [Fact]
    [Trait("source", Source001)]
    public void BackHomeWithACommitmentOnlyFiling_SupplementMaterials()
    {
        var c = LocalOutpatient().WithFilings(Filing("F1", FilingReason.LongTermResident, Wuhan, "2024-01-01", basis: FilingBasis.Commitment));

        Assert.Equal(new[] { FindingCodes.HomeSettlementNeedsMaterials }, c.Evaluate().Codes());
        Assert.Equal(Outcome.Direct, c.WithFiling(f => f with { Basis = FilingBasis.CommitmentSupplemented }).Evaluate().Outcome);
    }

    [Fact]
    [Trait("source", Source002)]
    public void Guangxi_HechiChronicPatientInNanning_NoFilingNeeded()
    {
        var c = CrossProvinceOutpatient().InsuredIn(Hechi).WithFilings()
            .AtHospital(h => h with { Region = RegionCode.Parse("450103") })
            .WithChronicCondition(Conditions.Diabetes)
            .On("2025-05-01");

        var d = c.Evaluate();

        Assert.Equal(Outcome.Direct, d.Outcome);
        Assert.Equal(new[] { FindingCodes.FilingExemptIntraProvince }, d.Codes());
    }

    [Fact]
    [Trait("source", Source002)]
    public void Guangxi_InpatientInLiuzhou_NoFilingNeeded()
    {
        var d = CrossProvinceOutpatient().InsuredIn(Hechi).WithFilings()
            .AtHospital(h => h with { Region = Liuzhou })
            .WithEncounter(e => e with { Setting = CareSetting.Inpatient, Date = D("2025-07-01"), DischargeDate = D("2025-07-09") })
            .Evaluate();

        Assert.Equal(Outcome.Direct, d.Outcome);
    }

    [Fact]
    [Trait("source", Source002)]
    public void Guangxi_CrossProvince_NeedsAFilingAndAHospitalThatOpenedTheCondition()
    {
        var unfiled = CrossProvinceOutpatient().InsuredIn(Hechi).WithFilings().WithChronicCondition(Conditions.Diabetes).On("2025-05-01");

        Assert.Contains(FindingCodes.FilingMissing, unfiled.Evaluate().Codes());

        var filed = unfiled.WithFilings(Filing("F1", FilingReason.LongTermResident, Wuhan, "2025-01-01"))
            .WithServices(s => s with { ChronicConditions = new[] { Conditions.Hypertension } });
        Assert.Equal(new[] { FindingCodes.HospitalConditionNotOpen }, filed.Evaluate().Codes());
    }

    [Fact]
    [Trait("source", Source002)]
    public void Guangxi_IntraProvinceHospitalWithoutTheCondition_PaysThenClaims()
    {
        var d = CrossProvinceOutpatient().InsuredIn(Hechi).WithFilings()
            .AtHospital(h => h with { Region = RegionCode.Parse("450103") })
            .WithChronicCondition(Conditions.Diabetes)
            .WithServices(s => s with { ChronicConditions = new[] { Conditions.Hypertension } })
            .On("2025-05-01")
            .Evaluate();

        Assert.Equal(Outcome.PayThenClaim, d.Outcome);
        Assert.Contains(FindingCodes.HospitalConditionNotOpen, d.Codes());
    }

    [Fact]
    [Trait("source", Source003)]
    public void Datong_LongTermResident_SettlesBothWays()
    {
        var home = Rules.TwoWaySettlementRuleTests.DatongResidentBackHome(FilingBasis.Commitment);
        var away = home.AtHospital(h => h with { Region = RegionCode.Parse("110105") });

        Assert.Equal(Outcome.Direct, home.Evaluate().Outcome);
        Assert.Equal(Outcome.Direct, away.Evaluate().Outcome);
    }

    [Fact]
    [Trait("source", Source003)]
    public void Datong_SpecialOutpatient_NeedsAHospitalThatOpenedIt()
    {
        var c = Rules.TwoWaySettlementRuleTests.DatongResidentBackHome(FilingBasis.Materials)
            .AtHospital(h => h with { Region = RegionCode.Parse("110105") })
            .WithChronicCondition(Conditions.UremiaDialysis)
            .WithServices(s => s with { ChronicConditions = new[] { Conditions.Hypertension } });

        Assert.Equal(new[] { FindingCodes.HospitalConditionNotOpen }, c.Evaluate().Codes());
    }
}
