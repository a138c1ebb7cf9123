using NRules.Fluent.Dsl;
using RulesCore.Settlement;
using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Cli.Tests;

/// <summary><c>--rules DLL</c> loads integrators' rules beside ours; messages follow <c>--lang</c>.</summary>
public class IntegratorRulesTests
{
    private static readonly string RulesDll = typeof(IntegratorRulesTests).Assembly.Location;

    [Fact]
    public void Rules_ListsAnIntegratorsRuleBesideOurs_WithScopeAndOrigin()
    {
        var (exit, stdout, _) = Cli.Run("rules", "--rules", RulesDll, "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Contains("  example.cli-notice\n", stdout, StringComparison.Ordinal);
        Assert.Contains("applies: insured in Guangxi (450000)", stdout, StringComparison.Ordinal);
        Assert.Contains("from: RulesCore.Cli.Tests", stdout, StringComparison.Ordinal);
        Assert.Contains("findings: EXAMPLE_CLI_NOTICE", stdout, StringComparison.Ordinal);
        Assert.Contains("  filing.expired\n", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WithRules_ShowsTheIntegratorsFinding_InScopeOnly()
    {
        var (exit, guangxi, _) = Cli.Run("evaluate", Cli.Sample("002-guangxi-hechi-cross-province-no-filing.json"), "--rules", RulesDll, "--format", "json");
        var (_, changsha, _) = Cli.Run("evaluate", Cli.Sample("000-changsha-wuhan-expired-six-month-filing.json"), "--rules", RulesDll, "--format", "json");

        Assert.Equal(0, exit);
        Assert.Contains("\"EXAMPLE_CLI_NOTICE\"", guangxi, StringComparison.Ordinal);
        Assert.DoesNotContain("EXAMPLE_CLI_NOTICE", changsha, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_NamesTheRulesThatDoNotApplyToTheVisit()
    {
        var (_, stdout, _) = Cli.Run("explain", Cli.Sample("000-changsha-wuhan-expired-six-month-filing.json"), "--rules", RulesDll);

        Assert.Contains("不适用于本次就医的规则（范围或日期之外）：example.cli-notice (适用：参保地 广西壮族自治区（450000）)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingRulesAssembly_IsInvalidInput_Named()
    {
        var (exit, _, stderr) = Cli.Run("evaluate", Cli.Sample("000-changsha-wuhan-expired-six-month-filing.json"), "--rules", "no-such-rules.dll", "--lang", "en");

        Assert.Equal(2, exit);
        Assert.Contains("cannot load the rules assembly 'no-such-rules.dll' (not found)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_AreChineseByDefault_EnglishOnRequest()
    {
        Assert.Equal("rulescore: evaluate 需要一个或多个病例文件。\n", Cli.Run("evaluate").Err);
        Assert.Equal("rulescore: evaluate takes one or more case files.\n", Cli.Run("evaluate", "--lang", "en").Err);
        Assert.StartsWith("rulescore: 没有 '--nope' 这个选项。\n用法见", Cli.Run("evaluate", "--nope").Err, StringComparison.Ordinal);
        Assert.StartsWith("rulescore: unknown option '--nope'.\nRun", Cli.Run("evaluate", "--nope", "--lang=en").Err, StringComparison.Ordinal);
        Assert.StartsWith("rulescore: 没有 'frobnicate' 这个命令。", Cli.Run("frobnicate").Err, StringComparison.Ordinal);
    }

    [Fact]
    public void AnInvalidCase_IsExplainedInChinese_ByDefault()
    {
        var file = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".json");
        File.WriteAllText(file, """{ "schemaVersion": 1, "person": {} }""");
        try
        {
            var (exit, stdout, _) = Cli.Run("evaluate", file);

            Assert.Equal(2, exit);
            Assert.StartsWith("病例无效，未作判断", stdout, StringComparison.Ordinal);
            Assert.Contains("person.insuredRegion                  REQUIRED  缺少这个必填字段。", stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("is required", stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>An example, not policy: a note for 广西-insured visits.</summary>
    [Name("example.cli-notice")]
    [AppliesIn(RegionRole.Insured, "450000")]
    public sealed class ExampleCliNoticeRule : SettlementRule
    {
        public static readonly FindingDefinition Notice = new("EXAMPLE_CLI_NOTICE", new("示例", "an example"), Cause.Coverage, Severity.Info, null,
            new("广西参保人的示例提示。", "An example note for people insured in Guangxi."));

        public override Cause Cause => Cause.Coverage;

        public override LocalizedText Description { get; } = new("广西参保人就医时的示例提示。", "An example note for visits by people insured in Guangxi.");

        public override LocalizedText Basis { get; } = new("示例", "example");

        public override void Define()
        {
            Visit visit = null!;
            When().Match(() => visit);
            Raise(ctx => Found(ctx, Notice, On(visit)));
        }
    }
}
