using RulesCore.Settlement;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;

namespace RulesCore.Cli.Tests;

/// <summary><c>rulescore policy</c> fits 100 terminal columns (CJK characters take two), losing no text.</summary>
public class PolicyTableTests
{
    /// <summary>Columns on a terminal, measured here independently of the command line's own code.</summary>
    private static int Columns(string line) => line.Sum(c =>
        char.IsLowSurrogate(c) ? 0
        : char.IsHighSurrogate(c) || (c >= '\u1100' && c <= '\u115f') || (c >= '\u2e80' && c <= '\ua4cf') || (c >= '\uac00' && c <= '\ud7a3') || (c >= '\uf900' && c <= '\ufaff') || (c >= '\ufe30' && c <= '\ufe4f') || (c >= '\uff00' && c <= '\uff60') || (c >= '\uffe0' && c <= '\uffe6') ? 2
        : 1);

    /// <summary>The lines of a parameter's entry: its row and the lines below it up to the next row.</summary>
    private static string[] Entry(string output, string parameter)
    {
        var lines = output.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("  " + parameter + " ", StringComparison.Ordinal));
        Assert.True(start > 0, parameter);
        return lines.Skip(start).TakeWhile((l, i) => i == 0 || l.StartsWith("   ", StringComparison.Ordinal)).ToArray();
    }

    [Theory]
    [InlineData("450102", "2025-06-01")]
    [InlineData("420300", "2025-03-01")]
    [InlineData("430100", "2024-01-01")]
    [InlineData("110000", "2025-06-01")]
    public void EveryLine_FitsIn100Columns_InBothLanguages(string region, string date)
    {
        foreach (var language in new[] { "zh-CN", "en" })
        {
            var (exit, stdout, _) = Cli.Run("policy", region, "--as-of", date, "--lang", language);

            Assert.Equal(0, exit);
            var lines = stdout.TrimEnd('\n').Split('\n');
            Assert.True(lines.Length > PolicyParameters.All.Count, stdout);
            Assert.All(lines, line => Assert.True(Columns(line) <= 100, $"{Columns(line)} columns: {line}"));
            Assert.Contains(lines, line => Columns(line) > 90); // long texts wrap near the edge, not early
        }
    }

    [Fact]
    public void LongSourcesAndValues_Wrap_AndNoWordIsLost()
    {
        var policy = new SettlementEvaluator().Policies.Resolve(RegionCode.Parse("450102"), new DateTime(2025, 6, 1));
        var (_, zh, _) = Cli.Run("policy", "450102", "--as-of", "2025-06-01");
        var (_, en, _) = Cli.Run("policy", "450102", "--as-of", "2025-06-01", "--lang", "en");

        foreach (var value in policy.Values)
        {
            var zhEntry = Entry(zh, value.Parameter.Title.Chinese);
            var enEntry = Entry(en, value.Parameter.Title.English);

            // Chinese wraps between characters: the lines joined without their indentation hold the whole source.
            Assert.Contains(value.Entry.Source.Chinese, string.Concat(zhEntry.Skip(1).Select(l => l.Trim())), StringComparison.Ordinal);

            // English wraps at spaces: joined with one space, the whole source again.
            Assert.Contains(value.Entry.Source.English, string.Join(" ", enEntry.Skip(1).Select(l => l.Trim())), StringComparison.Ordinal);
            Assert.Contains(value.Entry.FormatValue("en"), string.Join(" ", enEntry.Select(l => l.Trim())).Replace(", ", ",", StringComparison.Ordinal).Replace(",", ", ", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        // Parameters by their titles, values in words: no identifier, no true/false/null.
        var exempt = Entry(zh, "省内异地就医免备案");
        Assert.EndsWith(" 是", exempt[0], StringComparison.Ordinal);
        Assert.Equal("  就医后补办备案的时限", Entry(zh, "就医后补办备案的时限")[0].Split("  未知")[0].TrimEnd());
        Assert.DoesNotContain("retroactiveFilingWindowMonths", zh, StringComparison.Ordinal);
        Assert.DoesNotContain(" null", en, StringComparison.Ordinal);
        Assert.EndsWith(" 6 months", Entry(en, "default validity of a temporary filing")[0], StringComparison.Ordinal);
        Assert.StartsWith("      省级 广西壮族自治区（450000），低：广西河池门诊特殊慢性病患者2025年异地就医指南", exempt[1], StringComparison.Ordinal);

        var conditions = Entry(en, "chronic conditions settled across provinces");
        Assert.True(conditions.Length >= 4, string.Join("\n", conditions));
        Assert.Matches("^  chronic conditions settled across provinces +hypertension, diabetes,", conditions[0]);
        Assert.StartsWith(new string(' ', conditions[0].IndexOf("hypertension", StringComparison.Ordinal)), conditions[1], StringComparison.Ordinal);
    }

    [Fact]
    public void APacksVeryLongSource_WrapsWithin100Columns_InBothScripts()
    {
        var chinese = string.Concat(Enumerable.Repeat("异地就医直接结算政策说明，", 60)) + "见 https://example.org/" + new string('a', 150);
        var english = string.Join(" ", Enumerable.Repeat("cross-region settlement policy notes,", 20)) + " https://example.org/" + new string('b', 150);
        var pack = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".json");
        File.WriteAllText(pack, $$"""
            { "region": "430100", "name": "test", "parameters": { "personalAccountPermissionRequired": [
              { "value": true, "effectiveFrom": null, "effectiveUntil": null, "source": { "zh-CN": "{{chinese}}", "en": "{{english}}" }, "confidence": "stated" } ] } }
            """);
        try
        {
            foreach (var (language, source) in new[] { ("zh-CN", chinese), ("en", english) })
            {
                var (exit, stdout, stderr) = Cli.Run("policy", "430100", "--policy-pack", pack, "--lang", language, "--as-of", "2025-01-01");

                Assert.True(exit == 0, stderr);
                Assert.All(stdout.TrimEnd('\n').Split('\n'), line => Assert.True(Columns(line) <= 100, $"{Columns(line)} columns: {line}"));
                var entry = Entry(stdout, language == "en" ? "personal-account payment permission required" : "需开通个人账户支付权限");
                Assert.True(entry.Length > 8);
                var joined = language == "en" ? string.Join(" ", entry.Skip(1).Select(l => l.Trim())) : string.Concat(entry.Skip(1).Select(l => l.Trim()));
                Assert.Contains(source.Substring(0, source.IndexOf("https", StringComparison.Ordinal)).Replace(" ", string.Empty, StringComparison.Ordinal), joined.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
                Assert.Contains(new string(language == "en" ? 'b' : 'a', 60), stdout, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(pack);
        }
    }

    [Fact]
    public void NoLine_StartsWithClosingPunctuation()
    {
        var (_, zh, _) = Cli.Run("policy", "450102", "--as-of", "2025-06-01");

        Assert.All(zh.Split('\n'), line => Assert.False(line.TrimStart().Length > 0 && "，。、；：）」".Contains(line.TrimStart()[0], StringComparison.Ordinal), line));
    }
}
