using System.Text.Json;
using RulesCore.Settlement;
using RulesCore.Settlement.Json;
using RulesCore.Settlement.Model;

namespace RulesCore.Cli.Tests;

public class CommandTests
{
    [Fact]
    public void Evaluate_Text_IsWhatACashierReads()
    {
        var (exit, stdout, _) = Cli.Run("evaluate", Cli.Sample("000-changsha-wuhan-expired-six-month-filing.json"), "--lang", "en");

        Assert.Equal(0, exit);
        Assert.Equal(
            $"""
            Pay in full, then claim at the insured region
            case: {Cli.Sample("000-changsha-wuhan-expired-six-month-filing.json")}
            insured in: Changsha (430100); treated in: Wuchang District, Wuhan (420106)

            Findings
              cause   finding                                       severity  message
              filing  filing expired                                blocking  Filing F1 ended on 2025-01-31, before the visit.
              filing  ask whether a retroactive filing is possible  warning   Whether this visit can still be filed retroactively, and until when, is for the insured region, Changsha (430100), to decide, and its rule is not recorded here: many regions accept a filing within six months after the visit (a stay: after discharge), after which it is reimbursed under the rules; ask the insured region.

            What to do
              Still possible now (changes this visit's outcome):
                [ ] Check the validity in the national medical insurance app's filing records (备案记录) and renew the filing.
                [ ] Call the insured region's 12393 hotline or ask at its office whether this visit can still be filed retroactively, by when, and with what.
              To be reimbursed:
                [ ] Keep the medical record, invoices and the itemised fee list, stamped by the hospital.
                [ ] Pay in full now, then claim at the insured region's office.

            """,
            stdout);
    }

    [Fact]
    public void Evaluate_Text_AskedBeforeTheVisit_SaysWhatWouldHappen_AndWhatToDoBeforeGoing()
    {
        var (exit, stdout, _) = Cli.Run("evaluate", Cli.Sample("000-asked-before-the-visit-without-filing.json"));

        Assert.Equal(0, exit);
        Assert.StartsWith("如果按目前情况就医：先全额垫付，再回参保地手工报销", stdout, StringComparison.Ordinal);
        Assert.Contains("参保地：长沙市（430100）；就医地：武汉市武昌区（420106）", stdout, StringComparison.Ordinal);
        Assert.Contains("就医前可以办的（改变本次就医的结果）：\n    [ ] 就医前通过国家医保服务平台APP或参保地经办窗口办理异地就医备案。", stdout, StringComparison.Ordinal);
        Assert.Contains("如果办不好仍去就医（报销途径）：\n    [ ] 如果就医前解决不了", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("补办", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("今后就医", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Text_AsOfBeforeTheVisit_HeadsTheBeforeVisitAdviceAsWhatWouldHappen()
    {
        // The case itself asks after the visit; --as-of moves the question before it: headline and advice agree.
        var (exit, stdout, _) = Cli.Run("evaluate", Cli.Sample("000-changsha-wuhan-expired-six-month-filing.json"), "--as-of", "2020-01-01");

        Assert.Equal(0, exit);
        Assert.StartsWith("如果按目前情况就医：先全额垫付，再回参保地手工报销", stdout, StringComparison.Ordinal);
        Assert.Contains("[ ] 就医前在国家医保服务平台APP“备案记录”中查看有效期，续办备案。", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Text_AsOfAfterAVisitTheCaseAskedBefore_HeadsTheOutcomeAsDecided()
    {
        var (exit, stdout, _) = Cli.Run("evaluate", Cli.Sample("000-asked-before-the-visit-without-filing.json"), "--as-of", "2030-01-01");

        Assert.Equal(0, exit);
        Assert.StartsWith("先全额垫付，再回参保地手工报销", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("就医前", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Text_InChineseByDefault_WithSelfPayItems()
    {
        var (_, stdout, _) = Cli.Run("evaluate", Cli.Sample("000-self-paid-items-outside-catalog.json"));

        Assert.StartsWith("直接结算\n", stdout, StringComparison.Ordinal);
        Assert.Contains("自费项目：B07", stdout, StringComparison.Ordinal);
        Assert.Contains("[ ] 今后就诊时请医生尽量开具医保目录内的药品和项目。", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_JsonOneFile_IsExactlyTheDecisionDocument()
    {
        var file = Cli.Sample("000-damaged-card-chip.json");

        var (_, stdout, _) = Cli.Run("evaluate", file, "--format", "json", "--lang", "en");

        var expected = SettlementJson.WriteDecision(new SettlementEvaluator().Evaluate(
            SettlementJson.ReadCase(File.ReadAllBytes(file), null), new EvaluationOptions { Language = "en" }));
        Assert.Equal(expected + "\n", stdout);
    }

    [Fact]
    public void Evaluate_JsonSeveralFiles_OneCompactDocumentPerLine()
    {
        var (exit, stdout, _) = Cli.Run("evaluate", Cli.Sample("000-damaged-card-chip.json"), Cli.Sample("000-identity-mismatch.json"), "--format=json");

        Assert.Equal(0, exit);
        var lines = stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Equal("CARD_UNUSABLE", JsonDocument.Parse(lines[0]).RootElement.GetProperty("findings")[0].GetProperty("code").GetString());
        Assert.Equal("IDENTITY_MISMATCH", JsonDocument.Parse(lines[1]).RootElement.GetProperty("findings")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void Evaluate_InvalidCase_PrintsTheErrorDocumentAndExits2()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".json");
        File.WriteAllText(path, File.ReadAllText(Cli.Sample("settles-directly-long-term-resident.json")).Replace("\"430100\"", "\"4301\"", StringComparison.Ordinal));
        try
        {
            var (exit, stdout, _) = Cli.Run("evaluate", path, "--format", "json");

            Assert.Equal(2, exit);
            var error = JsonDocument.Parse(stdout).RootElement.GetProperty("errors")[0];
            Assert.Equal("person.insuredRegion", error.GetProperty("path").GetString());
            Assert.Equal("INVALID_REGION", error.GetProperty("code").GetString());

            var (textExit, text, _) = Cli.Run("evaluate", path, "--lang", "en");
            Assert.Equal(2, textExit);
            Assert.StartsWith("INVALID CASE — no decision", text, StringComparison.Ordinal);
            Assert.Contains("person.insuredRegion", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Evaluate_MissingFile_Exits2WithAnErrorDocument()
    {
        var (exit, stdout, _) = Cli.Run("evaluate", "/no/such/case.json", "--format", "json");

        Assert.Equal(2, exit);
        Assert.Equal("UNREADABLE_FILE", JsonDocument.Parse(stdout).RootElement.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void Evaluate_OneInvalidAmongValid_StillDecidesTheOthers()
    {
        var (exit, stdout, _) = Cli.Run("evaluate", Cli.Sample("000-damaged-card-chip.json"), "/no/such.json", "--format", "json");

        Assert.Equal(2, exit);
        Assert.Equal(2, stdout.TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void Evaluate_AsOf_ChangesTheRetroactiveWindow()
    {
        var file = Cli.Sample("000-admitted-without-filing-file-before-discharge.json");

        var (_, late, _) = Cli.Run("evaluate", file, "--format", "json", "--as-of", "2025-03-21");
        var (_, early, _) = Cli.Run("evaluate", file, "--format", "json", "--as-of", "2025-03-20");

        Assert.DoesNotContain("FILING_RETROACTIVE_AVAILABLE", late, StringComparison.Ordinal);
        Assert.Contains("FILING_RETROACTIVE_AVAILABLE", early, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_PolicyPack_IsApplied()
    {
        var pack = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".json");
        File.WriteAllText(pack, """
            { "region": "430100", "name": "长沙 test", "parameters": { "personalAccountPermissionRequired": [
              { "value": true, "effectiveFrom": null, "effectiveUntil": null, "source": "test", "confidence": "stated" } ] } }
            """);
        var caseFile = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".json");
        File.WriteAllText(caseFile, File.ReadAllText(Cli.Sample("settles-directly-long-term-resident.json"))
            .Replace("\"personalAccountPaymentEnabled\": true", "\"personalAccountPaymentEnabled\": false", StringComparison.Ordinal));
        try
        {
            var (exit, stdout, _) = Cli.Run("evaluate", caseFile, "--format", "json", "--policy-pack", pack);

            Assert.Equal(0, exit);
            Assert.Contains("PERSONAL_ACCOUNT_NOT_ENABLED", stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(pack);
            File.Delete(caseFile);
        }
    }

    [Fact]
    public void Explain_TellsWhyAndWhatToDo()
    {
        var (exit, stdout, _) = Cli.Run("explain", Cli.Sample("000-hangzhou-xihu-wrong-pooling-region.json"), "--lang", "en");

        Assert.Equal(0, exit);
        Assert.StartsWith("Pay in full, then claim at the insured region", stdout, StringComparison.Ordinal);
        // Findings by their titles and outcomes in words: no code, no identifier.
        Assert.Contains("1. Filing names another region (filing, blocks direct settlement: pay, then claim)", stdout, StringComparison.Ordinal);
        Assert.Contains("2. Ask whether a retroactive filing is possible (filing, warning)", stdout, StringComparison.Ordinal);
        Assert.Contains("Why (filing F1, the visit): ", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("FILING_", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("payThenClaim", stdout, StringComparison.Ordinal);
        Assert.Contains("Basis: NetEase Hao article on four common reasons", stdout, StringComparison.Ordinal);
        Assert.Contains("[ ] [this visit] Apply in the app to change or cancel the long-term filing and file again for the treatment city; some regions allow changes only some months after", stdout, StringComparison.Ordinal);
        Assert.Contains("Rules that fired, in order (ids for --why-not): filing.scope, account.card-usable, filing.gap, filing.retroactive-ask, filing.wrong-region", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TextInChinese_NamesCausesAndSeveritiesInChinese_AndAReducedRateIsNotBlocking()
    {
        var (_, zh, _) = Cli.Run("evaluate", Cli.Sample("001-emergency-with-temporary-filing.json"));
        var (_, en, _) = Cli.Run("evaluate", Cli.Sample("001-emergency-with-temporary-filing.json"), "--lang", "en");
        var (_, lapse, _) = Cli.Run("explain", Cli.Sample("000-pingyi-three-month-lapse.json"));

        Assert.Contains("  备案  临时外出就医降低报销比例  降低比例  ", zh, StringComparison.Ordinal);
        var table = zh.Substring(zh.IndexOf("发现", StringComparison.Ordinal));
        Assert.DoesNotContain("filing", table, StringComparison.Ordinal);
        Assert.DoesNotContain("blocking", table, StringComparison.Ordinal);
        Assert.Contains("filing  ratio lowered for a temporary visit  reduced rate", en, StringComparison.Ordinal);
        Assert.Contains("1. 医保断缴（账户，不能直接结算：不予报销）", lapse, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_NamesTheFilingThatCoveredAStay()
    {
        var (exit, stdout, _) = Cli.Run("explain", Cli.Sample("000-admitted-filed-before-discharge-settles.json"), "--lang", "en");

        Assert.Equal(0, exit);
        Assert.StartsWith("Settles directly; the ratio is lowered by up to", stdout, StringComparison.Ordinal);
        Assert.Contains("Filing covering the visit: filing F1", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_InChinese()
    {
        var (_, stdout, _) = Cli.Run("explain", Cli.Sample("000-pingyi-three-month-lapse.json"));

        Assert.StartsWith("不予报销", stdout, StringComparison.Ordinal);
        Assert.Contains("为什么：依据参保人、本次就诊：医保已断缴。", stdout, StringComparison.Ordinal);
        Assert.Contains("怎么办：", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_NeedsExactlyOneFile()
    {
        Assert.Equal(2, Cli.Run("explain").Exit);
        Assert.Equal(2, Cli.Run("explain", "a.json", "b.json").Exit);
    }

    [Fact]
    public void Rules_ListsEveryRuleWithCauseDescriptionAndBasis()
    {
        var (exit, stdout, _) = Cli.Run("rules");
        var (_, json, _) = Cli.Run("rules", "--format", "json");

        Assert.Equal(0, exit);
        var rules = JsonDocument.Parse(json).RootElement.EnumerateArray().ToArray();
        Assert.Equal(new SettlementEvaluator().Rules.Count, rules.Length);
        Assert.All(rules, r => Assert.Contains(r.GetProperty("id").GetString()!, stdout, StringComparison.Ordinal));
        Assert.Contains("依据：网易号文章", stdout, StringComparison.Ordinal);
        Assert.Contains("  filing.scope\n      判断本次就医与参保统筹区的关系", stdout.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("优先级：50", stdout, StringComparison.Ordinal);
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "filing.expired" && r.GetProperty("cause").GetString() == "filing" && r.GetProperty("priority").GetInt32() == 0);
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "filing.scope" && r.GetProperty("priority").GetInt32() == 50);
    }

    [Fact]
    public void Policy_ShowsEachValueWithItsLevelAndSource()
    {
        var (exit, stdout, _) = Cli.Run("policy", "450102", "--as-of", "2025-06-01");

        Assert.Equal(0, exit);
        Assert.StartsWith("南宁市兴宁区（450102） — 2025-06-01", stdout, StringComparison.Ordinal);
        var lines = stdout.Split('\n');
        var row = Array.FindIndex(lines, l => l.StartsWith("  省内异地就医免备案 ", StringComparison.Ordinal));
        Assert.EndsWith(" 是", lines[row], StringComparison.Ordinal);
        Assert.StartsWith("      省级 广西壮族自治区（450000），", lines[row + 1], StringComparison.Ordinal);
        Assert.Contains("广西河池门诊特殊慢性病患者2025年异地就医指南", lines[row + 1], StringComparison.Ordinal);
        var national = Array.FindIndex(lines, l => l.StartsWith("  临时备案默认有效期 ", StringComparison.Ordinal));
        Assert.EndsWith(" 6 个月", lines[national], StringComparison.Ordinal);
        Assert.DoesNotContain("temporaryFilingDefaultMonths", stdout, StringComparison.Ordinal);
        Assert.StartsWith("      全国，全国规定：", lines[national + 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Policy_BadRegion_Exits2()
    {
        var (exit, _, stderr) = Cli.Run("policy", "99", "--lang", "en");

        Assert.Equal(2, exit);
        Assert.Contains("region code", stderr, StringComparison.Ordinal);
        Assert.Contains("六位行政区划代码", Cli.Run("policy", "99").Err, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidatePolicy_ShippedPackIsValid_BrokenPackListsPaths()
    {
        var shipped = Path.Combine(Cli.Root, "src", "RulesCore.Settlement", "Policies", "Packs", "450000.json");
        var (ok, okOut, _) = Cli.Run("validate-policy", shipped, "--lang", "en");
        Assert.Equal(0, ok);
        Assert.StartsWith("ok: ", okOut, StringComparison.Ordinal);
        Assert.Contains("广西壮族自治区（450000）", Cli.Run("validate-policy", shipped).Out, StringComparison.Ordinal);

        var broken = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".json");
        File.WriteAllText(broken, """{ "region": "450000", "name": "x", "parameters": { "intraProvinceFilingExempt": [ { "value": "yes", "source": "s", "confidence": "stated" } ] } }""");
        try
        {
            var (bad, _, stderr) = Cli.Run("validate-policy", broken);
            Assert.Equal(2, bad);
            Assert.Contains(broken, stderr, StringComparison.Ordinal);
            Assert.Contains("  parameters.intraProvinceFilingExempt[0].value: WRONG_TYPE: 这里应为 true 或 false。", stderr, StringComparison.Ordinal);
            Assert.Contains("  parameters.intraProvinceFilingExempt[0].value: WRONG_TYPE: true or false is expected here.", Cli.Run("validate-policy", broken, "--lang", "en").Err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("evaluate", "--format", "xml", "x.json")]
    [InlineData("evaluate", "--lang", "fr", "x.json")]
    [InlineData("evaluate", "--as-of", "yesterday", "x.json")]
    [InlineData("evaluate", "--bogus", "x.json")]
    [InlineData("evaluate", "--lang")]
    [InlineData("evaluate")]
    public void BadCommandLines_Exit2WithAMessage(params string[] args)
    {
        var (exit, _, stderr) = Cli.Run(args);

        Assert.Equal(2, exit);
        Assert.StartsWith("rulescore: ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_AndVersion()
    {
        Assert.Equal(0, Cli.Run("--help").Exit);
        Assert.Contains("rulescore evaluate FILE...", Cli.Run("--help").Out, StringComparison.Ordinal);
        Assert.Equal(2, Cli.Run().Exit);
        Assert.Equal(0, Cli.Run("--version").Exit);
        Assert.NotEmpty(Cli.Run("--version").Out.Trim());
    }

    [Fact]
    public void Colours_OnlyWhenAsked()
    {
        var file = Cli.Sample("000-damaged-card-chip.json");

        Assert.Contains("\u001b[", Cli.Run(true, "evaluate", file).Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", Cli.Run(false, "evaluate", file).Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", Cli.Run(true, "evaluate", file, "--format", "json").Out, StringComparison.Ordinal);
    }
}
