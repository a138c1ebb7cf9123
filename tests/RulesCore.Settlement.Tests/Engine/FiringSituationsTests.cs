using NRules.Fluent;
using NRules.Fluent.Dsl;
using RulesCore.Settlement.Engine;
using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Tests.Rules;

namespace RulesCore.Settlement.Tests.Engine;

/// <summary>Where a rule can fire is read from its conditions on the visit's place and setting and from the derived facts it needs.</summary>
public class FiringSituationsTests
{
    private static readonly VisitScope[] OutOfRegion = { VisitScope.IntraProvince, VisitScope.CrossProvince };

    private static IEnumerable<(VisitScope Place, CareSetting Setting)> Situations(int mask) =>
        from place in Enum.GetValues<VisitScope>()
        from setting in Enum.GetValues<CareSetting>()
        where (mask & (1 << FiringSituations.KeyOf(place, setting))) != 0
        select (place, setting);

    private static int[] Masks(params Type[] types)
    {
        var rules = types.Select(t => (SettlementRule)Activator.CreateInstance(t, nonPublic: true)!).ToArray();
        var factory = new RuleDefinitionFactory();
        var definitions = rules.Select(r => factory.Create(r)).ToArray();
        return FiringSituations.Of(rules, definitions, _ => true);
    }

    private static int Mask(Func<VisitScope, CareSetting, bool> where) =>
        Enum.GetValues<VisitScope>().SelectMany(p => Enum.GetValues<CareSetting>().Where(s => where(p, s)).Select(s => 1 << FiringSituations.KeyOf(p, s))).Aggregate(0, (m, b) => m | b);

    [Fact]
    public void AConditionOnThePlace_KeepsTheRuleOutOfTheOtherPlaces()
    {
        Assert.Equal(Mask((p, _) => p != VisitScope.Local), Masks(typeof(OutOfRegionRule))[0]);
        Assert.Equal(Mask((p, _) => p == VisitScope.CrossProvince), Masks(typeof(IntegratorRuleTests.ExampleCrossProvinceNoticeRule))[0]);
    }

    [Fact]
    public void AConditionOnTheSetting_KeepsTheRuleToThatSetting_AsTheVisitOrItsScopeSaysIt()
    {
        Assert.Equal(Mask((p, s) => p != VisitScope.Local && s == CareSetting.Emergency), Masks(typeof(EmergencyRule))[0]);
        Assert.Equal(Mask((_, s) => s == CareSetting.ChronicOutpatient), Masks(typeof(ChronicVisitRule))[0]);
        Assert.Equal(Mask((p, s) => p == VisitScope.Local || s == CareSetting.ChronicOutpatient), Masks(typeof(LocalOrChronicRule))[0]);
    }

    [Fact]
    public void ARuleMatchingADerivedFact_FiresOnlyWhereItsProducersCan()
    {
        var masks = Masks(typeof(EmergencyRule), typeof(ReadsEmergencyFactRule));

        Assert.Equal(masks[0], masks[1]);
        Assert.All(Situations(masks[1]), s => Assert.Equal(CareSetting.Emergency, s.Setting));
        Assert.All(Situations(masks[1]), s => Assert.Contains(s.Place, OutOfRegion));

        var twoProducers = Masks(typeof(EmergencyRule), typeof(ReadsEmergencyFactRule), typeof(ChronicVisitRule));
        Assert.Equal(twoProducers[0] | twoProducers[2], twoProducers[1]);
    }

    [Fact]
    public void AFactNoRuleCanDerive_KeepsItsReadersOutOfEverySituation()
    {
        var masks = Masks(typeof(ReadsEmergencyFactRule), typeof(CycleRule));

        Assert.Equal(new[] { 0, 0 }, masks);
    }

    [Fact]
    public void NegationsAndNestedConditions_AreReadAsWritten()
    {
        Assert.Equal(Mask((p, s) => p != VisitScope.Local && s != CareSetting.ChronicOutpatient), Masks(typeof(NotChronicOutOfRegionRule))[0]);
        Assert.Equal(Mask((p, s) => (p == VisitScope.Local && s == CareSetting.ChronicOutpatient) || p == VisitScope.CrossProvince), Masks(typeof(NestedRule))[0]);
        Assert.Equal(Mask((p, _) => p != VisitScope.Local), Masks(typeof(ComparedToFalseRule))[0]);
    }

    [Theory]
    [InlineData(typeof(CapturedFlagRule))]
    [InlineData(typeof(NotLocalRule))]
    [InlineData(typeof(CapturedPlaceRule))]
    [InlineData(typeof(PolicyRule))]
    [InlineData(typeof(CollectedEmergencyFactRule))]
    public void AConditionThatDoesNotReadOnlyTheSituation_OrAPatternThatNeedsNoFact_LimitsNothing(Type rule)
    {
        Assert.Equal(FiringSituations.All, Masks(typeof(EmergencyRule), rule)[1]);
    }

    [Fact]
    public void ARuleThatIsNotRead_IsInEverySituation_AndSoIsAnIntegratorsRule()
    {
        var rules = new SettlementRule[] { new OutOfRegionRule() };
        Assert.Equal(FiringSituations.All, FiringSituations.Of(rules, rules.Select(r => new RuleDefinitionFactory().Create(r)).ToArray(), _ => false)[0]);

        var set = SettlementRuleSet.Build(SettlementRuleSet.ShippedRuleTypes().Append(typeof(IntegratorRuleTests.ExampleCrossProvinceNoticeRule)));
        Assert.Contains("example.cross-province-notice", set.RulesIn(VisitScope.Local, CareSetting.GeneralOutpatient));
        Assert.DoesNotContain("filing.gap", set.RulesIn(VisitScope.Local, CareSetting.GeneralOutpatient));
    }

    [Fact]
    public void TheShippedRules_AreReadThisWay_EachSetHoldingOnlyWhatCanFireThere()
    {
        var set = SettlementRuleSet.Default;
        var masks = FiringSituations.Of(set.Rules, set.Definitions, _ => true);

        foreach (var (place, setting) in Situations(FiringSituations.All))
        {
            var expected = set.Definitions.Where((_, i) => (masks[i] & (1 << FiringSituations.KeyOf(place, setting))) != 0).Select(d => d.Name);
            Assert.Equal(expected, set.RulesIn(place, setting));
        }

        Assert.Equal(Mask((p, _) => p == VisitScope.Local), masks[IndexOf(set, "filing.two-way-settlement")]);
        Assert.Equal(Mask((p, _) => p != VisitScope.Local), masks[IndexOf(set, "filing.expired")]);
        Assert.Equal(Mask((p, s) => p == VisitScope.CrossProvince && s == CareSetting.ChronicOutpatient), masks[IndexOf(set, "coverage.condition-not-cross-province")]);
        Assert.Equal(Mask((p, s) => p != VisitScope.Local && s != CareSetting.ChronicOutpatient), masks[IndexOf(set, "hospital.service-not-open")]);
        Assert.Equal(FiringSituations.All, masks[IndexOf(set, "filing.scope")]);
    }

    private static int IndexOf(SettlementRuleSet set, string rule) => set.Definitions.Select(d => d.Name).ToList().IndexOf(rule);

    private sealed record EmergencyFact(Visit Visit);

    private sealed record CycleFact(Visit Visit);

    private abstract class TestRule : SettlementRule
    {
        public override Cause Cause => Cause.Coverage;

        public override LocalizedText Description { get; } = new("示例", "example");

        public override LocalizedText Basis { get; } = new("示例", "example");
    }

    [Name("test.out-of-region")]
    private sealed class OutOfRegionRule : TestRule
    {
        public override void Define()
        {
            TreatmentScope scope = null!;
            When().Match(() => scope, s => !s.IsLocal);
            Derive(ctx => new CycleFact(scope.Visit));
        }
    }

    [Name("test.emergency")]
    private sealed class EmergencyRule : TestRule
    {
        public override void Define()
        {
            TreatmentScope scope = null!;
            When().Match(() => scope, s => !s.IsLocal && s.Visit.Encounter.Setting == CareSetting.Emergency, s => s.Visit.InsuredPolicy != null);
            Derive(ctx => new EmergencyFact(scope.Visit));
        }
    }

    [Name("test.chronic")]
    private sealed class ChronicVisitRule : TestRule
    {
        public override void Define()
        {
            Visit visit = null!;
            When().Exists<Visit>(v => v.IsChronic).Match(() => visit);
            Derive(ctx => new EmergencyFact(visit));
        }
    }

    [Name("test.local-or-chronic")]
    private sealed class LocalOrChronicRule : TestRule
    {
        public override void Define()
        {
            TreatmentScope scope = null!;
            When().Match(() => scope, s => s.Scope == VisitScope.Local || s.Visit.IsChronic);
            Derive(ctx => new CycleFact(scope.Visit));
        }
    }

    [Name("test.reads-emergency-fact")]
    private sealed class ReadsEmergencyFactRule : TestRule
    {
        public override void Define()
        {
            EmergencyFact fact = null!;
            When().Match(() => fact);
            Derive(ctx => new CycleFact(fact.Visit));
        }
    }

    [Name("test.cycle")]
    private sealed class CycleRule : TestRule
    {
        public override void Define()
        {
            CycleFact fact = null!;
            When().Match(() => fact);
            Derive(ctx => new EmergencyFact(fact.Visit));
        }
    }

    [Name("test.not-local")]
    private sealed class NotLocalRule : TestRule
    {
        public override void Define()
        {
            Visit visit = null!;
            When().Match(() => visit).Not<TreatmentScope>(s => s.IsLocal);
            Derive(ctx => new CycleFact(visit));
        }
    }

    [Name("test.captured-place")]
    private sealed class CapturedPlaceRule : TestRule
    {
        private readonly VisitScope _place = VisitScope.CrossProvince;

        public override void Define()
        {
            TreatmentScope scope = null!;
            When().Match(() => scope, s => s.Scope == _place);
            Derive(ctx => new CycleFact(scope.Visit));
        }
    }

    [Name("test.not-chronic-out-of-region")]
    private sealed class NotChronicOutOfRegionRule : TestRule
    {
        public override void Define()
        {
            TreatmentScope scope = null!;
            When().Match(() => scope, s => s.Scope != VisitScope.Local, s => s.Visit.Encounter.Setting != CareSetting.ChronicOutpatient);
            Derive(ctx => new CycleFact(scope.Visit));
        }
    }

    [Name("test.nested")]
    private sealed class NestedRule : TestRule
    {
        public override void Define()
        {
            TreatmentScope scope = null!;
            When().Match(() => scope, s => (s.IsLocal && s.Visit.IsChronic) || s.Scope == VisitScope.CrossProvince);
            Derive(ctx => new CycleFact(scope.Visit));
        }
    }

    [Name("test.compared-to-false")]
    private sealed class ComparedToFalseRule : TestRule
    {
        public override void Define()
        {
            TreatmentScope scope = null!;
            When().Match(() => scope, s => s.IsLocal == false);
            Derive(ctx => new CycleFact(scope.Visit));
        }
    }

    [Name("test.captured-flag")]
    private sealed class CapturedFlagRule : TestRule
    {
        private readonly bool _local = true;

        public override void Define()
        {
            TreatmentScope scope = null!;
            When().Match(() => scope, s => s.IsLocal == _local);
            Derive(ctx => new CycleFact(scope.Visit));
        }
    }

    [Name("test.policy")]
    private sealed class PolicyRule : TestRule
    {
        public override void Define()
        {
            TreatmentScope scope = null!;
            When().Match(() => scope, s => s.IsLocal == s.Visit.Hospital.CrossRegionServices.IsNetworked);
            Derive(ctx => new CycleFact(scope.Visit));
        }
    }

    [Name("test.collected-emergency-fact")]
    private sealed class CollectedEmergencyFactRule : TestRule
    {
        public override void Define()
        {
            IEnumerable<EmergencyFact> facts = null!;
            Visit visit = null!;
            When().Match(() => visit).Query(() => facts, q => q.Match<EmergencyFact>().Collect());
            Derive(ctx => new CycleFact(visit));
        }
    }
}
