using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Rules;

public class QualificationMissingRuleTests
{
    [Fact]
    public void ChronicVisitWithoutQualification_Fires_NotReimbursable()
    {
        var d = CrossProvinceOutpatient().WithoutQualification(Conditions.Hypertension).Evaluate();

        var f = d.Single(FindingCodes.QualificationMissing);
        Assert.Equal(Outcome.NotReimbursable, d.Outcome);
        Assert.Equal(Cause.Coverage, f.Cause);
        Assert.Equal(RemedyCodes.ObtainQualification, Assert.Single(f.Remedies).Code);
    }

    [Fact]
    public void QualificationForAnotherCondition_Fires()
    {
        var d = CrossProvinceOutpatient().WithChronicCondition(Conditions.Hypertension).Build()
            with { Qualifications = new[] { new Qualification { Condition = Conditions.Diabetes, ValidFrom = D("2020-01-01") } } };

        Assert.Contains(FindingCodes.QualificationMissing, d.Evaluate().Codes());
    }

    [Fact]
    public void QualificationEndingTheDayBefore_Fires_EndingThatDay_DoesNot()
    {
        var c = CrossProvinceOutpatient().WithChronicCondition(Conditions.Hypertension);
        var endsBefore = c.Build() with { Qualifications = new[] { new Qualification { Condition = Conditions.Hypertension, ValidFrom = D("2024-01-01"), ValidUntil = D("2025-03-09") } } };
        var endsThatDay = c.Build() with { Qualifications = new[] { new Qualification { Condition = Conditions.Hypertension, ValidFrom = D("2024-01-01"), ValidUntil = D("2025-03-10") } } };

        Assert.Contains(FindingCodes.QualificationMissing, endsBefore.Evaluate().Codes());
        Assert.Equal(Outcome.Direct, endsThatDay.Evaluate().Outcome);
    }

    [Fact]
    public void LocalChronicVisit_StillNeedsAQualification()
    {
        Assert.Contains(FindingCodes.QualificationMissing, LocalOutpatient().WithoutQualification(Conditions.Diabetes).Evaluate().Codes());
    }

    [Fact]
    public void GeneralOutpatientVisit_NeedsNoQualification()
    {
        Assert.Equal(Outcome.Direct, CrossProvinceOutpatient().Evaluate().Outcome);
    }
}

public class ConditionNotCrossProvinceRuleTests
{
    [Fact]
    public void ConditionOutsideTheList_CrossProvince_Fires()
    {
        var d = CrossProvinceOutpatient().WithChronicCondition("parkinsons").Evaluate();

        var f = d.Single(FindingCodes.ConditionNotCrossProvince);
        Assert.Equal(Outcome.PayThenClaim, f.Caps);
        Assert.Contains("chronic conditions settled across provinces: hypertension, diabetes", f.Basis);
    }

    [Fact]
    public void ListChangeDate_CopdOutsideTheFiveBefore_InsideTheTenFrom()
    {
        var c = CrossProvinceOutpatient().WithChronicCondition(Conditions.Copd);

        Assert.Contains(FindingCodes.ConditionNotCrossProvince, c.On("2025-02-28").Evaluate().Codes());
        Assert.DoesNotContain(FindingCodes.ConditionNotCrossProvince, c.On("2025-03-01").Evaluate().Codes());
    }

    [Fact]
    public void ConditionOnTheFirstList_NeverFires()
    {
        Assert.Equal(Outcome.Direct, CrossProvinceOutpatient().WithChronicCondition(Conditions.CancerOutpatientTherapy).On("2024-06-01").Evaluate().Outcome);
    }

    [Fact]
    public void Message_TellsToPayFirstThenClaim_InSource001sOrder()
    {
        var d = CrossProvinceOutpatient().WithChronicCondition("parkinsons").Evaluate(Languages.Chinese);

        Assert.EndsWith("需先全额垫付，再回参保地手工报销。", d.Single(FindingCodes.ConditionNotCrossProvince).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("parkinsons", true, true)] // qualified, outside the list: not as general outpatient either
    [InlineData("parkinsons", false, false)] // not qualified: an ordinary outpatient visit
    [InlineData(Conditions.Hypertension, true, false)] // on the list
    public void QualifiedConditionBilledAsGeneralOutpatient_CrossProvince(string condition, bool qualified, bool fires)
    {
        var c = (qualified ? CrossProvinceOutpatient().WithChronicCondition(condition) : CrossProvinceOutpatient().WithoutQualification(condition)).WithEncounter(e => e with { Setting = CareSetting.GeneralOutpatient });

        var d = c.Evaluate();

        Assert.Equal(fires, d.Codes().Contains(FindingCodes.ConditionNotCrossProvince));
        Assert.Equal(fires ? Outcome.PayThenClaim : Outcome.Direct, d.Outcome);
        Assert.Equal(fires, d.Findings.Any(f => f.Rule == "coverage.condition-billed-as-outpatient"));
    }

    [Fact]
    public void QualifiedConditionBilledAsGeneralOutpatient_IntraProvince_DoesNotFire()
    {
        var d = CrossProvinceOutpatient().InsuredIn(RegionCode.Parse("420300")).WithChronicCondition("parkinsons")
            .WithEncounter(e => e with { Setting = CareSetting.GeneralOutpatient }).Evaluate();

        Assert.DoesNotContain(FindingCodes.ConditionNotCrossProvince, d.Codes());
    }

    [Fact]
    public void IntraProvince_ConditionOutsideTheList_DoesNotFire()
    {
        var d = CrossProvinceOutpatient().InsuredIn(RegionCode.Parse("420300")).WithChronicCondition("parkinsons").Evaluate();

        Assert.DoesNotContain(FindingCodes.ConditionNotCrossProvince, d.Codes());
    }
}

public class ItemsOutsideCatalogRuleTests
{
    [Fact]
    public void SomeItemsOutside_Warning_ListedAsSelfPay()
    {
        var d = CrossProvinceOutpatient().WithItems(Item("A01"), Item("B07", inCatalog: false), Item("B02", inCatalog: false)).Evaluate();

        var f = d.Single(FindingCodes.ItemsOutsideCatalog);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Null(f.Caps);
        Assert.Equal(Outcome.Direct, d.Outcome);
        Assert.Equal(new[] { "B02", "B07" }, d.SelfPayItems);
        Assert.Equal(new[] { "encounter", "item:B02", "item:B07" }, f.Facts);
    }

    [Fact]
    public void AllItemsOutside_NotReimbursable()
    {
        var d = CrossProvinceOutpatient().WithItems(Item("B07", inCatalog: false)).Evaluate();

        Assert.Equal(Outcome.NotReimbursable, d.Outcome);
        Assert.Equal(Severity.Blocking, d.Single(FindingCodes.ItemsOutsideCatalog).Severity);
    }

    [Fact]
    public void AllItemsInside_OrNoItems_DoesNotFire()
    {
        Assert.Empty(CrossProvinceOutpatient().Evaluate().Findings);
        Assert.Empty(CrossProvinceOutpatient().WithItems().Evaluate().Findings);
    }

    [Fact]
    public void LocalVisit_ItemsOutsideStillSelfPaid()
    {
        Assert.Equal(new[] { "X1" }, LocalOutpatient().WithItems(Item("A01"), Item("X1", inCatalog: false)).Evaluate().SelfPayItems);
    }
}
