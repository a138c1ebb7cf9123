using Microsoft.Extensions.DependencyInjection;
using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests;

public class EvaluatorTests
{
    [Fact]
    public void ReadmeExample_BuildsTheCase_AndEmbedsTheEvaluatorInTenLines()
    {
        // README:settlement-example:begin
        var settlementCase = new SettlementCase
        {
            Person = new InsuranceAccount
            {
                InsuredRegion = RegionCode.Parse("430100"),   // 长沙市: where the person is insured (参保地)
                Scheme = InsuranceScheme.Employee, Contribution = new Contribution { Status = ContributionStatus.Active },
                IdentityVerified = true, Card = CardStatus.Valid, EVoucherActivated = false, PersonalAccountPaymentEnabled = true,
            },
            Filings = new[]
            {
                new Filing   // a six-month temporary filing (其他临时外出就医) to 武汉市, made on 2024-08-01
                {
                    Id = "F1", Reason = FilingReason.OtherTemporary, DestinationRegion = RegionCode.Parse("420100"),
                    ValidFrom = new DateTime(2024, 8, 1), ValidUntil = new DateTime(2025, 1, 31),
                    Status = FilingStatus.Active, Basis = FilingBasis.Materials,
                },
            },
            Hospital = new Hospital
            {
                Id = "H1", Region = RegionCode.Parse("420106"),   // a hospital in 武汉市武昌区, open for cross-region settlement
                CrossRegionServices = new CrossRegionServices { Inpatient = true, GeneralOutpatient = true },
            },
            Encounter = new Encounter { Setting = CareSetting.GeneralOutpatient, Date = new DateTime(2025, 3, 10) },
        };

        var lines = new List<string>();
        var evaluator = new SettlementEvaluator();   // shipped policy packs; thread-safe, share it
        SettlementDecision decision = evaluator.Evaluate(settlementCase, new EvaluationOptions { Language = "en" });

        lines.Add($"outcome: {decision.Outcome}");   // PayThenClaim
        foreach (Finding finding in decision.Findings)
        {
            lines.Add($"{finding.Code} ({finding.Cause}): {finding.Message}");
            lines.AddRange(finding.Remedies.Select(r => $"  [{r.Role}] {r.Text}"));   // Fix, Claim or NextTime
        }

        Console.WriteLine(string.Join(Environment.NewLine, lines));
        // README:settlement-example:end

        Assert.Equal("outcome: PayThenClaim", lines[0]);
        Assert.StartsWith("FILING_EXPIRED (Filing): Filing F1 ended on 2025-01-31", lines[1]);
        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.True(readme.Contains("```\n" + string.Join("\n", lines) + "\n```", StringComparison.Ordinal), "README.md does not show what the example prints:\n" + string.Join("\n", lines));
        Assert.True(RepositoryFiles.ReadmeShows("README:settlement-example", "tests/RulesCore.Settlement.Tests/EvaluatorTests.cs"), "README.md does not show the settlement example.");
    }

    [Fact]
    public void AddRulesCore_RegistersOneSharedEvaluator()
    {
        using var provider = new ServiceCollection().AddRulesCore().BuildServiceProvider();

        var a = provider.GetRequiredService<ISettlementEvaluator>();
        var b = provider.GetRequiredService<ISettlementEvaluator>();

        Assert.Same(a, b);
        Assert.Equal(Outcome.Direct, a.Evaluate(CrossProvinceOutpatient()).Outcome);
    }

    [Fact]
    public void AddRulesCore_AppliesTheOptions()
    {
        var pack = Pack("430100", "personalAccountPermissionRequired", "true");
        using var provider = new ServiceCollection()
            .AddRulesCore(o => o.AddPolicyPack(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(pack)), "pack"))
            .BuildServiceProvider();

        var d = provider.GetRequiredService<ISettlementEvaluator>().Evaluate(CrossProvinceOutpatient().WithPerson(p => p with { PersonalAccountPaymentEnabled = false }));

        Assert.Equal(Outcome.PayThenClaim, d.Outcome);
    }

    [Fact]
    public void AddRulesCore_KeepsAnExistingRegistration()
    {
        var mine = new SettlementEvaluator();
        using var provider = new ServiceCollection().AddSingleton<ISettlementEvaluator>(mine).AddRulesCore().BuildServiceProvider();

        Assert.Same(mine, provider.GetRequiredService<ISettlementEvaluator>());
        Assert.Throws<ArgumentNullException>(() => RulesCoreServiceCollectionExtensions.AddRulesCore(null!));
    }

    [Fact]
    public void UnsupportedLanguage_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => Evaluator.Evaluate(CrossProvinceOutpatient(), new EvaluationOptions { Language = "fr" }));
        Assert.Equal("options", e.ParamName);
    }

    [Fact]
    public void DefaultLanguage_IsChinese()
    {
        var d = Evaluator.Evaluate(CrossProvinceOutpatient().WithFilings());

        Assert.Contains("备案", d.Findings[0].Message);
        Assert.Contains("备案", d.Findings[0].Remedies[0].Text);
    }

    [Fact]
    public void EvaluateMany_KeepsOrder_AndReportsInvalidCases()
    {
        var cases = new SettlementCase[] { CrossProvinceOutpatient(), CrossProvinceOutpatient().With(c => c with { Person = c.Person with { InsuredRegion = default } }), LocalOutpatient().WithFilings() };

        var results = Evaluator.EvaluateMany(cases);

        Assert.True(results[0].IsValid);
        Assert.False(results[1].IsValid);
        Assert.Null(results[1].Decision);
        Assert.Equal("person.insuredRegion", Assert.Single(results[1].Errors).Path);
        Assert.Equal(Outcome.Direct, results[2].Decision!.Outcome);
    }

    [Fact]
    public void EvaluateMany_Sequential_EqualsParallel()
    {
        var cases = Enumerable.Range(0, 200).Select(i => CrossProvinceOutpatient().On(D("2024-06-01").AddDays(i).ToString("yyyy-MM-dd")).Build()).ToArray();

        var sequential = Evaluator.EvaluateMany(cases, new EvaluationOptions { MaxDegreeOfParallelism = 1 });
        var parallel = Evaluator.EvaluateMany(cases, new EvaluationOptions { MaxDegreeOfParallelism = 8 });

        Assert.Equal(sequential.Select(r => r.Decision!.Outcome), parallel.Select(r => r.Decision!.Outcome));
        Assert.Throws<ArgumentException>(() => Evaluator.EvaluateMany(cases, new EvaluationOptions { MaxDegreeOfParallelism = 0 }));
        Assert.Throws<ArgumentNullException>(() => Evaluator.EvaluateMany(null!));
    }

    [Fact]
    public void OptionsAsOf_OverridesTheCase()
    {
        var c = CrossProvinceOutpatient().WithFilings().WithEncounter(e => e with { Setting = CareSetting.Inpatient, DischargeDate = D("2025-03-15") }).Build() with { AsOf = D("2025-04-01") };

        Assert.DoesNotContain(FindingCodes.FilingRetroactiveAvailable, c.Evaluate().Codes());
        Assert.Contains(FindingCodes.FilingRetroactiveAvailable, c.Evaluate(asOf: "2025-03-12").Codes());
    }

    [Fact]
    public void Rules_ListEveryRuleWithCauseDescriptionAndBasis()
    {
        var rules = Evaluator.Rules;

        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct().Count());
        Assert.All(rules, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Description.Chinese));
            Assert.False(string.IsNullOrWhiteSpace(r.Description.English));
            Assert.False(string.IsNullOrWhiteSpace(r.Basis.Chinese));
            Assert.False(string.IsNullOrWhiteSpace(r.Basis.English));
            Assert.True(r.Priority >= 0);
        });
        Assert.Contains(rules, r => r.Id == "filing.expired" && r.Cause == Cause.Filing && r.Priority == 0);
        Assert.True(rules.Single(r => r.Id == "filing.covers").Priority > rules.Single(r => r.Id == "filing.gap").Priority);
    }

    [Fact]
    public void Trace_NamesRulesAndFacts()
    {
        var d = CrossProvinceOutpatient().WithFiling(f => f with { ValidUntil = D("2025-01-31") }).Evaluate();

        Assert.Contains(d.Trace, t => t.Rule == "filing.gap" && t.Facts.SequenceEqual(new[] { "encounter" }));
        Assert.Contains(d.Trace, t => t.Rule == "filing.expired" && t.Facts.SequenceEqual(new[] { "encounter", "filing:F1" }));
        Assert.Contains(d.Trace, t => t.Rule == "account.card-usable" && t.Facts.SequenceEqual(new[] { "person" }));
    }

    /// <summary>
    /// Every finding code the contract publishes is raised, on the story <c>Cases.OnePerFindingCode</c> keeps for it, by a
    /// rule the evaluator lists as raising it, with the cause README's table gives it; the table lists every code, and
    /// no other.
    /// </summary>
    [Fact]
    public void EveryPublishedFindingCode_IsRaisedByAListedRule_OnItsStory_UnderItsCauseInReadme()
    {
        var published = typeof(FindingCodes).GetFields().Select(f => (string)f.GetValue(null)!).Order(StringComparer.Ordinal).ToArray();
        var requiringPersonalAccount = WithPack(Pack("430100", "personalAccountPermissionRequired", "true"));
        var readme = ReadmeFindingTable();

        Assert.Equal(published, Cases.OnePerFindingCode.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(published, readme.Keys.Order(StringComparer.Ordinal));
        foreach (var code in published)
        {
            var evaluator = code == FindingCodes.PersonalAccountNotEnabled ? requiringPersonalAccount : Evaluator;
            var finding = evaluator.Evaluate(Cases.OnePerFindingCode[code]).Single(code);
            Assert.Contains(code, Evaluator.Rules.Single(r => r.Id == finding.Rule).Findings);
            Assert.Equal(readme[code], finding.Cause.ToString().ToLowerInvariant());
        }
    }

    /// <summary>README's table of finding codes: each code and the cause of its row.</summary>
    private static Dictionary<string, string> ReadmeFindingTable()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = File.ReadAllLines(RepositoryFiles.PathOf("README.md")).SkipWhile(l => l != "| cause | codes |").Skip(2).TakeWhile(l => l.StartsWith('|'));
        foreach (var cells in rows.Select(r => r.Split('|', StringSplitOptions.TrimEntries)))
        {
            foreach (var code in System.Text.RegularExpressions.Regex.Matches(cells[2], "`([A-Z_]+)`").Select(m => m.Groups[1].Value))
            {
                Assert.True(table.TryAdd(code, cells[1]), $"README lists {code} twice");
            }
        }

        return table;
    }
}
