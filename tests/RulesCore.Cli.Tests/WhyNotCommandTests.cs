using System.Reflection;
using System.Text.Json;
using RulesCore.Settlement;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Cli.Tests;

/// <summary><c>rulescore explain FILE --why-not RULE|CODE</c>: every sample answers for every code it does not raise, in both languages.</summary>
public class WhyNotCommandTests
{
    private static readonly string[] AllCodes = typeof(FindingCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToArray();

    public static TheoryData<string> Samples() => new(Directory.GetFiles(Path.Combine(Cli.Root, "samples", "cases"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Samples))]
    public void EverySample_AnswersWhyNot_ForEveryFindingCodeItDoesNotRaise_InBothLanguages(string sample)
    {
        var file = Cli.Sample(sample);
        var raised = new SettlementEvaluator().Evaluate(SettlementJson.ReadCase(File.ReadAllBytes(file), null)).Findings.Select(f => f.Code).ToHashSet();
        Assert.Contains(AllCodes, c => !raised.Contains(c));
        foreach (var code in AllCodes.Where(c => !raised.Contains(c)))
        {
            var zh = Cli.Run("explain", file, "--why-not", code);
            Assert.True(zh.Exit == 0, code + ": " + zh.Err);
            Assert.StartsWith($"为什么没有 {code}？\n", zh.Out, StringComparison.Ordinal);
            Assert.Contains("\n规则 ", zh.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("{", zh.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("$var", zh.Out, StringComparison.Ordinal);

            var en = Cli.Run("explain", file, "--why-not", code, "--lang", "en");
            Assert.True(en.Exit == 0, code + ": " + en.Err);
            Assert.StartsWith($"Why is there no {code}?\n", en.Out, StringComparison.Ordinal);
            Assert.Contains("\nRule ", en.Out, StringComparison.Ordinal);
            Assert.DoesNotContain(en.Out, ch => ch is >= '\u4e00' and <= '\u9fff');
            Assert.DoesNotContain("{", en.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void WhyFilingF1DoesNotCoverTheVisit_ReadsAsTheCashierAsks()
    {
        var file = Cli.Sample("000-changsha-wuhan-expired-six-month-filing.json");

        var zh = Cli.Run("explain", file, "--why-not", "filing.covers");
        var en = Cli.Run("explain", file, "--why-not", "filing.covers", "--lang", "en");

        Assert.Equal(0, zh.Exit);
        Assert.StartsWith("为什么规则 filing.covers 没有触发？\n先全额垫付，再回参保地手工报销\n", zh.Out, StringComparison.Ordinal);
        Assert.Contains("  - 本次就诊：通过了前 1 步，停在第 2 步：\n      备案 F1 于 2025-01-31 到期，早于就诊日 2025-02-10（NRules 求值）\n", zh.Out, StringComparison.Ordinal);
        Assert.Contains("      filing F1 ended on 2025-01-31, before the visit on 2025-02-10 (evaluated by NRules)\n", en.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void TheJsonAnswer_IsTheDocumentTheLibraryWrites()
    {
        var file = Cli.Sample("settles-directly-long-term-resident.json");

        var (exit, output, _) = Cli.Run("explain", file, "--why-not", "FILING_EXPIRED", "--format", "json", "--lang", "en");

        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("FILING_EXPIRED", root.GetProperty("asked").GetString());
        Assert.Equal("direct", root.GetProperty("decision").GetProperty("outcome").GetString());
        var rule = root.GetProperty("rules")[0];
        Assert.Equal("filing.expired", rule.GetProperty("rule").GetString());
        Assert.Equal("noFactOfKind", rule.GetProperty("candidates")[0].GetProperty("stops")[0].GetProperty("kind").GetString());
        Assert.Equal("filing.gap", rule.GetProperty("because")[0].GetProperty("rule").GetString());
        var expected = SettlementJson.WriteWhyNot(new SettlementEvaluator().Explain(SettlementJson.ReadCase(File.ReadAllBytes(file), null), "FILING_EXPIRED", new EvaluationOptions { Language = Languages.English }));
        Assert.Equal(Provenance(expected), Provenance(output.TrimEnd('\n')));
    }

    private static string Provenance(string json) => System.Text.RegularExpressions.Regex.Replace(json, "\"rules\": \"[0-9a-f]+\"", "\"rules\": \"…\"");

    [Fact]
    public void AnUnknownRuleOrCode_IsRefusedInTheReadersLanguage_AndEscaped()
    {
        var file = Cli.Sample("settles-directly-long-term-resident.json");

        var zh = Cli.Run("explain", file, "--why-not", "NO_SUCH\u001b[31m");
        var en = Cli.Run("explain", file, "--why-not", "no.such-rule", "--lang", "en");

        Assert.Equal(2, zh.Exit);
        Assert.Equal("rulescore: 没有 id 为 'NO_SUCH\\u001B[31m' 的规则，也没有这个发现代码。规则和代码见 'rulescore rules'。\n", zh.Err);
        Assert.Equal(2, en.Exit);
        Assert.Equal("rulescore: no rule has the id 'no.such-rule' and no finding has that code. 'rulescore rules' lists both.\n", en.Err);
        Assert.Empty(en.Out);
    }

    [Fact]
    public void WhyNot_BelongsToExplain_AndAnInvalidCaseGetsItsErrors()
    {
        var evaluate = Cli.Run("evaluate", Cli.Sample("settles-directly-long-term-resident.json"), "--why-not", "filing.covers", "--lang", "en");
        Assert.Equal((2, "rulescore: --why-not is for explain only.\n"), (evaluate.Exit, evaluate.Err));

        var missing = Cli.Run("explain", Path.Combine(Cli.Root, "no-such-case.json"), "--why-not", "filing.covers", "--lang", "en", "--format", "json");
        Assert.Equal(2, missing.Exit);
        Assert.Equal("UNREADABLE_FILE", JsonDocument.Parse(missing.Out).RootElement.GetProperty("errors")[0].GetProperty("code").GetString());

        var help = Cli.Run("explain", "--help", "--lang", "en");
        Assert.Contains("--why-not RULE|CODE", help.Out, StringComparison.Ordinal);
    }
}
