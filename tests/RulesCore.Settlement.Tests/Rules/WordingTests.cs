using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Rules;
using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using Outcome = RulesCore.Settlement.Decisions.Outcome;

namespace RulesCore.Settlement.Tests.Rules;

/// <summary>
/// Every sentence a person reads: regions and conditions by name, Chinese throughout in zh-CN, no placeholder left, and
/// advice that fits the moment it is asked (before the visit: what to do before going; after: what can still be done).
/// </summary>
public class WordingTests
{
    private static readonly Regex SixDigits = new(@"(?<![0-9])[0-9]{6}(?![0-9])", RegexOptions.CultureInvariant);
    private static readonly Regex AsciiWord = new(@"[A-Za-z][A-Za-z0-9_\-]*", RegexOptions.CultureInvariant);
    private static readonly Regex Placeholder = new(@"\{[0-9]+\}", RegexOptions.CultureInvariant);

    /// <summary>Words that speak of the visit as already made: never in advice asked before it.</summary>
    private static readonly string[] AfterWords = { "补办", "今后", "以后", "已发生", "retroactive", "in future", "future visits", "already made" };

    /// <summary>Words that speak of the visit as still ahead: never in advice asked after it.</summary>
    private static readonly string[] BeforeWords = { "就医前", "入院前", "before the visit", "Before the visit", "before admission" };

    /// <summary>Remedies that only make sense once the visit has happened.</summary>
    private static readonly string[] AfterOnlyRemedies = { RemedyCodes.FileRetroactively, RemedyCodes.AskAboutRetroactiveFiling };

    [Fact]
    public void EveryRemedyPair_SpeaksOfItsOwnMoment()
    {
        foreach (var (code, now, before) in RemedyDefinitions.All.Select(r => (r.Code, r.After, r.Before)))
        {
            foreach (var text in new[] { now.Chinese, now.English })
            {
                Assert.DoesNotContain(BeforeWords, w => text.Contains(w, StringComparison.Ordinal));
            }

            foreach (var text in before is null ? Array.Empty<string>() : new[] { before.Chinese, before.English })
            {
                Assert.DoesNotContain(AfterWords, w => text.Contains(w, StringComparison.Ordinal));
            }

            if (before is null)
            {
                // One text for both moments: it must fit both.
                Assert.DoesNotContain(AfterWords.Where(w => w != "补办" || !AfterOnlyRemedies.Contains(code)), w => now.Chinese.Contains(w, StringComparison.Ordinal) && !AfterOnlyRemedies.Contains(code));
            }
        }
    }

    public static TheoryData<string, int> EveryFindingCodeBeforeAndAfter()
    {
        var data = new TheoryData<string, int>();
        foreach (var code in RulesCore.Testing.Cases.OnePerFindingCode.Keys)
        {
            data.Add(code, -5);
            data.Add(code, 0);
            data.Add(code, 20);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryFindingCodeBeforeAndAfter))]
    public void EveryFinding_ReadsInTheReadersOwnWords_BeforeAndAfterTheVisit(string code, int askedDaysFromVisit)
    {
        var c = RulesCore.Testing.Cases.OnePerFindingCode[code].Build();

        ReadsInTheReadersOwnWords(c with { AsOf = c.Encounter.Date.AddDays(askedDaysFromVisit) }, RequiringPersonalAccount);
        if (askedDaysFromVisit == 0)
        {
            Assert.Contains(code, RequiringPersonalAccount.Evaluate(c).Findings.Select(f => f.Code));
        }
    }

    [Property(Arbitrary = new[] { typeof(ValidOrOneProblem), typeof(Arbitraries) }, MaxTest = 300)]
    public void EveryMessageAndRemedy_ReadsInTheReadersOwnWords(SettlementCase c, int askedDaysFromVisit) =>
        ReadsInTheReadersOwnWords(c with { AsOf = c.Encounter.Date.AddDays(askedDaysFromVisit) }, Evaluator);

    /// <summary>The stories' insured region (长沙) requiring the personal-account permission, so that every code occurs.</summary>
    private static readonly SettlementEvaluator RequiringPersonalAccount = WithPack(Pack("430100", "personalAccountPermissionRequired", "true"));

    private static void ReadsInTheReadersOwnWords(SettlementCase asked, SettlementEvaluator evaluator)
    {
        var before = asked.AsOf < asked.Encounter.Date;
        var zh = evaluator.Evaluate(asked, new EvaluationOptions { Language = Languages.Chinese });
        var en = evaluator.Evaluate(asked, new EvaluationOptions { Language = Languages.English });
        var ids = asked.Filings.Select(f => f.Id).Concat(asked.Encounter.Items.Select(i => i.Code)).Append(asked.Hospital.Id)
            .Concat(asked.Qualifications.Select(q => q.Condition)).Append(asked.Encounter.Condition ?? string.Empty)
            .Append("APP").ToHashSet(StringComparer.Ordinal);

        foreach (var f in zh.Findings)
        {
            foreach (var text in f.Remedies.Select(r => r.Text).Prepend(f.Message))
            {
                Assert.DoesNotMatch(Placeholder, text);
                Assert.All(AsciiWord.Matches(text).Select(m => m.Value), word => Assert.Contains(word, ids));
                Assert.All(SixDigits.Matches(text).Cast<Match>(), m => Assert.True(m.Index > 0 && text[m.Index - 1] == '（', $"bare region code in: {text}"));
            }

            Assert.DoesNotMatch(Placeholder, f.Basis);
        }

        foreach (var f in en.Findings)
        {
            foreach (var text in f.Remedies.Select(r => r.Text).Prepend(f.Message).Append(f.Basis))
            {
                Assert.DoesNotMatch(Placeholder, text);
                Assert.All(SixDigits.Matches(text).Cast<Match>(), m => Assert.True(
                    text.Substring(m.Index + 6).StartsWith(" (", StringComparison.Ordinal) || (m.Index > 0 && text[m.Index - 1] == '('), $"bare region code in: {text}"));
            }

            Assert.DoesNotContain(f.Message, ch => ch >= '\u4e00' && ch <= '\u9fff');
        }

        var remedies = zh.Findings.SelectMany(f => f.Remedies).Concat(en.Findings.SelectMany(f => f.Remedies)).ToArray();
        if (before)
        {
            Assert.DoesNotContain(remedies, r => AfterOnlyRemedies.Contains(r.Code) || AfterWords.Any(w => r.Text.Contains(w, StringComparison.Ordinal)));
            Assert.DoesNotContain(zh.Findings, f => f.Message.Contains("补办", StringComparison.Ordinal));
        }
        else
        {
            Assert.DoesNotContain(remedies, r => BeforeWords.Any(w => r.Text.Contains(w, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void AskedBeforeTheVisit_AdviceIsWhatToDoBeforeGoing()
    {
        var d = CrossProvinceOutpatient().WithFilings().Evaluate(Languages.Chinese, asOf: "2025-03-01");

        var texts = d.Findings.SelectMany(f => f.Remedies).ToDictionary(r => r.Code, r => r.Text);
        Assert.Equal("就医前通过国家医保服务平台APP或参保地经办窗口办理异地就医备案。", texts[RemedyCodes.FileBeforeVisit]);
        Assert.StartsWith("如果就医前解决不了", texts[RemedyCodes.KeepDocumentsForClaim], StringComparison.Ordinal);
        Assert.DoesNotContain(FindingCodes.FilingRetroactiveAsk, d.Codes());
    }

    [Fact]
    public void AskedAfterTheVisit_AdviceIsWhatCanStillBeDone()
    {
        var d = CrossProvinceOutpatient().WithFilings().Evaluate(Languages.Chinese, asOf: "2025-03-20");

        var texts = d.Findings.SelectMany(f => f.Remedies).GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.First().Text);
        Assert.StartsWith("今后到外地就医", texts[RemedyCodes.FileBeforeVisit], StringComparison.Ordinal);
        Assert.Equal("先全额垫付，再回参保地医保经办窗口申请手工报销。", texts[RemedyCodes.ClaimAtInsuredRegion]);
        Assert.Contains(RemedyCodes.AskAboutRetroactiveFiling, texts.Keys);
    }

    [Fact]
    public void AStayAskedBeforeAdmission_IsToldToFileBeforeGoing_NotToFileRetroactively()
    {
        var stay = RulesCore.Testing.Cases.CrossProvinceOutpatient().WithoutFiling().AsInpatient().Build();

        var d = stay.Evaluate(Languages.Chinese, asOf: Wording.Date(stay.Encounter.Date.AddDays(-3)));

        var f = d.Single(FindingCodes.FilingRetroactiveAvailable);
        Assert.Equal("入院前办理备案，本次住院即可按规定直接结算（最迟可在出院前办理）。", f.Message);
        Assert.Equal(new[] { RemedyCodes.FileBeforeVisit }, f.Remedies.Select(r => r.Code));
    }

    [Fact]
    public void WithAnActivatedEVoucher_TheAdviceIsToUseIt_NotToApplyForIt()
    {
        var d = RulesCore.Testing.Cases.CrossProvinceOutpatient().WithUnusableCard().WithEVoucher().Build().Evaluate(Languages.Chinese);

        var remedy = Assert.Single(d.Single(FindingCodes.UseEVoucher).Remedies);
        Assert.Equal(RemedyCodes.UseEVoucher, remedy.Code);
        Assert.DoesNotContain("申领", remedy.Text, StringComparison.Ordinal);
        Assert.Contains("已激活", remedy.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Conditions_AppearByName_ALocalIdQuoted()
    {
        var listed = CrossProvinceOutpatient().WithoutQualification(Conditions.Hypertension).Evaluate(Languages.Chinese);
        var local = CrossProvinceOutpatient().WithoutQualification("parkinsons").Evaluate(Languages.Chinese);
        var localEn = CrossProvinceOutpatient().WithoutQualification("parkinsons").Evaluate();

        Assert.Contains("没有有效的高血压门诊慢特病资格认定", listed.Single(FindingCodes.QualificationMissing).Message, StringComparison.Ordinal);
        Assert.Contains("没有有效的“parkinsons”门诊慢特病资格认定", local.Single(FindingCodes.QualificationMissing).Message, StringComparison.Ordinal);
        Assert.Contains("for \"parkinsons\" valid", localEn.Single(FindingCodes.QualificationMissing).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AReducedRate_DoesNotClaimTheVisitSettles_WhenAnotherFindingBlocksIt()
    {
        var d = RulesCore.Testing.Cases.CrossProvinceOutpatient().WithTemporaryFiling().AtHospitalNotNetworked().Build().Evaluate(Languages.Chinese);

        Assert.Equal(Outcome.PayThenClaim, d.Outcome);
        Assert.DoesNotContain("直接结算", d.Single(FindingCodes.TemporaryRateReduction).Message, StringComparison.Ordinal);
    }

    public static class Arbitraries
    {
        public static Arbitrary<int> Days() => Gen.Choose(-40, 40).ToArbitrary();
    }
}
