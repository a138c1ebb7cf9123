using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Rules;

public class HospitalNotNetworkedRuleTests
{
    [Fact]
    public void NoServiceOpen_Fires()
    {
        var d = CrossProvinceOutpatient().WithServices(_ => new CrossRegionServices { GeneralOutpatient = false, Inpatient = false }).Evaluate();

        var f = d.Single(FindingCodes.HospitalNotNetworked);
        Assert.Equal(new[] { "hospital", "encounter" }, f.Facts);
        Assert.Equal(Outcome.PayThenClaim, d.Outcome);
        Assert.Contains(f.Remedies, r => r.Code == RemedyCodes.ChooseNetworkedHospital);
        Assert.DoesNotContain(FindingCodes.HospitalServiceNotOpen, d.Codes());
    }

    [Fact]
    public void LocalVisitAtAnUnnetworkedHospital_DoesNotFire()
    {
        Assert.Empty(LocalOutpatient().Evaluate().Findings);
    }

    [Fact]
    public void AtRuleLevel_ItNeedsOnlyTheScopeRule_AndFiresOnTheHospitalAndTheVisit()
    {
        var evaluator = RulesCore.Testing.RuleTest.For(typeof(RulesCore.Settlement.Rules.HospitalNotNetworkedRule));

        var d = evaluator.Evaluate(CrossProvinceOutpatient().WithServices(_ => new CrossRegionServices { GeneralOutpatient = false, Inpatient = false }));

        Assert.Equal(new[] { "filing.scope", "hospital.not-networked" }, evaluator.Rules.Select(r => r.Id).OrderBy(x => x, StringComparer.Ordinal));
        RulesCore.Testing.SettlementAssert.HasExactlyFindings(d, FindingCodes.HospitalNotNetworked);
        RulesCore.Testing.SettlementAssert.RuleDidNotFire(evaluator.Evaluate(LocalOutpatient().WithServices(_ => new CrossRegionServices { GeneralOutpatient = false, Inpatient = false })), "hospital.not-networked");
    }

    [Fact]
    public void OnlyAChronicConditionOpen_CountsAsNetworked()
    {
        var d = CrossProvinceOutpatient().WithServices(_ => new CrossRegionServices { GeneralOutpatient = false, Inpatient = false, ChronicConditions = new[] { Conditions.Diabetes } }).Evaluate();

        Assert.Equal(new[] { FindingCodes.HospitalServiceNotOpen }, d.Codes());
    }
}

public class HospitalServiceNotOpenRuleTests
{
    [Fact]
    public void InpatientOnlyHospital_OutpatientVisit_Fires()
    {
        var d = CrossProvinceOutpatient().WithServices(s => s with { GeneralOutpatient = false }).Evaluate();

        Assert.Contains("general outpatient", d.Single(FindingCodes.HospitalServiceNotOpen).Message);
    }

    [Fact]
    public void OutpatientOnlyHospital_InpatientVisit_Fires()
    {
        var d = CrossProvinceOutpatient().WithServices(s => s with { Inpatient = false })
            .WithEncounter(e => e with { Setting = CareSetting.Inpatient }).Evaluate();

        Assert.Contains("inpatient", d.Single(FindingCodes.HospitalServiceNotOpen).Message);
    }

    [Theory]
    [InlineData(true, true, false)]
    [InlineData(false, true, false)]
    [InlineData(true, false, true)] // emergency is outpatient care (普通门（急）诊): an inpatient-only hospital does not settle it
    public void Emergency_NeedsGeneralOutpatientOpened(bool inpatient, bool outpatient, bool fires)
    {
        var d = CrossProvinceOutpatient().WithServices(s => s with { Inpatient = inpatient, GeneralOutpatient = outpatient })
            .WithEncounter(e => e with { Setting = CareSetting.Emergency }).Evaluate();

        Assert.Equal(fires, d.Codes().Contains(FindingCodes.HospitalServiceNotOpen));
        Assert.Equal(fires ? Outcome.PayThenClaim : Outcome.Direct, d.Outcome);
    }

    [Fact]
    public void Emergency_AtAChronicOnlyHospital_Fires()
    {
        var d = CrossProvinceOutpatient().WithServices(s => s with { Inpatient = false, GeneralOutpatient = false })
            .WithEncounter(e => e with { Setting = CareSetting.Emergency }).Evaluate();

        Assert.Contains(FindingCodes.HospitalServiceNotOpen, d.Codes());
    }

    [Fact]
    public void ChronicVisit_IsJudgedByConditionNotByService()
    {
        var d = CrossProvinceOutpatient().WithChronicCondition(Conditions.Hypertension).WithServices(s => s with { GeneralOutpatient = false, Inpatient = false }).Evaluate();

        Assert.Equal(Outcome.Direct, d.Outcome);
    }
}

public class HospitalConditionNotOpenRuleTests
{
    [Fact]
    public void ConditionNotOpened_Fires()
    {
        var c = CrossProvinceOutpatient().WithChronicCondition(Conditions.UremiaDialysis)
            .WithServices(s => s with { ChronicConditions = new[] { Conditions.Hypertension } });

        Assert.Contains("dialysis", c.Evaluate().Single(FindingCodes.HospitalConditionNotOpen).Message);
        Assert.Contains("尿毒症透析", c.Evaluate(Languages.Chinese).Single(FindingCodes.HospitalConditionNotOpen).Message);
    }

    [Fact]
    public void ConditionOpened_DoesNotFire()
    {
        Assert.Equal(Outcome.Direct, CrossProvinceOutpatient().WithChronicCondition(Conditions.Diabetes).Evaluate().Outcome);
    }

    [Fact]
    public void LocalChronicVisit_DoesNotFire()
    {
        var d = LocalOutpatient().WithChronicCondition(Conditions.Diabetes).WithServices(s => s with { ChronicConditions = Array.Empty<string>() }).Evaluate();

        Assert.Equal(Outcome.Direct, d.Outcome);
    }
}

public class HospitalIntraProvinceOnlyRuleTests
{
    [Fact]
    public void CrossProvincePatient_Fires()
    {
        var d = CrossProvinceOutpatient().WithServices(s => s with { IntraProvinceOnly = true }).Evaluate();

        Assert.Equal(new[] { FindingCodes.HospitalIntraProvinceOnly }, d.Codes());
    }

    [Fact]
    public void SameProvincePatient_DoesNotFire()
    {
        var d = CrossProvinceOutpatient().InsuredIn(RegionCode.Parse("420300"))
            .WithServices(s => s with { IntraProvinceOnly = true }).Evaluate();

        Assert.Equal(Outcome.Direct, d.Outcome);
    }

    [Fact]
    public void UnnetworkedHospital_ReportsOnlyNotNetworked()
    {
        var d = CrossProvinceOutpatient().WithServices(_ => new CrossRegionServices { GeneralOutpatient = false, Inpatient = false, IntraProvinceOnly = true }).Evaluate();

        Assert.Equal(new[] { FindingCodes.HospitalNotNetworked }, d.Codes());
    }
}

public class HospitalNotSelectedRuleTests
{
    private static CaseBuilder ChronicAt(params string[]? designated) =>
        CrossProvinceOutpatient().WithChronicCondition(Conditions.Hypertension).Build() is var c
            ? Cases.From(c with { Qualifications = new[] { c.Qualifications[0] with { DesignatedHospitals = designated } } })
            : throw new InvalidOperationException();

    [Fact]
    public void HospitalNotAmongTheSelected_Fires()
    {
        var d = ChronicAt("H7", "H9").Evaluate();

        var f = d.Single(FindingCodes.HospitalNotSelected);
        Assert.Equal(Outcome.PayThenClaim, d.Outcome);
        Assert.Equal(Cause.Hospital, f.Cause);
        Assert.Equal("This hospital is not among the hospitals you selected for hypertension.", f.Message);
        Assert.Equal(RemedyCodes.ChangeDesignatedHospital, f.Remedies[^1].Code);
        Assert.Equal(RemedyRole.NextTime, f.Remedies[^1].Role);
        Assert.Equal(RemedyCodes.ChangeDesignatedHospital, ChronicAt("H7", "H9").AsOf("2025-03-01").Evaluate().Single(FindingCodes.HospitalNotSelected).Remedies[0].Code);
    }

    [Fact]
    public void SelectedHospital_OrSelectionUnknown_DoesNotFire()
    {
        Assert.Equal(Outcome.Direct, ChronicAt("H7", "H1").Evaluate().Outcome);
        Assert.Equal(Outcome.Direct, ChronicAt(null).Evaluate().Outcome);
    }

    [Fact]
    public void AnotherValidQualificationThatAllowsTheHospital_Wins()
    {
        var c = ChronicAt("H7").Build();
        c = c with { Qualifications = c.Qualifications.Append(c.Qualifications[0] with { DesignatedHospitals = null }).ToArray() };

        Assert.DoesNotContain(FindingCodes.HospitalNotSelected, c.Evaluate().Codes());
    }

    [Fact]
    public void LocalChronicVisit_DoesNotFire()
    {
        var c = LocalOutpatient().WithChronicCondition(Conditions.Hypertension).Build();
        c = c with { Qualifications = new[] { c.Qualifications[0] with { DesignatedHospitals = new[] { "H7" } } } };

        Assert.DoesNotContain(FindingCodes.HospitalNotSelected, c.Evaluate().Codes());
    }
}
