using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Tests.Model;

public class CaseValidatorTests
{
    private static IReadOnlyList<InputError> Errors(SettlementCase c) => Evaluator.Validate(c);

    [Fact]
    public void ValidCase_NoErrors()
    {
        Assert.Empty(Errors(CrossProvinceOutpatient()));
    }

    [Fact]
    public void InvalidCase_EvaluateThrowsWithEveryProblem()
    {
        var c = CrossProvinceOutpatient()
            .WithFiling(f => f with { ValidFrom = D("2025-02-01"), ValidUntil = D("2025-01-31") })
            .WithEncounter(e => e with { Setting = CareSetting.ChronicOutpatient, Condition = null })
            .With(c => c with { Person = c.Person with { InsuredRegion = default } });

        var e = Assert.Throws<InvalidCaseException>(() => Evaluator.Evaluate(c));

        Assert.Equal(
            new[] { ("person.insuredRegion", InputErrorCodes.Required), ("filings[0].validUntil", InputErrorCodes.DateBeforeStart), ("encounter.condition", InputErrorCodes.ConditionRequired) },
            e.Errors.Select(x => (x.Path, x.Code)));
        Assert.Contains("filings[0].validUntil", e.Message);
    }

    [Fact]
    public void MissingParts_AreRequired()
    {
        var c = new SettlementCase { Person = null!, Hospital = null!, Encounter = null!, Filings = null!, Qualifications = null! };

        Assert.Equal(
            new[] { "person", "filings", "qualifications", "hospital", "encounter" },
            Errors(c).Select(e => e.Path));
        Assert.All(Errors(c), e => Assert.Equal(InputErrorCodes.Required, e.Code));
    }

    [Fact]
    public void NullCase_IsRequired()
    {
        Assert.Equal(InputErrorCodes.Required, Assert.Single(Evaluator.Validate(null!)).Code);
    }

    [Fact]
    public void UnknownEnumValues_AreReportedWithTheirPaths()
    {
        var c = CrossProvinceOutpatient()
            .WithPerson(p => p with { Scheme = (InsuranceScheme)9, Card = 0, Contribution = new Contribution { Status = (ContributionStatus)42 } })
            .WithFiling(f => f with { Reason = (FilingReason)0, Status = (FilingStatus)7, Basis = (FilingBasis)8 })
            .WithEncounter(e => e with { Setting = (CareSetting)99 });

        Assert.Equal(
            new[] { "person.scheme", "person.card", "person.contribution.status", "filings[0].reason", "filings[0].status", "filings[0].basis", "encounter.setting" },
            Errors(c).Select(e => e.Path));
        // An enum left at 0 (no member has 0) is a forgotten member: REQUIRED; any other undefined value: UNKNOWN_VALUE.
        Assert.Equal(
            new[] { "UNKNOWN_VALUE", "REQUIRED", "UNKNOWN_VALUE", "REQUIRED", "UNKNOWN_VALUE", "UNKNOWN_VALUE", "UNKNOWN_VALUE" },
            Errors(c).Select(e => e.Code));
    }

    [Fact]
    public void DuplicateFilingIds_AndBlankIds_Reported()
    {
        var c = CrossProvinceOutpatient().WithFilings(
            Filing("F1", FilingReason.Referral, Wuhan, "2025-01-01"),
            Filing("F1", FilingReason.Referral, Wuhan, "2025-02-01"),
            Filing(" ", FilingReason.Referral, Wuhan, "2025-02-01"));

        Assert.Equal(new[] { ("filings[1].id", InputErrorCodes.DuplicateId), ("filings[2].id", InputErrorCodes.Required) }, Errors(c).Select(e => (e.Path, e.Code)));
    }

    [Fact]
    public void NullElements_AndNullNestedParts_Reported()
    {
        var c = CrossProvinceOutpatient()
            .WithFilings(new Filing[] { null! })
            .WithItems(null!, Item("A"))
            .WithServices(s => s with { ChronicConditions = null! })
            .WithPerson(p => p with { Contribution = null! })
            .Build() with { Qualifications = new Qualification[] { null! } };

        Assert.Equal(
            new[] { "person.contribution", "filings[0]", "qualifications[0]", "hospital.crossRegionServices.chronicConditions", "encounter.items[0]" },
            Errors(c).Select(e => e.Path));
    }

    [Fact]
    public void BadConditions_NegativeAmounts_MissingDates_Reported()
    {
        var c = CrossProvinceOutpatient()
            .WithChronicCondition("Not An Identifier")
            .WithItems(Item("A", amount: -1m), Item(""))
            .WithFiling(f => f with { ValidFrom = default })
            .Build() with { Qualifications = new[] { new Qualification { Condition = "x-y", ValidFrom = D("2024-01-01") } } };

        var errors = Errors(c).Select(e => (e.Path, e.Code)).ToArray();

        Assert.Contains(("filings[0].validFrom", InputErrorCodes.Required), errors);
        Assert.Contains(("qualifications[0].condition", InputErrorCodes.InvalidCondition), errors);
        Assert.Contains(("hospital.crossRegionServices.chronicConditions[2]", InputErrorCodes.InvalidCondition), errors);
        Assert.Contains(("encounter.condition", InputErrorCodes.InvalidCondition), errors);
        Assert.Contains(("encounter.items[0].amount", InputErrorCodes.OutOfRange), errors);
        Assert.Contains(("encounter.items[1].code", InputErrorCodes.Required), errors);
    }

    [Fact]
    public void DischargeBeforeAdmission_Reported()
    {
        var c = CrossProvinceOutpatient().WithEncounter(e => e with { Setting = CareSetting.Inpatient, DischargeDate = D("2025-03-09") });

        Assert.Equal(("encounter.dischargeDate", InputErrorCodes.DateBeforeStart), Errors(c).Select(e => (e.Path, e.Code)).Single());
    }

    [Fact]
    public void HugeCollections_AreRejectedNotEvaluated()
    {
        var c = CrossProvinceOutpatient().WithItems(Enumerable.Range(0, 10_001).Select(i => Item("I" + i)).ToArray());

        Assert.Equal(("encounter.items", InputErrorCodes.TooLarge), Errors(c).Select(e => (e.Path, e.Code)).Single());
    }

    [Fact]
    public void Messages_NeverContainCaseValues()
    {
        var marker = "ZZSECRET";
        var c = CrossProvinceOutpatient()
            .WithFilings(Filing(marker, FilingReason.Referral, Wuhan, "2025-02-01", "2025-01-01"), Filing(marker, FilingReason.Referral, Wuhan, "2025-01-01"))
            .AtHospital(h => h with { Id = marker, Name = marker })
            .WithItems(Item(marker, amount: -5m))
            .WithChronicCondition(marker + " x");

        var e = Assert.Throws<InvalidCaseException>(() => Evaluator.Evaluate(c));

        Assert.NotEmpty(e.Errors);
        Assert.DoesNotContain(marker, e.Message);
        Assert.All(e.Errors, x => Assert.DoesNotContain(marker, x.Message));
    }

    [Fact]
    public void HospitalName_NeverAppearsInADecision()
    {
        var d = CrossProvinceOutpatient().AtHospital(h => h with { Name = "ZZNAME" }).WithServices(_ => new CrossRegionServices { GeneralOutpatient = false, Inpatient = false }).Evaluate();

        Assert.DoesNotContain("ZZNAME", System.Text.Json.JsonSerializer.Serialize(d));
    }

    [Fact]
    public void DesignatedHospitals_NeedIds()
    {
        var c = CrossProvinceOutpatient().Build() with
        {
            Qualifications = new[] { new Qualification { Condition = Conditions.Hypertension, ValidFrom = D("2020-01-01"), DesignatedHospitals = new[] { "H7", " " } } },
        };

        var error = Assert.Single(Evaluator.Validate(c));
        Assert.Equal("qualifications[0].designatedHospitals[1]", error.Path);
        Assert.Equal(InputErrorCodes.Required, error.Code);
    }
}
