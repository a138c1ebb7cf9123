using NRules.Fluent.Dsl;
using RulesCore.Settlement;
using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Testing.Tests;

/// <summary>Rule-level tests: one rule (with the rules deriving what it reads), facts in, firings and findings out.</summary>
public class RuleTestTests
{
    // readme:regional-rule-test:begin
    [Fact]
    public void TheExampleRule_NotesACrossProvinceVisit()
    {
        var evaluator = RuleTest.For(typeof(CrossProvinceNoteRule));

        var decision = evaluator.Evaluate(Cases.CrossProvinceOutpatient());

        SettlementAssert.RuleFired(decision, "example.cross-province-note", "encounter");
        SettlementAssert.HasFinding(decision, "EXAMPLE_CROSS_PROVINCE_NOTE");
        SettlementAssert.RuleDidNotFire(evaluator.Evaluate(Cases.LocalOutpatient()), "example.cross-province-note");
    }
    // readme:regional-rule-test:end

    [Fact]
    public void Readme_ShowsTheExampleRuleAndItsTest()
    {
        Assert.True(RepositoryFiles.ReadmeShows("readme:regional-rule", "tests/RulesCore.Testing.Tests/RuleTestTests.cs"));
        Assert.True(RepositoryFiles.ReadmeShows("readme:regional-rule-test", "tests/RulesCore.Testing.Tests/RuleTestTests.cs"));
    }

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

    // readme:regional-rule:begin
    /// <summary>An example, not policy: a note on every cross-province visit.</summary>
    [Name("example.cross-province-note")]
    public sealed class CrossProvinceNoteRule : SettlementRule
    {
        public static readonly FindingDefinition Note = new("EXAMPLE_CROSS_PROVINCE_NOTE", new("跨省就医提示（示例）", "cross-province note (an example)"), Cause.Coverage, Severity.Info, null,
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
    // readme:regional-rule:end
}
