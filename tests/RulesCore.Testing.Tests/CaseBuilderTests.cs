using RulesCore.Settlement;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Testing.Tests;

public class CaseBuilderTests
{
    private static readonly SettlementEvaluator Evaluator = new();

    private static SettlementDecision Evaluate(CaseBuilder builder) => Evaluator.Evaluate(builder);

    public static TheoryData<string, Func<CaseBuilder>> EveryFindingCode()
    {
        var data = new TheoryData<string, Func<CaseBuilder>>();
        foreach (var story in Cases.OnePerFindingCode)
        {
            data.Add(story.Key, () => story.Value);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryFindingCode))]
    public void Builders_ReachTheFindingCode(string code, Func<CaseBuilder> story)
    {
        var evaluator = code == FindingCodes.PersonalAccountNotEnabled ? RequiringPersonalAccount() : Evaluator;

        SettlementAssert.HasFinding(evaluator.Evaluate(story()), code);
    }

    [Fact]
    public void EveryFindingCode_HasAStory()
    {
        var declared = typeof(FindingCodes).GetFields().Select(f => (string)f.GetValue(null)!).OrderBy(c => c).ToArray();
        var covered = EveryFindingCode().Select(row => (string)row[0]).OrderBy(c => c).ToArray();

        Assert.Equal(declared, covered);
    }

    [Fact]
    public void StartingPoints_SettleDirectly()
    {
        SettlementAssert.SettlesDirectly(Evaluate(Cases.CrossProvinceOutpatient()));
        SettlementAssert.SettlesDirectly(Evaluate(Cases.LocalOutpatient()));
        SettlementAssert.SettlesDirectly(Evaluate(Cases.IntraProvinceOutpatient()));
        SettlementAssert.SettlesDirectly(Evaluate(Cases.CrossProvinceOutpatient().WithChronicCondition(Conditions.UremiaDialysis)));
        SettlementAssert.SettlesDirectly(Evaluate(Cases.CrossProvinceOutpatient().TreatedIn("330106")));
    }

    [Fact]
    public void Builders_AreImmutable()
    {
        var start = Cases.CrossProvinceOutpatient();
        var expired = start.WithExpiredFiling();

        SettlementAssert.SettlesDirectly(Evaluate(start));
        SettlementAssert.CapsAt(Evaluate(expired), Outcome.PayThenClaim);
        Assert.NotSame(start.Build(), expired.Build());
    }

    [Fact]
    public void OneOrTwoCalls_CombineProblems()
    {
        var d = Evaluate(Cases.CrossProvinceOutpatient().WithExpiredFiling().WithLapsedContributions());

        SettlementAssert.HasExactlyFindings(d, FindingCodes.FilingExpired, FindingCodes.FilingRetroactiveAsk, FindingCodes.ContributionLapsed);
        SettlementAssert.CapsAt(d, Outcome.NotReimbursable);
    }

    [Fact]
    public void SettingTheStory_DatesAndPlaces()
    {
        var c = Cases.CrossProvinceOutpatient().On("2025-06-01").AsOf("2025-06-02").InsuredIn("371326").TreatedIn("310104").Build();

        Assert.Equal(new DateTime(2025, 6, 1), c.Encounter.Date);
        Assert.Equal(new DateTime(2025, 6, 2), c.AsOf);
        Assert.Equal("310000", c.Filings[0].DestinationRegion.ToString());
        SettlementAssert.SettlesDirectly(Evaluator.Evaluate(c));
    }

    [Fact]
    public void WrongRegion_DefaultNeighbour_IsAnotherPoolingRegionOfTheSameProvince()
    {
        var c = Cases.CrossProvinceOutpatient().TreatedIn("330106").WithFilingForAnotherRegion().Build();

        Assert.Equal("330000", c.Filings[0].DestinationRegion.Province.ToString());
        Assert.NotEqual("330100", c.Filings[0].DestinationRegion.Pooling().ToString());
    }

    [Fact]
    public void With_NullChange_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Cases.CrossProvinceOutpatient().With(null!));
    }

    private static SettlementEvaluator RequiringPersonalAccount()
    {
        var pack = """
            { "region": "430100", "name": "test", "parameters": { "personalAccountPermissionRequired": [
              { "value": true, "effectiveFrom": null, "effectiveUntil": null, "source": "test", "confidence": "stated" } ] } }
            """;
        return new SettlementEvaluator(new SettlementOptions().AddPolicyPack(PolicyCatalog.ReadPack(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(pack)), "test")));
    }
}
