using System.Text.Json;

namespace RulesCore.Cli.Tests;

/// <summary>Every source-article scenario is a sample case; the CLI's decision for each is checked here.</summary>
public class SampleCaseTests
{
    public static TheoryData<string, string, string[]> Expected() => new()
    {
        { "000-changsha-wuhan-expired-six-month-filing.json", "payThenClaim", new[] { "FILING_EXPIRED", "FILING_RETROACTIVE_ASK" } },
        { "000-filing-names-only-the-province.json", "payThenClaim", new[] { "FILING_RETROACTIVE_ASK", "FILING_WRONG_REGION" } },
        { "000-hangzhou-xihu-wrong-pooling-region.json", "payThenClaim", new[] { "FILING_RETROACTIVE_ASK", "FILING_WRONG_REGION" } },
        { "000-pingyi-employee-shanghai-inpatient-only-hospital.json", "payThenClaim", new[] { "HOSPITAL_SERVICE_NOT_OPEN" } },
        { "000-clinic-not-networked.json", "payThenClaim", new[] { "HOSPITAL_NOT_NETWORKED" } },
        { "000-rheumatoid-arthritis-without-qualification.json", "notReimbursable", new[] { "QUALIFICATION_MISSING" } },
        { "000-damaged-card-chip.json", "payThenClaim", new[] { "CARD_UNUSABLE" } },
        { "000-damaged-card-chip-with-e-voucher.json", "direct", new[] { "USE_E_VOUCHER" } },
        { "000-pingyi-three-month-lapse.json", "notReimbursable", new[] { "CONTRIBUTION_LAPSED" } },
        { "000-identity-mismatch.json", "payThenClaim", new[] { "IDENTITY_MISMATCH" } },
        { "000-self-paid-items-outside-catalog.json", "direct", new[] { "ITEMS_OUTSIDE_CATALOG" } },
        { "000-admitted-without-filing-file-before-discharge.json", "payThenClaim", new[] { "FILING_MISSING", "FILING_RETROACTIVE_AVAILABLE" } },
        { "000-admitted-filed-before-discharge-settles.json", "directReducedRate", new[] { "TEMPORARY_RATE_REDUCTION" } },
        { "001-emergency-with-temporary-filing.json", "directReducedRate", new[] { "TEMPORARY_RATE_REDUCTION" } },
        { "001-emergency-at-inpatient-only-hospital.json", "payThenClaim", new[] { "HOSPITAL_SERVICE_NOT_OPEN" } },
        { "001-qualified-condition-billed-as-outpatient.json", "payThenClaim", new[] { "CONDITION_NOT_CROSS_PROVINCE" } },
        { "001-condition-outside-the-five.json", "payThenClaim", new[] { "CONDITION_NOT_CROSS_PROVINCE" } },
        { "001-home-treatment-commitment-filing.json", "payThenClaim", new[] { "HOME_SETTLEMENT_NEEDS_MATERIALS" } },
        { "002-guangxi-hechi-chronic-in-nanning-no-filing.json", "direct", new[] { "FILING_EXEMPT_INTRA_PROVINCE" } },
        { "002-guangxi-hechi-cross-province-no-filing.json", "payThenClaim", new[] { "FILING_MISSING", "FILING_RETROACTIVE_ASK" } },
        { "003-chronic-visit-at-a-hospital-not-selected.json", "payThenClaim", new[] { "HOSPITAL_NOT_SELECTED" } },
        { "003-datong-two-way-settlement-at-home.json", "direct", new[] { "TWO_WAY_SETTLEMENT" } },
        { "003-datong-special-outpatient-hospital-without-the-condition.json", "payThenClaim", new[] { "HOSPITAL_CONDITION_NOT_OPEN" } },
        { "settles-directly-long-term-resident.json", "direct", Array.Empty<string>() },
        { "000-county-level-city-xiantao-to-tianmen-without-filing.json", "payThenClaim", new[] { "FILING_MISSING", "FILING_RETROACTIVE_ASK" } },
        { "000-asked-before-the-visit-without-filing.json", "payThenClaim", new[] { "FILING_MISSING" } },
        { "002-guangxi-long-term-filing-for-the-wrong-city-within-six-months.json", "payThenClaim", new[] { "FILING_RETROACTIVE_ASK", "FILING_WRONG_REGION" } },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Evaluate_Json_GivesTheExpectedDecision(string file, string outcome, string[] codes)
    {
        var (exit, stdout, stderr) = Cli.Run("evaluate", Cli.Sample(file), "--format", "json");

        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(outcome, root.GetProperty("outcome").GetString());
        Assert.Equal(codes, root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()));
    }

    [Fact]
    public void EverySampleFile_IsCovered()
    {
        var files = Directory.GetFiles(Path.Combine(Cli.Root, "samples", "cases"), "*.json").Select(Path.GetFileName).OrderBy(f => f).ToArray();
        var covered = Expected().Select(row => (string)row[0]).OrderBy(f => f).ToArray();

        Assert.Equal(files, covered);
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Evaluate_Text_StartsWithTheOutcome(string file, string outcome, string[] codes)
    {
        var (exit, stdout, _) = Cli.Run("evaluate", Cli.Sample(file), "--lang", "en");

        Assert.Equal(0, exit);
        var first = stdout.Split('\n')[0].Replace("If you went as things stand: ", string.Empty, StringComparison.OrdinalIgnoreCase);
        var expected = outcome switch
        {
            "direct" => "Settles directly at the desk",
            "directReducedRate" => "Settles directly; the ratio is lowered by up to",
            "payThenClaim" => "Pay in full, then claim at the insured region",
            _ => "Not reimbursed",
        };
        Assert.StartsWith(expected, first, StringComparison.OrdinalIgnoreCase);
        // The text names findings by their titles; the codes are in the decision document.
        Assert.All(codes, code => Assert.DoesNotContain(code, stdout, StringComparison.Ordinal));
        var (_, json, _) = Cli.Run("evaluate", Cli.Sample(file), "--format", "json");
        Assert.All(codes, code => Assert.Contains("\"code\":\"" + code + "\"", json.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal));
    }
}
