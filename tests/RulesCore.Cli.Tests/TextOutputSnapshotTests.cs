using System.Globalization;
using System.Text;
using System.Text.Json;

namespace RulesCore.Cli.Tests;

/// <summary>
/// What a patient or cashier reads for every sample case, asked a week before the visit and a month after it, in each
/// language: the headline, the findings and the checklist grouped by what each step is for. Pinned word for word, one
/// file per language; a changed sentence shows up as a diff to review.
/// </summary>
public class TextOutputSnapshotTests
{
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void EverySample_BeforeAndAfterTheVisit_MatchesItsSnapshot(string language)
    {
        var actual = Render(language);
        var directory = Path.Combine(Cli.Root, "tests", "RulesCore.Cli.Tests", "Snapshots");
        var expectedPath = Path.Combine(directory, $"evaluate.{language}.txt");
        var receivedPath = Path.Combine(directory, $"evaluate.{language}.received.txt");
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal) : null;

        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Assert.Fail($"The {language} text output differs from tests/RulesCore.Cli.Tests/Snapshots/evaluate.{language}.txt; the actual output is in evaluate.{language}.received.txt beside it. Review the difference and, if intended, copy it over.");
    }

    [Fact]
    public void BeforeTheVisit_NoSampleIsToldToFileNextTime_OrToFileRetroactively()
    {
        var zh = Render("zh-CN");

        foreach (var block in zh.Split("\n## ", StringSplitOptions.RemoveEmptyEntries).Where(b => b.Contains("(asked 7 days before the visit)", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain("今后到外地就医", block, StringComparison.Ordinal);
            Assert.DoesNotContain("补办", block, StringComparison.Ordinal);
        }
    }

    private static string Render(string language)
    {
        var text = new StringBuilder();
        foreach (var file in Directory.GetFiles(Path.Combine(Cli.Root, "samples", "cases"), "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            var encounter = JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("encounter");
            var date = Day(encounter.GetProperty("date").GetString()!);
            var end = encounter.TryGetProperty("dischargeDate", out var d) && d.ValueKind == JsonValueKind.String ? Day(d.GetString()!) : date;
            foreach (var (moment, asOf) in new[] { ("asked 7 days before the visit", date.AddDays(-7)), ("asked 30 days after it", end.AddDays(30)) })
            {
                var (exit, stdout, _) = Cli.Run("evaluate", file, "--lang", language, "--as-of", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                text.Append("## ").Append(Path.GetFileName(file)).Append(" (").Append(moment).Append(") exit ").Append(exit).Append('\n')
                    .Append(stdout.Replace(file, Path.GetFileName(file), StringComparison.Ordinal)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static DateTime Day(string text) => DateTime.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
