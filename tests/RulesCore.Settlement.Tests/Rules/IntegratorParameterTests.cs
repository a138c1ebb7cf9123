using NRules.Fluent.Dsl;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Rules;
using static RulesCore.Settlement.Tests.Fixtures;
using static RulesCore.Testing.Cases;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Tests.Rules;

/// <summary>
/// The parameters an integrator's rules read are declared when the rules are added, may be set by packs added after,
/// and must have a value wherever the rules apply: checked when the evaluator is built, never at a patient.
/// </summary>
public class IntegratorParameterTests
{
    private static MemoryStream Json(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>A 河池 (广西) patient in 2025: the example rules apply.</summary>
    private static SettlementCase Guangxi() => CrossProvinceOutpatient().InsuredIn(RegionCode.Parse("451200")).Build();

    [Fact]
    public void AddingTheRules_DeclaresTheirParameters_SoAPackAddedAfterMaySetThem()
    {
        var evaluator = new SettlementEvaluator(new SettlementOptions()
            .AddRules(typeof(ThresholdRule))
            .AddPolicyPack(Json(Pack("450000", "exampleThreshold", "3", from: "2025-01-01")), "example-pack"));

        Assert.True(evaluator.Evaluate(Guangxi()).Has("EXAMPLE_THRESHOLD"));
        Assert.Equal(3, evaluator.Policies.Resolve(RegionCode.Parse("451200"), D("2025-03-10")).Get(ThresholdRule.Threshold));
    }

    [Fact]
    public void AParameterWithoutADefault_WhoseRulesApplyWhereNoPackSetsIt_IsRefusedWhenTheEvaluatorIsBuilt()
    {
        var none = Assert.Throws<RuleSetException>(() => new SettlementEvaluator(new SettlementOptions().AddRules(typeof(ThresholdRule))));
        var late = Assert.Throws<RuleSetException>(() => new SettlementEvaluator(new SettlementOptions()
            .AddRules(typeof(ThresholdRule))
            .AddPolicyPack(Json(Pack("450000", "exampleThreshold", "3", from: "2025-06-01")), "example-pack")));

        Assert.Equal("rule 'example.threshold' reads policy parameter 'exampleThreshold', which has no default and no value for 450000 from 2025-01-01 (a pack for that region or a wider one, or a default): give it a default with SettlementOptions.AddParameter, or add a policy pack (rulescore: --policy-pack) that sets it wherever and whenever the rule applies", Assert.Single(none.Problems));
        Assert.Contains("no value for 450000 from 2025-01-01", Assert.Single(late.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void APackThatStopsBeforeTheRuleDoes_LeavesAGap_NamedByItsFirstDay()
    {
        var e = Assert.Throws<RuleSetException>(() => new SettlementEvaluator(new SettlementOptions()
            .AddRules(typeof(ThresholdRule))
            .AddPolicyPack(Json(Pack("450000", "exampleThreshold", "3", from: "2025-01-01", until: "2025-06-30")), "example-pack")));

        Assert.Contains("no value for 450000 from 2025-07-01", Assert.Single(e.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void ADefault_GivenAfterTheRulesDeclaredTheParameter_IsUsedWhereNoPackSetsIt()
    {
        var evaluator = new SettlementEvaluator(new SettlementOptions()
            .AddRules(typeof(ThresholdRule))
            .AddParameter(ThresholdRule.Threshold, 30, new LocalizedText("示例默认值", "example default")));

        Assert.False(evaluator.Evaluate(Guangxi()).Has("EXAMPLE_THRESHOLD"));
        Assert.Equal("example default", evaluator.Policies.Resolve(RegionCode.Parse("451200"), D("2025-03-10"))[ThresholdRule.Threshold].Entry.Source.English);
        Assert.Throws<ArgumentException>(() => new SettlementOptions().AddRules(typeof(ThresholdRule))
            .AddParameter(ThresholdRule.Threshold, 30, new LocalizedText("示例", "example"))
            .AddParameter(ThresholdRule.Threshold, 31, new LocalizedText("示例", "example")));
    }

    [Fact]
    public void ARuleReadingAParameterWithoutADefault_MustBeLimitedToRegionsWhosePacksSetIt()
    {
        var e = Assert.Throws<RuleSetException>(() => new SettlementEvaluator(new SettlementOptions()
            .AddRules(typeof(UnscopedThresholdRule))
            .AddPolicyPack(Json(Pack("450000", "exampleUnscopedThreshold", "3")), "example-pack")));

        Assert.Contains("no value in every insured region (the rule is not limited to regions whose packs set it: [AppliesIn])", Assert.Single(e.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void ARuleReadingAParameterNobodyDeclared_IsRefusedWhenTheEvaluatorIsBuilt()
    {
        var e = Assert.Throws<RuleSetException>(() => new SettlementEvaluator(new SettlementOptions().AddRules(typeof(ReadsElsewhereRule))));

        Assert.Equal("rule 'example.reads-elsewhere' reads policy parameter 'exampleElsewhere', which is not declared: hold it in a static field of a rule class added with AddRules, or declare it with SettlementOptions.AddParameter", Assert.Single(e.Problems));
        Assert.NotNull(new SettlementEvaluator(new SettlementOptions().AddParameter(Elsewhere, 1, new LocalizedText("示例", "example")).AddRules(typeof(ReadsElsewhereRule))));
    }

    [Fact]
    public void RuleTest_ChecksTheParametersToo()
    {
        Assert.Throws<RuleSetException>(() => RulesCore.Testing.RuleTest.For(typeof(ReadsElsewhereRule)));
    }

    [Fact]
    public void TwoParametersOfOneName_AreRefused()
    {
        var options = new SettlementOptions().AddRules(typeof(ThresholdRule));

        Assert.Throws<ArgumentException>(() => options.AddRules(typeof(SameNameRule)));
    }

    [Fact]
    public void AnAssemblyWithoutRules_IsRefused_NamingIt()
    {
        var e = Assert.Throws<ArgumentException>(() => new SettlementOptions().AddRules(typeof(Fixtures).Assembly.GetReferencedAssemblies()
            .Select(System.Reflection.Assembly.Load).First(a => a.GetName().Name == "RulesCore.Testing")));

        Assert.Equal("assembly", e.ParamName);
        Assert.StartsWith("Assembly 'RulesCore.Testing' holds no public class derived from SettlementRule.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AParameterReadInABinding_IsCheckedToo()
    {
        var e = Assert.Throws<RuleSetException>(() => new SettlementEvaluator(new SettlementOptions().AddRules(typeof(BindsThresholdRule))));

        Assert.Contains("reads policy parameter 'exampleBoundThreshold', which has no default", Assert.Single(e.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void AParameterOfAnyRegion_NeedsTheRuleLimitedForBothRoles()
    {
        var e = Assert.Throws<RuleSetException>(() => new SettlementEvaluator(new SettlementOptions()
            .AddRules(typeof(AnyRegionThresholdRule))
            .AddPolicyPack(Json(Pack("450000", "exampleAnyRegionThreshold", "3")), "example-pack")));

        Assert.Contains("no value in every treatment region", Assert.Single(e.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void AParameterThatCannotBeRead_IsRefusedNamingIt_AndNothingIsDeclared()
    {
        var options = new SettlementOptions();

        var e = Assert.Throws<ArgumentException>(() => options.AddRules(typeof(ThresholdRule), typeof(UnreadableParameterRule)));

        Assert.StartsWith("The policy parameter 'RulesCore.Settlement.Tests.Rules.IntegratorParameterTests+UnreadableParameterRule.Broken' cannot be read: System.NotSupportedException.", e.Message, StringComparison.Ordinal);
        Assert.Empty(options.Rules);
        Assert.Throws<InvalidPolicyPackException>(() => options.AddPolicyPack(Json(Pack("450000", "exampleThreshold", "3")), "example-pack"));
    }

    /// <summary>A parameter held outside the rule classes, declared by nobody unless declared by hand.</summary>
    public static readonly PolicyParameter<int> Elsewhere = PolicyParameters.Integer("exampleElsewhere", PolicyScope.InsuredRegion, new("示例参数", "example parameter"), new("天", "days"), "An example.", 0, 10);

    private abstract class ExampleRule : SettlementRule
    {
        public override Cause Cause => Cause.Coverage;

        public override LocalizedText Description { get; } = new("示例", "example");

        public override LocalizedText Basis { get; } = new("示例", "example");
    }

    [Name("example.threshold")]
    [AppliesIn(RegionRole.Insured, "450000")]
    [InForce(From = "2025-01-01")]
    private sealed class ThresholdRule : ExampleRule
    {
        public static readonly PolicyParameter<int> Threshold = PolicyParameters.Integer("exampleThreshold", PolicyScope.InsuredRegion, new("示例参数", "example parameter"), new("天", "days"), "An example threshold.", 0, 100);

        public static readonly FindingDefinition Over = new("EXAMPLE_THRESHOLD", new("示例", "an example"), Cause.Coverage, Severity.Info, null, new("示例", "example"));

        public override void Define()
        {
            Visit visit = null!;
            When().Match(() => visit, v => v.InsuredPolicy.Get(Threshold) < 10);
            Raise(ctx => Found(ctx, Over, On(visit)));
        }
    }

    [Name("example.unscoped-threshold")]
    private sealed class UnscopedThresholdRule : ExampleRule
    {
        private static readonly PolicyParameter<int> Threshold = PolicyParameters.Integer("exampleUnscopedThreshold", PolicyScope.InsuredRegion, new("示例参数", "example parameter"), new("天", "days"), "An example threshold.", 0, 100);

        public static readonly FindingDefinition Over = new("EXAMPLE_UNSCOPED_THRESHOLD", new("示例", "an example"), Cause.Coverage, Severity.Info, null, new("示例", "example"));

        public override void Define()
        {
            Visit visit = null!;
            When().Match(() => visit, v => v.InsuredPolicy.Get(Threshold) < 10);
            Raise(ctx => Found(ctx, Over, On(visit)));
        }
    }

    [Name("example.reads-elsewhere")]
    private sealed class ReadsElsewhereRule : ExampleRule
    {
        public static readonly FindingDefinition Over = new("EXAMPLE_ELSEWHERE", new("示例", "an example"), Cause.Coverage, Severity.Info, null, new("示例", "example"));

        public override void Define()
        {
            Visit visit = null!;
            When().Match(() => visit);
            Raise(ctx => Found(ctx, Over, On(visit), visit.InsuredPolicy.Get(Elsewhere)));
        }
    }

    [Name("example.binds-threshold")]
    [AppliesIn(RegionRole.Insured, "450000")]
    private sealed class BindsThresholdRule : ExampleRule
    {
        public static readonly PolicyParameter<int> Threshold = PolicyParameters.Integer("exampleBoundThreshold", PolicyScope.InsuredRegion, new("示例参数", "example parameter"), new("天", "days"), "An example threshold.", 0, 100);

        public static readonly FindingDefinition Over = new("EXAMPLE_BOUND_THRESHOLD", new("示例", "an example"), Cause.Coverage, Severity.Info, null, new("示例", "example"));

        public override void Define()
        {
            Visit visit = null!;
            int threshold = 0;
            When().Match(() => visit).Let(() => threshold, () => visit.InsuredPolicy.Get(Threshold)).Having(() => threshold < 10);
            Raise(ctx => Found(ctx, Over, On(visit)));
        }
    }

    [Name("example.any-region-threshold")]
    [AppliesIn(RegionRole.Insured, "450000")]
    private sealed class AnyRegionThresholdRule : ExampleRule
    {
        public static readonly PolicyParameter<int> Threshold = PolicyParameters.Integer("exampleAnyRegionThreshold", PolicyScope.Region, new("示例参数", "example parameter"), new("天", "days"), "An example threshold.", 0, 100);

        public static readonly FindingDefinition Over = new("EXAMPLE_ANY_REGION_THRESHOLD", new("示例", "an example"), Cause.Coverage, Severity.Info, null, new("示例", "example"));

        public override void Define()
        {
            Visit visit = null!;
            When().Match(() => visit, v => v.TreatmentPolicy.Get(Threshold) < 10);
            Raise(ctx => Found(ctx, Over, On(visit)));
        }
    }

    [Name("example.unreadable-parameter")]
    private sealed class UnreadableParameterRule : ExampleRule
    {
        private static PolicyParameter<int> Broken => throw new NotSupportedException("example");

        public override void Define()
        {
            Visit visit = null!;
            When().Match(() => visit, v => v.InsuredPolicy.Get(Broken) < 0);
        }
    }

    [Name("example.same-name")]
    private sealed class SameNameRule : ExampleRule
    {
        public static readonly PolicyParameter<int> Threshold = PolicyParameters.Integer("exampleThreshold", PolicyScope.InsuredRegion, new("示例参数", "example parameter"), new("天", "days"), "Another parameter of the same name.", 0, 100);

        public override void Define()
        {
            Visit visit = null!;
            When().Match(() => visit, v => v.InsuredPolicy.Get(Threshold) < 0);
        }
    }
}
