using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RulesCore.Testing;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Tests;

/// <summary>AddRulesCore: calls compose, packs fail at start-up, options bind from configuration.</summary>
public class RegistrationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rulescore-registration-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PackFile(string name, string json)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, json, new UTF8Encoding(false));
        return path;
    }

    private static Stream Utf8(string json) => new MemoryStream(Encoding.UTF8.GetBytes(json));

    private static SettlementCase PersonalAccountOff(string insured) =>
        Cases.CrossProvinceOutpatient().InsuredIn(insured).WithPersonalAccountDisabled().Build();

    [Fact]
    public void TwoCalls_Compose_PacksAccumulate_LastLanguageWins()
    {
        using var provider = new ServiceCollection()
            .AddRulesCore(o => { o.AddPolicyPack(Utf8(Pack("430100", "personalAccountPermissionRequired", "true")), "module-a"); o.DefaultLanguage = "en"; })
            .AddRulesCore(o => o.AddPolicyPack(Utf8(Pack("420300", "personalAccountPermissionRequired", "true")), "module-b"))
            .AddRulesCore(o => o.DefaultLanguage = "zh-CN")
            .BuildServiceProvider();

        var evaluator = provider.GetRequiredService<ISettlementEvaluator>();

        Assert.True(evaluator.Evaluate(PersonalAccountOff("430100")).Has(FindingCodes.PersonalAccountNotEnabled));
        Assert.True(evaluator.Evaluate(PersonalAccountOff("420300")).Has(FindingCodes.PersonalAccountNotEnabled));
        Assert.Contains("个人账户", evaluator.Evaluate(PersonalAccountOff("430100")).Single(FindingCodes.PersonalAccountNotEnabled).Message, StringComparison.Ordinal);
        Assert.Same(evaluator, provider.GetRequiredService<ISettlementEvaluator>());
    }

    [Fact]
    public void AMalformedPack_FailsAtRegistration_NotAtTheFirstDecision()
    {
        var services = new ServiceCollection();
        var broken = PackFile("broken.json", """{ "region": "430100", "name": "x", "parameters": { "emergencyDeemedFiled": [ { "value": 1, "source": "s", "confidence": "stated" } ] } }""");

        var e = Assert.Throws<InvalidPolicyPackException>(() => services.AddRulesCore(o => o.AddPolicyPackFile(broken)));
        Assert.Equal(InputErrorCodes.WrongType, e.Errors.Single().Code);

        var missing = Assert.Throws<InvalidPolicyPackException>(() => services.AddRulesCore(o => o.AddPolicyPackFile(Path.Combine(_dir, "missing.json"))));
        Assert.Equal($"The file cannot be read: not found ({Path.Combine(_dir, "missing.json")}).", missing.Errors.Single().Message);
        var directory = Assert.Throws<InvalidPolicyPackException>(() => services.AddRulesCore(o => o.AddPolicyPackFile(_dir)));
        Assert.Equal($"The file cannot be read: it is a directory ({_dir}).", directory.Errors.Single().Message);
    }

    [Fact]
    public void APackConflictingWithAnEarlierCall_FailsAtRegistration()
    {
        var services = new ServiceCollection().AddRulesCore(o => o.AddPolicyPack(Utf8(Pack("430100", "personalAccountPermissionRequired", "true")), "module-a"));

        var e = Assert.Throws<InvalidPolicyPackException>(() => services.AddRulesCore(o => o.AddPolicyPack(Utf8(Pack("430100", "temporaryFilingDefaultMonths", "3")), "module-b")));

        Assert.Equal(InputErrorCodes.DuplicateId, e.Errors.Single().Code);
    }

    [Fact]
    public void Configuration_BindsPackFilesAndTheDefaultLanguage()
    {
        var pack = PackFile("430100.json", Pack("430100", "personalAccountPermissionRequired", "true"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RulesCore:DefaultLanguage"] = "en",
            ["RulesCore:PolicyPacks:0"] = pack,
        }).Build();

        using var provider = new ServiceCollection().AddRulesCore(configuration.GetSection("RulesCore")).BuildServiceProvider();
        var decision = provider.GetRequiredService<ISettlementEvaluator>().Evaluate(PersonalAccountOff("430100"));

        Assert.StartsWith("The insured region", decision.Single(FindingCodes.PersonalAccountNotEnabled).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configuration_RelativePolicyPackPaths_ResolveAgainstTheBaseDirectory_AbsoluteOnesStay()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "packs"));
        var relative = PackFile(Path.Combine("packs", "430100.json"), Pack("430100", "personalAccountPermissionRequired", "true"));
        Directory.CreateDirectory(Path.Combine(_dir, "elsewhere"));
        var absolute = PackFile(Path.Combine("elsewhere", "420300.json"), Pack("420300", "personalAccountPermissionRequired", "true"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RulesCore:PolicyPacks:0"] = Path.Combine("packs", "430100.json"),
            ["RulesCore:PolicyPacks:1"] = absolute,
        }).Build();
        Assert.NotEqual(Path.GetFullPath(_dir), Path.GetFullPath(Directory.GetCurrentDirectory()));

        using var provider = new ServiceCollection().AddRulesCore(configuration.GetSection("RulesCore"), _dir).BuildServiceProvider();
        var evaluator = provider.GetRequiredService<ISettlementEvaluator>();

        Assert.Contains(relative, evaluator.Policies.Packs.Select(p => p.Origin));
        Assert.Contains(absolute, evaluator.Policies.Packs.Select(p => p.Origin));
        Assert.True(evaluator.Evaluate(PersonalAccountOff("430100")).Has(FindingCodes.PersonalAccountNotEnabled));
        Assert.True(evaluator.Evaluate(PersonalAccountOff("420300")).Has(FindingCodes.PersonalAccountNotEnabled));
    }

    [Fact]
    public void Configuration_AnUnreadablePolicyPack_IsNamedByTheFullPathTried()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RulesCore:PolicyPacks:0"] = Path.Combine("packs", "missing.json"),
        }).Build();

        var inBase = Assert.Throws<InvalidPolicyPackException>(() => new ServiceCollection().AddRulesCore(configuration.GetSection("RulesCore"), _dir));
        var inCurrent = Assert.Throws<InvalidPolicyPackException>(() => new ServiceCollection().AddRulesCore(configuration.GetSection("RulesCore")));

        Assert.Equal($"The file cannot be read: not found ({Path.Combine(_dir, "packs", "missing.json")}).", inBase.Errors.Single().Message);
        Assert.Equal(Path.Combine(_dir, "packs", "missing.json"), inBase.Origin);
        Assert.Equal($"The file cannot be read: not found ({Path.Combine(Directory.GetCurrentDirectory(), "packs", "missing.json")}).", inCurrent.Errors.Single().Message);
        Assert.Equal(Path.Combine("packs", "missing.json"), inCurrent.Origin);
        Assert.Contains(Path.Combine(_dir, "packs", "missing.json"), inBase.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configuration_WithABaseDirectory_RefusesNoneOrAnEmptyOne_ForPolicyPacks()
    {
        var configuration = new ConfigurationBuilder().Build();

        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddRulesCore(configuration, (string)null!));
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddRulesCore(configuration, " "));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddRulesCore((IConfiguration)null!, _dir));
    }

    [Theory]
    [InlineData("RulesCore:DefaultLanguage", "fr")]
    [InlineData("RulesCore:DefaultLanguages", "en")]
    [InlineData("RulesCore:WarmUp", "yes")]
    public void Configuration_WithAnUnknownKeyOrLanguage_FailsAtRegistration(string key, string value)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddRulesCore(configuration.GetSection("RulesCore")));
    }

    [Fact]
    public void DefaultLanguage_AppliesWhenACallLeavesTheLanguageOut()
    {
        var english = new SettlementEvaluator(new SettlementOptions { DefaultLanguage = Languages.English });
        var expired = Cases.CrossProvinceOutpatient().WithExpiredFiling().Build();

        Assert.StartsWith("Filing F1", english.Evaluate(expired).Findings[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("Filing F1", english.Evaluate(expired, new EvaluationOptions { IncludeTrace = false }).Findings[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("备案", english.Evaluate(expired, new EvaluationOptions { Language = Languages.Chinese }).Findings[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("备案", new SettlementEvaluator().Evaluate(expired, new EvaluationOptions { IncludeTrace = false }).Findings[0].Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new SettlementOptions { DefaultLanguage = "fr" });
    }
}
