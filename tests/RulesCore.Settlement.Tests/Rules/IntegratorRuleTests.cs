using NRules.Fluent.Dsl;
using RulesCore.Settlement.Rules;
using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Tests.Rules;

/// <summary>An integrator's rule, written in another assembly the way ours are, joins the shipped rules.</summary>
public class IntegratorRuleTests
{
    [Fact]
    public void AnIntegratorsRule_FiresBesideOurs_AndItsFindingFoldsIn()
    {
        var evaluator = new SettlementEvaluator(new SettlementOptions().AddRules(typeof(ExampleCrossProvinceNoticeRule)));

        var d = evaluator.Evaluate(CrossProvinceOutpatient(), new EvaluationOptions { Language = Languages.Chinese });

        var f = d.Single("EXAMPLE_CROSS_PROVINCE_NOTICE");
        Assert.Equal("example.cross-province-notice", f.Rule);
        Assert.Equal(Cause.Coverage, f.Cause);
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Equal("跨省就医：请保留本次发票（示例规则）。", f.Message);
        Assert.Equal("示例文件：示例要点", f.Basis);
        Assert.Equal(new[] { "encounter" }, f.Facts);
        Assert.Contains(d.Trace, t => t.Rule == "example.cross-province-notice");
        Assert.Equal(Outcome.Direct, d.Outcome);
        Assert.False(evaluator.Evaluate(LocalOutpatient()).Has("EXAMPLE_CROSS_PROVINCE_NOTICE"));
    }

    [Fact]
    public void ACollectionARuleMatched_IsTracedAsItsMembers_InReferenceOrder_AndAnEmptyOneAsNone()
    {
        var evaluator = new SettlementEvaluator(new SettlementOptions().AddRules(typeof(ItemsOutsideCatalogueNoteRule), typeof(ItemsFirstNoteRule)));

        var two = evaluator.Evaluate(CrossProvinceOutpatient().WithItemsOutsideCatalog("Z9", "A1"));
        var none = evaluator.Evaluate(CrossProvinceOutpatient());

        Assert.Equal(new[] { "encounter", "item:A1", "item:Z9" }, Assert.Single(two.Trace, t => t.Rule == "example.items-outside-catalogue-note").Facts);
        Assert.Equal(new[] { "encounter" }, Assert.Single(none.Trace, t => t.Rule == "example.items-outside-catalogue-note").Facts);
        Assert.Equal(new[] { "item:A1", "item:Z9", "encounter" }, Assert.Single(two.Trace, t => t.Rule == "example.items-first-note").Facts);
        Assert.Equal(new[] { "encounter" }, Assert.Single(none.Trace, t => t.Rule == "example.items-first-note").Facts);
    }

    [Fact]
    public void TheRulesInForce_ListAnIntegratorsRule_WithItsAssemblyAndFindings()
    {
        var evaluator = new SettlementEvaluator(new SettlementOptions().AddRules(typeof(ExampleCrossProvinceNoticeRule)));

        var info = Assert.Single(evaluator.Rules, r => r.Id == "example.cross-province-notice");
        Assert.Equal(new[] { "EXAMPLE_CROSS_PROVINCE_NOTICE" }, info.Findings);
        Assert.Equal(typeof(IntegratorRuleTests).Assembly.GetName().Name, info.Assembly);
        Assert.Equal(Evaluator.Rules.Count + 1, evaluator.Rules.Count);
        Assert.All(Evaluator.Rules, r => Assert.Equal("RulesCore.Settlement", r.Assembly));
    }

    [Fact]
    public void AddRules_FromAnAssembly_TakesItsPublicRules()
    {
        var options = new SettlementOptions().AddRules(typeof(IntegratorRuleTests).Assembly);

        Assert.Equal(new[] { typeof(ExampleCrossProvinceNoticeRule) }, options.Rules);
    }

    [Fact]
    public void AddRules_RefusesWhatIsNotARule()
    {
        Assert.Throws<ArgumentException>(() => new SettlementOptions().AddRules(typeof(string)));
        Assert.Throws<ArgumentException>(() => new SettlementOptions().AddRules(typeof(SettlementRule)));
    }

    [Theory]
    [InlineData(typeof(SameNameAsOursRule), "rule name 'filing.expired' is used by 2 rules: RulesCore.Settlement.Rules.FilingExpiredRule in RulesCore.Settlement and RulesCore.Settlement.Tests.Rules.IntegratorRuleTests+SameNameAsOursRule in RulesCore.Settlement.Tests")]
    [InlineData(typeof(SameCodeAsOursRule), "finding code 'FILING_EXPIRED' is declared by 'filing.expired' (RulesCore.Settlement.Rules.FilingExpiredRule in RulesCore.Settlement) and 'example.same-code' (RulesCore.Settlement.Tests.Rules.IntegratorRuleTests+SameCodeAsOursRule in RulesCore.Settlement.Tests)")]
    [InlineData(typeof(UnnamedRule), "needs a stable id: [Name(\"cause.what-it-decides\")]")]
    [InlineData(typeof(CapsWithoutRemedyRule), "finding code 'EXAMPLE_NO_REMEDY' of rule 'example.no-remedy' caps the outcome and needs at least one remedy")]
    [InlineData(typeof(MessageInOneLanguageRule), "finding code 'EXAMPLE_ONE_LANGUAGE' of rule 'example.one-language' needs a message in Chinese and in English")]
    [InlineData(typeof(TitleInOneLanguageRule), "finding code 'EXAMPLE_ONE_LANGUAGE_TITLE' of rule 'example.one-language-title' needs a title in Chinese and in English")]
    [InlineData(typeof(UntitledRule), "finding code 'EXAMPLE_UNTITLED' of rule 'example.untitled' needs a title in Chinese and in English")]
    [InlineData(typeof(UnknownRemedyRule), "finding code 'EXAMPLE_UNKNOWN_REMEDY' of rule 'example.unknown-remedy' names unknown remedy 'CALL_A_FRIEND'")]
    [InlineData(typeof(LowerCaseCodeRule), "finding code 'example-notice' of rule 'example.lower-case-code' must be UPPER_SNAKE_CASE")]
    public void AnInconsistentRule_IsRejectedWhenTheEvaluatorIsBuilt_NamingTheRule(Type rule, string problem)
    {
        var e = Assert.Throws<RuleSetException>(() => new SettlementEvaluator(new SettlementOptions().AddRules(rule)));

        Assert.Contains(e.Problems, p => p.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void ARuleDeclaredForARegion_FiresOnlyForVisitsInsuredThere()
    {
        var evaluator = new SettlementEvaluator(new SettlementOptions().AddRules(typeof(ExampleGuangxiNoticeRule)));
        var guangxi = CrossProvinceOutpatient().InsuredIn(RegionCode.Parse("451200"));

        Assert.True(evaluator.Evaluate(guangxi).Has("EXAMPLE_GUANGXI_NOTICE"));
        Assert.False(evaluator.Evaluate(CrossProvinceOutpatient()).Has("EXAMPLE_GUANGXI_NOTICE"));
        Assert.DoesNotContain(evaluator.Evaluate(CrossProvinceOutpatient()).Trace, t => t.Rule == "example.guangxi-notice");
        var info = Assert.Single(evaluator.Rules, r => r.Id == "example.guangxi-notice");
        Assert.True(info.AppliesTo(guangxi));
        Assert.False(info.AppliesTo(CrossProvinceOutpatient()));
        Assert.Equal("450000", Assert.Single(info.AppliesIn).Region);
    }

    [Fact]
    public void ARuleInForceFromADate_FiresOnlyForVisitsFromThatDate()
    {
        var evaluator = new SettlementEvaluator(new SettlementOptions().AddRules(typeof(ExampleGuangxiNoticeRule)));
        var before = CrossProvinceOutpatient().InsuredIn(RegionCode.Parse("451200")).On("2024-12-31");
        var after = CrossProvinceOutpatient().InsuredIn(RegionCode.Parse("451200")).On("2026-01-01");

        Assert.False(evaluator.Evaluate(before).Has("EXAMPLE_GUANGXI_NOTICE"));
        Assert.False(evaluator.Evaluate(after).Has("EXAMPLE_GUANGXI_NOTICE"));
        var info = Assert.Single(evaluator.Rules, r => r.Id == "example.guangxi-notice");
        Assert.Equal(D("2025-01-01"), info.InForceFrom);
        Assert.Equal(D("2025-12-31"), info.InForceUntil);
        Assert.False(info.AppliesTo(before));
    }

    [Theory]
    [InlineData(typeof(BadRegionRule), "rule 'example.bad-region' declares [AppliesIn] with an invalid role or region code")]
    [InlineData(typeof(BadDatesRule), "rule 'example.bad-dates' declares [InForce] with dates that are not yyyy-MM-dd, or that end before they start")]
    public void ABadScope_IsRejectedWhenTheEvaluatorIsBuilt(Type rule, string problem)
    {
        var e = Assert.Throws<RuleSetException>(() => new SettlementEvaluator(new SettlementOptions().AddRules(rule)));

        Assert.Contains(e.Problems, p => p.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void TheRulesFingerprint_IsStable_AndChangesWhenARulesConditionChanges()
    {
        var shipped = new SettlementEvaluator().RulesFingerprint;
        var one = new SettlementEvaluator(new SettlementOptions().AddRules(typeof(ExampleGuangxiNoticeRule))).RulesFingerprint;
        var again = new SettlementEvaluator(new SettlementOptions().AddRules(typeof(ExampleGuangxiNoticeRule))).RulesFingerprint;
        var otherCondition = new SettlementEvaluator(new SettlementOptions().AddRules(typeof(ExampleParameterRule))).RulesFingerprint;

        Assert.Matches("^[0-9a-f]{64}$", shipped);
        Assert.Equal(shipped, new SettlementEvaluator().RulesFingerprint);
        Assert.Equal(one, again);
        Assert.NotEqual(shipped, one);
        Assert.NotEqual(one, otherCondition);
    }

    [Fact]
    public void ADecisionsProvenance_NamesTheLibraryTheRulesAndThePacksItUsed()
    {
        var guangxi = CrossProvinceOutpatient().InsuredIn(RegionCode.Parse("451200"));
        var withPack = WithPack(Pack("451200", "temporaryFilingDefaultMonths", "3"));

        var shipped = Evaluator.Evaluate(guangxi).Provenance!;
        var changed = withPack.Evaluate(guangxi).Provenance!;

        Assert.Equal(Evaluator.RulesFingerprint, shipped.Rules);
        Assert.StartsWith("0.2.0", shipped.Library, StringComparison.Ordinal);
        Assert.Equal(new[] { "national", "450000" }, shipped.Policies.Select(p => p.Region));
        Assert.Equal(new[] { "national", "450000", "451200" }, changed.Policies.Select(p => p.Region));
        Assert.Equal(shipped.Policies[1].Hash, changed.Policies[1].Hash);
        Assert.NotEqual(withPack.Evaluate(guangxi).Provenance!.Policies[2].Hash, WithPack(Pack("451200", "temporaryFilingDefaultMonths", "4")).Evaluate(guangxi).Provenance!.Policies[2].Hash);
    }

    /// <summary>An integrator's own parameter: off by default, on in 广西's pack.</summary>
    public static readonly RulesCore.Settlement.Policies.PolicyParameter<bool> ExampleNoticeWanted =
        RulesCore.Settlement.Policies.PolicyParameters.Boolean("exampleNoticeWanted", RulesCore.Settlement.Policies.PolicyScope.InsuredRegion, new("示例参数", "example parameter"), "Whether the insured region wants the example notice.");

    [Fact]
    public void AnIntegratorsParameter_HasItsDefault_IsSetInTheirPack_AndTheirRuleReadsIt()
    {
        var options = new SettlementOptions()
            .AddParameter(ExampleNoticeWanted, false, new LocalizedText("示例默认值", "example default"))
            .AddPolicyPack(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Pack("450000", "exampleNoticeWanted", "true"))), "example-pack")
            .AddRules(typeof(ExampleParameterRule));
        var evaluator = new SettlementEvaluator(options);

        Assert.True(evaluator.Evaluate(CrossProvinceOutpatient().InsuredIn(RegionCode.Parse("451200"))).Has("EXAMPLE_PARAMETER_NOTICE"));
        Assert.False(evaluator.Evaluate(CrossProvinceOutpatient()).Has("EXAMPLE_PARAMETER_NOTICE"));
        Assert.Equal("example default", evaluator.Policies.Resolve(RegionCode.Parse("430100"), D("2025-03-10"))[ExampleNoticeWanted].Entry.Source.English);
        Assert.Contains(evaluator.Policies.Resolve(RegionCode.Parse("451200"), D("2025-03-10")).Values, v => v.Parameter == ExampleNoticeWanted && (bool)v.Value!);
    }

    [Fact]
    public void APackSettingAnUndeclaredParameter_IsStillRejected_NamingIt()
    {
        var e = Assert.Throws<RulesCore.Settlement.Errors.InvalidPolicyPackException>(() => new SettlementOptions()
            .AddPolicyPack(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Pack("450000", "exampleNoticeWanted", "true"))), "example-pack"));

        Assert.Contains(e.Errors, x => x.Path == "parameters.exampleNoticeWanted" && x.Code == InputErrorCodes.UnknownProperty && x.Message.StartsWith("Not a policy parameter", StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => new SettlementEvaluator().Policies.Resolve(RegionCode.Parse("451200"), D("2025-03-10"))[ExampleNoticeWanted]);
    }

    [Fact]
    public void DeclaringAParameter_ThatIsOursOrTwice_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => RulesCore.Settlement.Policies.PolicyParameters.Boolean("emergencyDeemedFiled", RulesCore.Settlement.Policies.PolicyScope.InsuredRegion, new("示例参数", "example parameter"), "x"));
        Assert.Throws<ArgumentException>(() => RulesCore.Settlement.Policies.PolicyParameters.Integer("Not camel", RulesCore.Settlement.Policies.PolicyScope.InsuredRegion, new("示例参数", "example parameter"), new("天", "days"), "x", 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => RulesCore.Settlement.Policies.PolicyParameters.Integer("exampleBackwards", RulesCore.Settlement.Policies.PolicyScope.InsuredRegion, new("示例参数", "example parameter"), new("天", "days"), "x", 5, 1));
        var options = new SettlementOptions().AddParameter(ExampleNoticeWanted, false, new LocalizedText("示例", "example"));
        Assert.Throws<ArgumentException>(() => options.AddParameter(ExampleNoticeWanted, true, new LocalizedText("示例", "example")));
    }

    [Name("example.parameter-notice")]
    private sealed class ExampleParameterRule : BrokenRule
    {
        public static readonly FindingDefinition Declared = new("EXAMPLE_PARAMETER_NOTICE", new("示例", "an example"), Cause.Coverage, Severity.Info, null, new("示例", "example"));

        protected override FindingDefinition Raises => Declared;

        protected override bool Wanted(Visit visit) => visit.InsuredPolicy.Get(ExampleNoticeWanted);
    }

    /// <summary>An example, not policy: a note for 广西-insured visits in 2025.</summary>
    [Name("example.guangxi-notice")]
    [AppliesIn(RegionRole.Insured, "450000")]
    [InForce(From = "2025-01-01", Until = "2025-12-31")]
    private sealed class ExampleGuangxiNoticeRule : BrokenRule
    {
        public static readonly FindingDefinition Declared = new("EXAMPLE_GUANGXI_NOTICE", new("示例", "an example"), Cause.Coverage, Severity.Info, null, new("示例", "example"));

        protected override FindingDefinition Raises => Declared;
    }

    [Name("example.bad-region")]
    [AppliesIn(RegionRole.Treatment, "99")]
    private sealed class BadRegionRule : BrokenRule
    {
        protected override FindingDefinition Raises => new("EXAMPLE_BAD_REGION", new("示例", "an example"), Cause.Coverage, Severity.Info, null, new("示例", "example"));
    }

    [Name("example.bad-dates")]
    [InForce(From = "2025-12-31", Until = "2025-01-01")]
    private sealed class BadDatesRule : BrokenRule
    {
        protected override FindingDefinition Raises => new("EXAMPLE_BAD_DATES", new("示例", "an example"), Cause.Coverage, Severity.Info, null, new("示例", "example"));
    }

    /// <summary>An example, not policy: a note on every cross-province visit.</summary>
    [Name("example.cross-province-notice")]
    public sealed class ExampleCrossProvinceNoticeRule : SettlementRule
    {
        public static readonly FindingDefinition Notice = new("EXAMPLE_CROSS_PROVINCE_NOTICE", new("示例", "an example"), Cause.Coverage, Severity.Info, null,
            new("跨省就医：请保留本次发票（示例规则）。", "Cross-province visit: keep this invoice (an example rule)."));

        public override Cause Cause => Cause.Coverage;

        public override LocalizedText Description { get; } = new("跨省就医时提醒保留发票（示例）。", "Reminds cross-province patients to keep the invoice (an example).");

        public override LocalizedText Basis { get; } = new("示例文件：示例要点", "example document: example point");

        public override void Define()
        {
            TreatmentScope scope = null!;

            When().Match(() => scope, s => s.Scope == VisitScope.CrossProvince);

            Raise(ctx => Found(ctx, Notice, On(scope.Visit)));
        }
    }

    /// <summary>Matches the visit with every item outside the catalogue, as one collection (empty when there is none).</summary>
    [Name("example.items-outside-catalogue-note")]
    private sealed class ItemsOutsideCatalogueNoteRule : ItemsNoteRule
    {
        public override void Define()
        {
            Visit visit = null!;
            IEnumerable<EncounterItem> items = null!;

            When().Match(() => visit).Query(() => items, OutsideCatalogue);

            Then().Do(ctx => Nothing());
        }
    }

    /// <summary>As <see cref="ItemsOutsideCatalogueNoteRule"/>, the collection matched before the visit.</summary>
    [Name("example.items-first-note")]
    private sealed class ItemsFirstNoteRule : ItemsNoteRule
    {
        public override void Define()
        {
            IEnumerable<EncounterItem> items = null!;
            Visit visit = null!;

            When().Query(() => items, OutsideCatalogue).Match(() => visit);

            Then().Do(ctx => Nothing());
        }
    }

    /// <summary>A rule that only matches the items outside the catalogue as a collection, and does nothing.</summary>
    private abstract class ItemsNoteRule : SettlementRule
    {
        public override Cause Cause => Cause.Coverage;

        public override LocalizedText Description { get; } = new("示例", "an example");

        public override LocalizedText Basis { get; } = new("示例", "an example");

        protected static IQuery<IEnumerable<EncounterItem>> OutsideCatalogue(IQuery q) => q.Match<EncounterItem>(i => !i.InCatalog).Collect();

        protected static void Nothing()
        {
        }
    }

    private abstract class BrokenRule : SettlementRule
    {
        public override Cause Cause => Cause.Coverage;

        public override LocalizedText Description { get; } = new("示例", "example");

        public override LocalizedText Basis { get; } = new("示例", "example");

        protected abstract FindingDefinition Raises { get; }

        protected virtual bool Wanted(Visit visit) => true;

        public override void Define()
        {
            Visit visit = null!;
            var finding = Raises;
            When().Match(() => visit, v => Wanted(v));
            Raise(ctx => Found(ctx, finding, On(visit)));
        }
    }

    [Name("filing.expired")]
    private sealed class SameNameAsOursRule : BrokenRule
    {
        protected override FindingDefinition Raises => new("EXAMPLE_SAME_NAME", new("示例", "an example"), Cause.Coverage, Severity.Info, null, new("示例", "example"));
    }

    [Name("example.same-code")]
    private sealed class SameCodeAsOursRule : BrokenRule
    {
        public static readonly FindingDefinition Declared = new(FindingCodes.FilingExpired, new("示例", "an example"), Cause.Coverage, Severity.Info, null, new("示例", "example"));

        protected override FindingDefinition Raises => Declared;
    }

    private sealed class UnnamedRule : BrokenRule
    {
        protected override FindingDefinition Raises => new("EXAMPLE_UNNAMED", new("示例", "an example"), Cause.Coverage, Severity.Info, null, new("示例", "example"));
    }

    [Name("example.lower-case-code")]
    private sealed class LowerCaseCodeRule : BrokenRule
    {
        public static readonly FindingDefinition Declared = new("example-notice", new("示例", "an example"), Cause.Coverage, Severity.Info, null, new("示例", "example"));

        protected override FindingDefinition Raises => Declared;
    }

    [Name("example.no-remedy")]
    private sealed class CapsWithoutRemedyRule : BrokenRule
    {
        public static readonly FindingDefinition Declared = new("EXAMPLE_NO_REMEDY", new("示例", "an example"), Cause.Coverage, Severity.Blocking, Outcome.PayThenClaim, new("示例", "example"));

        protected override FindingDefinition Raises => Declared;
    }

    [Name("example.one-language")]
    private sealed class MessageInOneLanguageRule : BrokenRule
    {
        public static readonly FindingDefinition Declared = new("EXAMPLE_ONE_LANGUAGE", new("示例", "an example"), Cause.Coverage, Severity.Info, null, new("示例", " "));

        protected override FindingDefinition Raises => Declared;
    }

    [Name("example.one-language-title")]
    private sealed class TitleInOneLanguageRule : BrokenRule
    {
        public static readonly FindingDefinition Declared = new("EXAMPLE_ONE_LANGUAGE_TITLE", new(" ", "an example"), Cause.Coverage, Severity.Info, null, new("示例", "an example"));

        protected override FindingDefinition Raises => Declared;
    }

    /// <summary>A rule compiled against 0.1.0, whose finding was declared without a title (the obsolete constructor, called as such a binary does).</summary>
    [Name("example.untitled")]
    private sealed class UntitledRule : BrokenRule
    {
        public static readonly FindingDefinition Declared = (FindingDefinition)typeof(FindingDefinition)
            .GetConstructor(new[] { typeof(string), typeof(Cause), typeof(Severity), typeof(Outcome?), typeof(LocalizedText), typeof(string[]) })!
            .Invoke(new object?[] { "EXAMPLE_UNTITLED", Cause.Coverage, Severity.Info, null, new LocalizedText("示例", "an example"), Array.Empty<string>() });

        protected override FindingDefinition Raises => Declared;
    }

    [Name("example.unknown-remedy")]
    private sealed class UnknownRemedyRule : BrokenRule
    {
        public static readonly FindingDefinition Declared = new("EXAMPLE_UNKNOWN_REMEDY", new("示例", "an example"), Cause.Coverage, Severity.Blocking, Outcome.PayThenClaim, new("示例", "example"), "CALL_A_FRIEND");

        protected override FindingDefinition Raises => Declared;
    }
}
