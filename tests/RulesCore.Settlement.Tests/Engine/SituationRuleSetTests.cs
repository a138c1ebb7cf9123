using FsCheck.Xunit;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Rules;
using RulesCore.Testing;
using RulesCore.Settlement.Engine;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Engine;

/// <summary>
/// Each situation (local, intra-province, cross-province; chronic, emergency or another setting) has a rule set of its
/// own, with only the rules that can fire in it: every decision must equal the full rule set's, trace included.
/// </summary>
public class SituationRuleSetTests
{
    private static readonly SettlementEvaluator Situational = new();
    private static readonly SettlementEvaluator Full = new(new SettlementOptions(), SettlementRuleSet.Build(SettlementRuleSet.ShippedRuleTypes(), situational: false));

    private static void SameDecision(SettlementCase c)
    {
        foreach (var language in new[] { Languages.Chinese, Languages.English })
        {
            var options = new EvaluationOptions { Language = language };
            Assert.Equal(SettlementJson.WriteDecision(Full.Evaluate(c, options)), SettlementJson.WriteDecision(Situational.Evaluate(c, options)));
        }
    }

    [Property(Arbitrary = new[] { typeof(ValidOrOneProblem) }, MaxTest = 1000)]
    public void EverySituationsRuleSet_DecidesAsTheFullSet(SettlementCase c) => SameDecision(c);

    [Fact]
    public void EveryStoryAndSample_IsDecidedAsByTheFullSet()
    {
        Assert.All(Cases.OnePerFindingCode.Values, story => SameDecision(story.Build()));
        Assert.All(Directory.GetFiles(RulesCore.Tests.Shared.RepositoryFiles.PathOf("samples", "cases"), "*.json"), f => SameDecision(SettlementJson.ReadCase(File.ReadAllBytes(f), null)));
    }

    /// <summary>A visit of each place and setting: local, in the province, across provinces; each setting there.</summary>
    public static TheoryData<string, CareSetting> EverySituation()
    {
        var data = new TheoryData<string, CareSetting>();
        foreach (var place in new[] { "local", "intra-province", "cross-province" })
        {
            foreach (var setting in Enum.GetValues<CareSetting>().Where(s => s != default))
            {
                data.Add(place, setting);
            }
        }

        return data;
    }

    private static SettlementCase Visit(string place, CareSetting setting)
    {
        var c = place switch { "local" => Cases.LocalOutpatient(), "intra-province" => Cases.IntraProvinceOutpatient(), _ => Cases.CrossProvinceOutpatient() };
        return (setting switch
        {
            CareSetting.Inpatient => c.AsInpatient(),
            CareSetting.Emergency => c.AsEmergency(),
            CareSetting.ChronicOutpatient => c.WithChronicCondition("hypertension"),
            _ => c,
        }).Build();
    }

    [Theory]
    [MemberData(nameof(EverySituation))]
    public void InEverySituation_TheScopeIsDerived_AndOnlySomeOfTheRulesRun(string place, CareSetting setting)
    {
        var c = Visit(place, setting);
        var scope = place switch { "local" => VisitScope.Local, "intra-province" => VisitScope.IntraProvince, _ => VisitScope.CrossProvince };

        Assert.Equal(setting, c.Encounter.Setting);
        Assert.Contains(Situational.Evaluate(c).Trace, t => t.Rule == "filing.scope");
        Assert.InRange(SettlementRuleSet.Default.RulesIn(scope, setting).Count(), 1, SettlementRuleSet.Default.Rules.Count - 1);
        SameDecision(c);
    }

    [Fact]
    public void EachSettingHasItsOwnRuleSet_EmergencyRulesOnlyForEmergencyCare()
    {
        var rules = SettlementRuleSet.Default;
        foreach (var place in new[] { VisitScope.IntraProvince, VisitScope.CrossProvince })
        {
            Assert.Contains("filing.emergency-basis", rules.RulesIn(place, CareSetting.Emergency));
            Assert.Contains("filing.emergency-deemed-filed", rules.RulesIn(place, CareSetting.Emergency));
            foreach (var setting in new[] { CareSetting.Inpatient, CareSetting.GeneralOutpatient, CareSetting.ChronicOutpatient })
            {
                Assert.DoesNotContain("filing.emergency-basis", rules.RulesIn(place, setting));
                Assert.DoesNotContain("filing.emergency-deemed-filed", rules.RulesIn(place, setting));
            }
        }

        Assert.Contains("coverage.condition-billed-as-outpatient", rules.RulesIn(VisitScope.CrossProvince, CareSetting.GeneralOutpatient));
        Assert.DoesNotContain("coverage.condition-billed-as-outpatient", rules.RulesIn(VisitScope.CrossProvince, CareSetting.Emergency));
        Assert.All(Enum.GetValues<VisitScope>(), place => Assert.All(Enum.GetValues<CareSetting>(), setting => Assert.Contains("filing.scope", rules.RulesIn(place, setting))));
    }

    [Fact]
    public void AWhyNot_StillExplainsARuleOutsideTheVisitsSituation()
    {
        var local = Cases.LocalOutpatient().Build();

        var d = Assert.Single(Situational.Explain(local, "filing.covers").Rules);

        Assert.Equal(RuleStatus.NotFired, d.Status);
        Assert.Equal(StopKind.ConditionFalse, Assert.Single(d.Candidates).Stops[0].Kind);
    }
}
