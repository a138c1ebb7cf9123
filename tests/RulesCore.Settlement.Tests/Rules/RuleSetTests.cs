using System.Reflection;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NRules.Fluent.Dsl;
using RulesCore.Settlement.Rules;
using RulesCore.Testing;
using RulesCore.Settlement.Engine;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using Outcome = RulesCore.Settlement.Decisions.Outcome;

namespace RulesCore.Settlement.Tests.Rules;

/// <summary>The rules as one NRules rule set: names, findings owned by rules, derived facts, priorities, the trace.</summary>
public class RuleSetTests
{
    private static readonly SettlementRuleSet Shipped = SettlementRuleSet.Default;

    private static readonly Lazy<TruthMaintainedRules> Yielding = new(() => new TruthMaintainedRules());

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    [Fact]
    public void EveryRule_IsAnNRulesFluentRule_NamedByItsStableId_InTheFolderOfItsCause()
    {
        for (var i = 0; i < Shipped.Rules.Count; i++)
        {
            var rule = Shipped.Rules[i];
            var name = Shipped.Definitions[i].Name;
            Assert.IsAssignableFrom<Rule>(rule);
            Assert.NotNull(rule.GetType().GetCustomAttribute<NameAttribute>());
            Assert.Matches("^[a-z]+\\.[a-z-]+$", name);
            var prefix = name.Substring(0, name.IndexOf('.'));
            Assert.Equal(rule.Cause.ToString().ToLowerInvariant(), prefix);
            var file = RepositoryFiles.PathOf("src", "RulesCore.Settlement", "Rules", rule.Cause.ToString(), rule.GetType().Name + ".cs");
            Assert.True(File.Exists(file), $"{name} should live in {file}");
            Assert.False(string.IsNullOrWhiteSpace(rule.Description.Chinese), name);
            Assert.False(string.IsNullOrWhiteSpace(rule.Description.English), name);
        }
    }

    [Fact]
    public void EveryRuleFile_IsARuleTheEvaluatorLists_OnceUnderAUniqueId_WithItsCauseAndTheCodesItDeclares()
    {
        // A rule is added by adding its file: the rule set and the evaluator's list take every rule class of the cause
        // folders, and nothing else. (The reverse, every rule living in its cause's folder, is checked above.)
        var folders = RepositoryFiles.PathOf("src", "RulesCore.Settlement", "Rules");
        var files = Enum.GetValues<Cause>()
            .SelectMany(cause => Directory.GetFiles(Path.Combine(folders, cause.ToString()), "*.cs").Select(f => cause + "/" + Path.GetFileNameWithoutExtension(f)))
            .Order(StringComparer.Ordinal);
        Assert.Equal(files, Shipped.Rules.Select(r => r.Cause + "/" + r.GetType().Name).Order(StringComparer.Ordinal));

        var listed = new SettlementEvaluator().Rules;
        Assert.Equal(listed.Count, listed.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Shipped.Definitions.Select(d => d.Name).Order(StringComparer.Ordinal), listed.Select(r => r.Id).Order(StringComparer.Ordinal));
        var published = typeof(FindingCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < Shipped.Rules.Count; i++)
        {
            var info = listed.Single(r => r.Id == Shipped.Definitions[i].Name);
            Assert.Equal(Shipped.Rules[i].Cause, info.Cause);
            Assert.All(Shipped.Rules[i].Findings, f => Assert.Contains(f.Code, info.Findings));
            Assert.All(info.Findings, code => Assert.Contains(code, published));
        }
    }

    [Fact]
    public void Readme_ShowsARuleAsItIsInTheSource() =>
        Assert.True(RepositoryFiles.ReadmeShows("readme:rule", "src/RulesCore.Settlement/Rules/Filing/FilingExpiredRule.cs"));

    [Fact]
    public void EveryPublishedFindingCode_IsDeclaredByExactlyOneRule()
    {
        var published = typeof(FindingCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToArray();
        var declared = Shipped.Rules.SelectMany(r => r.Findings).Select(f => f.Code).ToArray();

        // A new finding needs only its rule's file; every code the contract publishes must be raised by some rule.
        Assert.Equal(declared.Length, declared.Distinct().Count());
        Assert.All(published, code => Assert.Single(declared, code));
        Assert.All(Shipped.Rules.SelectMany(r => r.Findings), f => Assert.All(f.Remedies, r => Assert.Contains(r, typeof(RemedyCodes).GetFields().Select(x => (string)x.GetValue(null)!))));
    }

    [Fact]
    public void RuleInfo_ListsEveryCodeARuleCanRaise_ThoseItDeclaresAndThoseOfOtherRulesItsActionsRaise()
    {
        // A why-not about a code explains every rule that can raise it; each of those rules lists the code.
        foreach (var code in Shipped.Findings.Keys)
        {
            foreach (var rule in Shipped.Asked(code))
            {
                Assert.Contains(code, Shipped.Infos.Single(r => r.Id == Shipped.Definitions[rule].Name).Findings);
            }
        }

        // coverage.condition-billed-as-outpatient raises coverage.condition-not-cross-province's finding.
        Assert.Equal(new[] { FindingCodes.ConditionNotCrossProvince }, Shipped.Infos.Single(r => r.Id == "coverage.condition-billed-as-outpatient").Findings);
    }

    [Fact]
    public void Build_RejectsACodeDeclaredByTwoRules()
    {
        var e = Assert.Throws<RuleSetException>(() => SettlementRuleSet.Build(new[] { typeof(FirstDuplicateCodeRule), typeof(SecondDuplicateCodeRule) }));

        Assert.Contains("finding code 'TEST_CODE' is declared by 'test.first' (", e.Message, StringComparison.Ordinal);
        Assert.Contains("and 'test.second' (", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RejectsARuleWithoutADescriptionOrBasisInBothLanguages()
    {
        var e = Assert.Throws<RuleSetException>(() => SettlementRuleSet.Build(new[] { typeof(UndescribedRule) }));

        Assert.Contains("rule 'test.undescribed' needs a description and a basis in Chinese and in English", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RejectsTwoRulesWithOneName()
    {
        var e = Assert.Throws<RuleSetException>(() => SettlementRuleSet.Build(new[] { typeof(FirstDuplicateCodeRule), typeof(SameNameRule) }));

        Assert.Contains("rule name 'test.first' is used by 2 rules: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RejectsAReaderThatDoesNotRankBelowTheProducerOfADerivedFactItReads()
    {
        var e = Assert.Throws<RuleSetException>(() => SettlementRuleSet.Build(new[] { typeof(VisitScopeRule), typeof(ScopeReaderAtPlacementRule) }));

        Assert.Contains("rule 'test.scope-reader' (priority 50) reads TreatmentScope, which 'filing.scope' derives at priority 50", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AcceptsTheSameReaderAtALowerPriority() =>
        Assert.NotNull(SettlementRuleSet.Build(new[] { typeof(VisitScopeRule), typeof(ScopeReaderRule) }));

    [Fact]
    public void ShippedRules_DeriveEverySharedStep_AsAFactOfANamedRule()
    {
        var derived = Shipped.Rules.Select((r, i) => (Rule: r, Name: Shipped.Definitions[i].Name)).Where(x => x.Rule.Derives.Count > 0)
            .ToDictionary(x => x.Name, x => x.Rule.Derives.Single().Name);

        Assert.Equal("TreatmentScope", derived["filing.scope"]);
        Assert.Equal("FilingCoverage", derived["filing.covers"]);
        Assert.Equal("ReductionEntitlement", derived["filing.reduction-entitlement"]);
        Assert.Equal("LongTermFilingElsewhere", derived["filing.long-term-elsewhere"]);
        Assert.Equal("TwoWaySettlement", derived["filing.two-way-basis"]);
        Assert.Equal("FilingGap", derived["filing.gap"]);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool CollectedFindings_EqualYieldedFindings_WithNoPriorities(SettlementCase c)
    {
        var collected = new SettlementEvaluator().Evaluate(c, new EvaluationOptions { Language = Languages.English });
        var yielded = Yielding.Value.Evaluate(c, Languages.English);

        // Everything but the trace is equal. Without priorities, NRules may fire a rule whose conclusion a later fact
        // retracts (the gap before the exemption that closes it): the yielded trace holds every collected firing, and
        // may hold such retracted ones besides; with priorities nothing fired is ever retracted.
        return JsonSerializer.Serialize(collected with { Trace = Array.Empty<TraceEntry>() }, Json) == JsonSerializer.Serialize(yielded with { Trace = Array.Empty<TraceEntry>() }, Json)
            && collected.Trace.Select(Key).ToHashSet().IsSubsetOf(yielded.Trace.Select(Key));
    }

    private static string Key(TraceEntry t) => t.Rule + ":" + string.Join(",", t.Facts);

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 200)]
    public bool TraceOff_SameDecision_NoTrace(SettlementCase c)
    {
        var on = new SettlementEvaluator().Evaluate(c);
        var off = new SettlementEvaluator().Evaluate(c, new EvaluationOptions { IncludeTrace = false });

        return off.Trace.Count == 0 && on.Trace.Count > 0
            && JsonSerializer.Serialize(on with { Trace = Array.Empty<TraceEntry>() }, Json) == JsonSerializer.Serialize(off, Json);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 200)]
    public bool Trace_IsCanonical_ProducersFirst_ThenByRuleAndFacts(SettlementCase c)
    {
        var trace = new SettlementEvaluator().Evaluate(c).Trace;
        var priority = Shipped.Infos.ToDictionary(r => r.Id, r => r.Priority);

        for (var i = 1; i < trace.Count; i++)
        {
            var (a, b) = (trace[i - 1], trace[i]);
            var order = priority[b.Rule].CompareTo(priority[a.Rule]);
            order = order != 0 ? order : string.CompareOrdinal(a.Rule, b.Rule);
            if (order > 0 || (order == 0 && string.CompareOrdinal(string.Join("\u0001", a.Facts), string.Join("\u0001", b.Facts)) > 0))
            {
                return false;
            }
        }

        // Every finding's rule fired, and every rule fires at most once per match: no runaway.
        return trace.Count == trace.Select(t => t.Rule + ":" + string.Join(",", t.Facts)).Distinct().Count();
    }

    [Fact]
    public void ValueEqualFacts_StayDistinct_AndTheSameObjectListedTwiceIsOneFact()
    {
        var item = new EncounterItem { Code = "B07", Amount = 10m, InCatalog = false };
        var c = Cases.CrossProvinceOutpatient().Build() with { Encounter = Cases.CrossProvinceOutpatient().Build().Encounter with { Items = new[] { item, item, item with { } } } };

        var d = c.Evaluate();

        Assert.Equal(new[] { "B07" }, d.SelfPayItems);
        Assert.Equal(Outcome.NotReimbursable, d.Outcome);
    }

    public static class Arbitraries
    {
        public static Arbitrary<SettlementCase> Cases() =>
            Gen.OneOf(SettlementGenerators.ValidCases(), SettlementGenerators.CasesWithOneProblem(Cause.Filing), SettlementGenerators.CasesWithOneProblem(Cause.Account)).ToArbitrary();
    }

    private static readonly FindingDefinition TestFinding = new("TEST_CODE", new("示例", "an example"), Cause.Filing, Severity.Info, null, new("测试", "test"));

    private abstract class TestRule : SettlementRule
    {
        public override Cause Cause => Cause.Filing;

        public override LocalizedText Description { get; } = new("测试规则", "test rule");

        public override LocalizedText Basis { get; } = new("测试", "test");
    }

    /// <summary>Raises the test finding; each subclass declares it again.</summary>
    private abstract class RaisesTestFinding : TestRule
    {
        public override void Define()
        {
            Visit visit = null!;
            When().Match(() => visit);
            Raise(ctx => Found(ctx, TestFinding, On(visit)));
        }
    }

    /// <summary>Reads the derived <see cref="TreatmentScope"/>; the subclasses differ in priority only.</summary>
    private abstract class ScopeReader : TestRule
    {
        public override void Define()
        {
            TreatmentScope scope = null!;
            When().Match(() => scope, s => !s.IsLocal);
            Derive(ctx => new FilingGap(scope.Visit, null, false));
        }
    }

    [Name("test.first")]
    private sealed class FirstDuplicateCodeRule : RaisesTestFinding
    {
        public static readonly FindingDefinition Declared = TestFinding;
    }

    [Name("test.second")]
    private sealed class SecondDuplicateCodeRule : RaisesTestFinding
    {
        public static readonly FindingDefinition Declared = TestFinding;
    }

    [Name("test.undescribed")]
    private sealed class UndescribedRule : ScopeReader
    {
        public override LocalizedText Basis { get; } = new("测试", " ");
    }

    [Name("test.first")]
    private sealed class SameNameRule : ScopeReader
    {
    }

    [Name("test.scope-reader")]
    [Priority(RulePriorities.Placement)]
    private sealed class ScopeReaderAtPlacementRule : ScopeReader
    {
    }

    [Name("test.scope-reader")]
    private sealed class ScopeReaderRule : ScopeReader
    {
    }
}
