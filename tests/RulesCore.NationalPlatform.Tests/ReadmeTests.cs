using System.Text.Json;
using RulesCore.NationalPlatform.Codes;
using RulesCore.Settlement;

namespace RulesCore.NationalPlatform.Tests;

/// <summary>The package README: its example is this compiled code, and every code table row is documented with its confidence.</summary>
public class ReadmeTests
{
    private static string ReadmePath => RepositoryFiles.PathOf("src", "RulesCore.NationalPlatform", "README.md");

    [Fact]
    public void TheReadmeExample_BuildsAndDecides_TheStoryOfTheFiling()
    {
        var writer = new StringWriter();
        var console = Console.Out;
        Console.SetOut(writer);
        try
        {
            // readme:begin
            var platform = new PlatformCaseBuilder().Build(new PlatformJsonMessages
            {
                Person = File.ReadAllBytes("samples/platform/1101-person.json"),         // 1101 人员信息获取: the response
                Encounter = File.ReadAllBytes("samples/platform/2201-encounter.json"),   // 2201 门诊挂号: what the HIS sent
                Hospital = File.ReadAllBytes("samples/platform/hospital-wuhan.json"),    // this hospital's own configuration
            });
            var decision = new SettlementEvaluator().Evaluate(platform.Case);

            Console.WriteLine(decision.Headline);       // 待核实：最好可直接结算，最坏需先全额垫付，再回参保地手工报销
            foreach (var check in decision.Checks)
            {
                Console.WriteLine(check.Text);          // 在国家医保服务平台APP“备案记录”中查看是否有指向武汉市（420100）…的有效备案
            }

            foreach (var assumption in platform.Assumptions)
            {
                Console.WriteLine(assumption.Text.Chinese);   // 1101 psn_insu_stas 1（正常参保）→ person.contribution.status = active（可信度 C：…）
            }
            // readme:end
        }
        finally
        {
            Console.SetOut(console);
        }

        var lines = writer.ToString().Split('\n');
        Assert.Equal("待核实：最好可直接结算，最坏需先全额垫付，再回参保地手工报销", lines[0].TrimEnd());
        Assert.StartsWith("在国家医保服务平台APP“备案记录”中查看是否有指向武汉市（420100）", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("核实社保卡", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("1101 psn_insu_stas 1（正常参保）→ person.contribution.status = active（可信度 C：", StringComparison.Ordinal));
        Assert.True(Shows("readme", "tests/RulesCore.NationalPlatform.Tests/ReadmeTests.cs"), "the package README does not show the example of ReadmeTests.cs");
    }

    [Fact]
    public void TheReadme_ListsEveryShippedCodeRow_WithItsValueAndConfidence()
    {
        var readme = File.ReadAllText(ReadmePath);
        using var document = JsonDocument.Parse(System.IO.File.ReadAllBytes(RepositoryFiles.PathOf("src", "RulesCore.NationalPlatform", "Codes", "national.json")));

        foreach (var row in PlatformCodeTables.National.Rows)
        {
            var table = document.RootElement.GetProperty("tables").EnumerateObject().Single(t => t.Value.EnumerateArray().Any(r => r.GetProperty("code").GetString() == row.Code && r.GetProperty("value").GetString() == row.Value)).Name;
            Assert.Contains($"| `{table}` | `{row.Code}` | `{row.Value}` | {row.Name.Chinese} / {row.Name.English} | {row.Confidence} |", readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheReadme_DocumentsEveryCaseMemberTheSpecificationMaps()
    {
        var readme = File.ReadAllText(ReadmePath);

        foreach (var member in new[] { "person.insuredRegion", "person.scheme", "person.contribution.status", "person.identityVerified", "person.eVoucherActivated", "person.card", "person.personalAccountPaymentEnabled", "filings", "qualifications[].condition", "qualifications[].validFrom/Until", "qualifications[].designatedHospitals", "hospital.id", "encounter.setting", "encounter.date", "encounter.dischargeDate", "encounter.condition", "encounter.items[].inCatalog" })
        {
            Assert.Contains("| `" + member + "`", readme, StringComparison.Ordinal);
        }
    }

    /// <summary>Whether the package README shows, line for line (indentation and blank lines aside), the snippet between the markers of a test file.</summary>
    private static bool Shows(string marker, string testFile)
    {
        var source = System.IO.File.ReadAllLines(RepositoryFiles.PathOf(testFile.Split('/')));
        var begin = Array.FindIndex(source, l => l.Contains(marker + ":begin", StringComparison.Ordinal));
        var end = Array.FindIndex(source, l => l.Contains(marker + ":end", StringComparison.Ordinal));
        var snippet = source.Skip(begin + 1).Take(end - begin - 1).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        var readme = System.IO.File.ReadAllLines(ReadmePath).Select(l => l.Trim()).ToArray();
        var start = Array.IndexOf(readme, snippet.FirstOrDefault());
        return snippet.Length > 0 && start >= 0 && readme.Skip(start).Where(l => l.Length > 0).Take(snippet.Length).SequenceEqual(snippet);
    }

    /// <summary>The example's files, read from the repository as the README's reader reads them from a clone.</summary>
    private static class File
    {
        public static byte[] ReadAllBytes(string path) => System.IO.File.ReadAllBytes(RepositoryFiles.PathOf(path.Split('/')));

        public static string ReadAllText(string path) => System.IO.File.ReadAllText(path);
    }
}
