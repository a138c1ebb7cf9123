using System.Linq.Expressions;
using NRules;
using NRules.RuleModel;
using RulesCore.Settlement.Engine;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Rules;

namespace RulesCore.Settlement.Tests.Engine;

/// <summary>
/// Each situation compiles the shipped rules without the conditions the situation settles and without a <c>Not</c> over
/// facts nothing there derives; that the decisions stay the full set's is <see cref="SituationRuleSetTests"/>' property.
/// </summary>
public class SituationRulesTests
{
    private static readonly SettlementRuleSet Rules = SettlementRuleSet.Default;

    private static int Key(VisitScope place, CareSetting setting) => FiringSituations.KeyOf(place, setting);

    private static bool Throughout<TFact>(Expression<Func<TFact, bool>> condition, VisitScope place, CareSetting setting) =>
        FiringSituations.HoldsThroughout(typeof(TFact), condition, Key(place, setting));

    private static IRuleDefinition Compiled(string rule, VisitScope place, CareSetting setting) =>
        Rules.DefinitionsIn(place, setting).Single(d => d?.Name == rule)!;

    private static IEnumerable<RuleElement> Elements(IRuleDefinition rule) => rule.LeftHandSide.ChildElements;

    private static IEnumerable<string> Conditions(IRuleDefinition rule, Type fact) =>
        Elements(rule).OfType<PatternElement>().Where(p => p.ValueType == fact)
            .SelectMany(p => p.Expressions.Where(e => e.Name == PatternElement.ConditionName)).Select(e => e.Expression.Body.ToString());

    private static IEnumerable<Type> Absences(IRuleDefinition rule) =>
        Elements(rule).OfType<NotElement>().Select(n => ((PatternElement)n.Source).ValueType);

    [Fact]
    public void APlaceCondition_HoldsThroughoutTheSituationsOfThatPlace_Only()
    {
        Assert.True(Throughout((TreatmentScope s) => !s.IsLocal, VisitScope.CrossProvince, CareSetting.GeneralOutpatient));
        Assert.True(Throughout((TreatmentScope s) => !s.IsLocal, VisitScope.IntraProvince, CareSetting.Emergency));
        Assert.False(Throughout((TreatmentScope s) => !s.IsLocal, VisitScope.Local, CareSetting.GeneralOutpatient));
        Assert.True(Throughout((TreatmentScope s) => s.Scope == VisitScope.CrossProvince, VisitScope.CrossProvince, CareSetting.ChronicOutpatient));
        Assert.False(Throughout((TreatmentScope s) => s.Scope == VisitScope.CrossProvince, VisitScope.IntraProvince, CareSetting.ChronicOutpatient));
    }

    [Fact]
    public void ASettingCondition_HoldsThroughoutASituation_OnlyForEverySettingItHolds()
    {
        // "Another setting" holds inpatient and general outpatient care: not chronic holds throughout it, general outpatient does not.
        Assert.True(Throughout((TreatmentScope s) => s.Visit.Encounter.Setting != CareSetting.ChronicOutpatient, VisitScope.CrossProvince, CareSetting.Inpatient));
        Assert.False(Throughout((TreatmentScope s) => s.Visit.Encounter.Setting == CareSetting.GeneralOutpatient, VisitScope.CrossProvince, CareSetting.GeneralOutpatient));
        Assert.True(Throughout((Visit v) => v.IsChronic, VisitScope.Local, CareSetting.ChronicOutpatient));
        Assert.False(Throughout((Visit v) => v.IsChronic, VisitScope.Local, CareSetting.Emergency));
    }

    [Fact]
    public void AConditionReadingMoreThanTheSituation_OrOnAnotherFact_IsNeverSettled()
    {
        Assert.False(Throughout((TreatmentScope s) => !s.IsLocal && s.Visit.Encounter.Condition != null, VisitScope.CrossProvince, CareSetting.ChronicOutpatient));
        Assert.False(Throughout((Filing f) => f.Status == FilingStatus.Active, VisitScope.CrossProvince, CareSetting.GeneralOutpatient));
    }

    [Fact]
    public void ACrossProvinceVisit_CompilesTheFilingGapWithoutTheConditionsAndAbsencesItSettles()
    {
        var gap = Compiled("filing.gap", VisitScope.CrossProvince, CareSetting.GeneralOutpatient);

        Assert.Empty(Conditions(gap, typeof(TreatmentScope)));
        Assert.Equal(new[] { typeof(IFilingBasis) }, Absences(gap));
        Assert.Same(Rules.Definitions.Single(d => d.Name == "filing.gap").RightHandSide, gap.RightHandSide);
    }

    [Fact]
    public void InTheProvince_AnExemptionCanBeDerived_SoItsAbsenceStays()
    {
        var gap = Compiled("filing.gap", VisitScope.IntraProvince, CareSetting.GeneralOutpatient);

        Assert.Equal(new[] { typeof(IFilingBasis), typeof(FilingExemption) }, Absences(gap));
    }

    [Fact]
    public void AConditionTheSituationDoesNotSettle_IsKept()
    {
        var billed = Compiled("coverage.condition-billed-as-outpatient", VisitScope.CrossProvince, CareSetting.GeneralOutpatient);

        // Across provinces the place is settled; "another setting" is general outpatient or inpatient care, so the setting is not.
        Assert.DoesNotContain(Conditions(billed, typeof(TreatmentScope)), c => c.Contains("Scope", StringComparison.Ordinal) && !c.Contains("Visit", StringComparison.Ordinal));
        Assert.Contains(Conditions(billed, typeof(TreatmentScope)), c => c.Contains("Setting", StringComparison.Ordinal));
    }

    [Fact]
    public void EverySituationsAgenda_KnowsEachRuleByTheDefinitionItsNetworkWasCompiledFrom()
    {
        // A rule limited to some regions or dates is kept off the agenda by its definition: the one compiled, not the declared one.
        foreach (var place in Enum.GetValues<VisitScope>())
        {
            foreach (var setting in Enum.GetValues<CareSetting>())
            {
                var byName = Rules.DefinitionsIn(place, setting).Where(d => d is not null).ToDictionary(d => d!.Name);
                var compiled = Rules.FactoryFor(place, setting).GetSchema().Nodes.SelectMany(n => n.Rules).Distinct().ToArray();
                Assert.Equal(byName.Count, compiled.Length);
                Assert.All(compiled, rule => Assert.Same(byName[rule.Name], rule));
            }
        }
    }

    [Fact]
    public void TheCrossProvinceNetwork_IsSmallerThanTheSameRulesUnsettled()
    {
        var names = Rules.RulesIn(VisitScope.CrossProvince, CareSetting.GeneralOutpatient).ToHashSet(StringComparer.Ordinal);
        var declared = new RuleCompiler().Compile(Rules.Definitions.Where(d => names.Contains(d.Name)));

        Assert.True(
            Rules.FactoryFor(VisitScope.CrossProvince, CareSetting.GeneralOutpatient).GetSchema().Nodes.Count < declared.GetSchema().Nodes.Count);
    }
}
