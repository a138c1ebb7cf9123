using NRules.Fluent.Dsl;
using RulesCore.Settlement;
using RulesCore.Settlement.Rules;

namespace RulesCore.Testing.Tests;

/// <summary>Rule-level tests: one rule (with the rules deriving what it reads), facts in, firings and findings out.</summary>
public class RuleTestTests
{
    [Fact]
    public void ARuleUnderTest_RunsWithTheRulesDerivingWhatItReads_AndNothingElse()
    {
        var evaluator = RuleTest.For(typeof(CrossProvinceNoteRule));

        var d = evaluator.Evaluate(Cases.CrossProvinceOutpatient().WithUnusableCard());

        SettlementAssert.RuleFired(d, "example.cross-province-note", "encounter");
        SettlementAssert.RuleFired(d, "filing.scope");
        SettlementAssert.HasExactlyFindings(d, "EXAMPLE_CROSS_PROVINCE_NOTE");
        Assert.Equal(new[] { "example.cross-province-note", "filing.scope" }, evaluator.Rules.Select(r => r.Id).OrderBy(x => x, StringComparer.Ordinal));
    }

    [Fact]
    public void ARuleThatDoesNotApply_DidNotFire()
    {
        var d = RuleTest.For(typeof(CrossProvinceNoteRule)).Evaluate(Cases.LocalOutpatient());

        SettlementAssert.RuleDidNotFire(d, "example.cross-province-note");
        Assert.Throws<SettlementAssertionException>(() => SettlementAssert.RuleFired(d, "example.cross-province-note"));
    }

    [Fact]
    public void RuleTest_NeedsARule()
    {
        Assert.Throws<ArgumentException>(() => RuleTest.For());
        Assert.Throws<ArgumentException>(() => RuleTest.For(typeof(string)));
    }

    /// <summary>An example, not policy.</summary>
    [Name("example.cross-province-note")]
    public sealed class CrossProvinceNoteRule : SettlementRule
    {
        public static readonly FindingDefinition Note = new("EXAMPLE_CROSS_PROVINCE_NOTE", Cause.Coverage, Severity.Info, null,
            new("跨省就医（示例）。", "A cross-province visit (an example)."));

        public override Cause Cause => Cause.Coverage;

        public override LocalizedText Description { get; } = new("跨省就医时提示（示例）。", "Notes a cross-province visit (an example).");

        public override LocalizedText Basis { get; } = new("示例", "example");

        public override void Define()
        {
            TreatmentScope scope = null!;
            When().Match(() => scope, s => s.Scope == VisitScope.CrossProvince);
            Raise(ctx => Found(ctx, Note, On(scope.Visit)));
        }
    }
}
