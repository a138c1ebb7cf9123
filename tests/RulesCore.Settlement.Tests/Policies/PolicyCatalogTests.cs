using RulesCore.Settlement.Policies;
using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Tests.Policies;

public class PolicyCatalogTests
{
    private static PolicyPack Read(string json, string origin = "pack.json") =>
        PolicyCatalog.ReadPack(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), origin);

    private static InvalidPolicyPackException Rejected(string json) => Assert.Throws<InvalidPolicyPackException>(() => Read(json));

    [Fact]
    public void ShippedPacks_NationalThenRegions()
    {
        var packs = PolicyCatalog.Default.Packs;

        Assert.Equal(PolicyLevel.National, packs[0].Level);
        Assert.Equal(new[] { "110000", "120000", "140200", "310000", "360000", "419000", "420300", "429000", "450000", "460000", "500000", "659000" }, packs.Skip(1).Select(p => p.Region.ToString()).OrderBy(x => x));
        Assert.All(packs.SelectMany(p => p.Entries), e => Assert.False(string.IsNullOrWhiteSpace(e.Source.Chinese) || string.IsNullOrWhiteSpace(e.Source.English)));
    }

    [Theory]
    [InlineData("330106", "330100")] // a district pools with its city
    [InlineData("330100", "330100")]
    [InlineData("310104", "310000")] // the municipalities pool at province level
    [InlineData("110105", "110000")]
    [InlineData("500101", "500000")]
    [InlineData("429004", "429004")] // 仙桃, 潜江, 天门: county-level cities directly under 湖北 pool on their own
    [InlineData("429006", "429006")]
    [InlineData("419001", "419001")] // 济源
    [InlineData("659001", "659001")] // 石河子
    [InlineData("460100", "460000")] // 海南 pools province-wide
    [InlineData("469001", "460000")]
    public void PoolingRegions_AreData(string region, string pooling)
    {
        var resolved = PolicyCatalog.Default.Resolve(RegionCode.Parse(region), D("2025-03-10"));

        Assert.Equal(pooling, resolved.PoolingRegion.ToString());
        Assert.False(string.IsNullOrWhiteSpace(resolved[PolicyParameters.PoolingLevel].Entry.Source.Chinese));
    }

    [Fact]
    public void PoolingRegions_AreOverriddenLikeAnyPolicy()
    {
        var pack = PolicyCatalog.ReadPack(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(
            """{ "schemaVersion": 1, "region": "330000", "name": "test", "parameters": { "poolingLevel": [ { "value": "province", "effectiveFrom": "2026-01-01", "effectiveUntil": null, "source": "test", "confidence": "stated" } ] } }""")), "test");
        var catalog = PolicyCatalog.Create(new[] { pack });

        Assert.Equal("330100", catalog.Resolve(RegionCode.Parse("330106"), D("2025-12-31")).PoolingRegion.ToString());
        Assert.Equal("330000", catalog.Resolve(RegionCode.Parse("330106"), D("2026-01-01")).PoolingRegion.ToString());
    }

    [Fact]
    public void Resolve_NationalDefaults()
    {
        var policy = PolicyCatalog.Default.Resolve(Changsha, D("2025-03-10"));

        Assert.Equal(6, policy.Get(PolicyParameters.TemporaryFilingDefaultMonths));
        Assert.Equal(10, policy.Get(PolicyParameters.RateReductionReferralEmergencyPoints));
        Assert.Equal(20, policy.Get(PolicyParameters.RateReductionOtherTemporaryPoints));
        Assert.Equal(0, policy.Get(PolicyParameters.RateReductionLongTermPoints));
        Assert.True(policy.Get(PolicyParameters.EmergencyDeemedFiled));
        Assert.False(policy.Get(PolicyParameters.IntraProvinceFilingExempt));
        Assert.All(policy.Values, v => Assert.Equal(PolicyLevel.National, v.Level));
    }

    [Fact]
    public void Resolve_MostSpecificInForceWins()
    {
        var nanning = PolicyCatalog.Default.Resolve(RegionCode.Parse("450102"), D("2025-01-01"));
        var before = PolicyCatalog.Default.Resolve(RegionCode.Parse("450102"), D("2024-12-31"));
        var datong = PolicyCatalog.Default.Resolve(RegionCode.Parse("140213"), D("2025-06-01"));

        Assert.True(nanning.Get(PolicyParameters.IntraProvinceFilingExempt));
        Assert.Equal(PolicyLevel.Province, nanning[PolicyParameters.IntraProvinceFilingExempt].Level);
        Assert.False(before.Get(PolicyParameters.IntraProvinceFilingExempt));
        Assert.Equal(PolicyLevel.National, before[PolicyParameters.IntraProvinceFilingExempt].Level);
        Assert.Equal(PolicyLevel.City, datong[PolicyParameters.TwoWaySettlementForLongTermFilings].Level);
        Assert.Contains("Datong", datong[PolicyParameters.TwoWaySettlementForLongTermFilings].ToString());
    }

    [Fact]
    public void Resolve_ConditionListChangesOnItsDate()
    {
        Assert.Equal(5, PolicyCatalog.Default.Resolve(Wuhan, D("2025-02-28")).Get(PolicyParameters.CrossProvinceChronicConditions).Count);
        var ten = PolicyCatalog.Default.Resolve(Wuhan, D("2025-03-01"))[PolicyParameters.CrossProvinceChronicConditions];
        Assert.Equal(10, ((IReadOnlyList<string>)ten.Value!).Count);
        Assert.Equal(Confidence.Low, ten.Entry.Confidence);
    }

    [Fact]
    public void CityPack_OverridesProvinceWhichOverridesNational()
    {
        var evaluator = new SettlementEvaluator(new SettlementOptions()
            .AddPolicyPack(Read(Pack("420000", "temporaryFilingDefaultMonths", "3"), "hubei"))
            .AddPolicyPack(Read(Pack("420100", "temporaryFilingDefaultMonths", "12"), "wuhan")));

        Assert.Equal(12, evaluator.Policies.Resolve(WuhanDistrict, D("2025-01-01")).Get(PolicyParameters.TemporaryFilingDefaultMonths));
        Assert.Equal(3, evaluator.Policies.Resolve(RegionCode.Parse("420500"), D("2025-01-01")).Get(PolicyParameters.TemporaryFilingDefaultMonths));
        Assert.Equal(6, evaluator.Policies.Resolve(Changsha, D("2025-01-01")).Get(PolicyParameters.TemporaryFilingDefaultMonths));
    }

    [Fact]
    public void GuangxiExemption_StartDateIsAssumed_LowConfidence_SaidInItsSource()
    {
        var value = Evaluator.Policies.Resolve(RegionCode.Parse("451200"), D("2025-06-01"))[PolicyParameters.IntraProvinceFilingExempt];

        Assert.Equal(Confidence.Low, value.Entry.Confidence);
        Assert.Contains("the source does not state it", value.Entry.Source.English, StringComparison.Ordinal);
        Assert.Contains("来源未写明", value.Entry.Source.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void IntegratorPack_ReplacesTheShippedPackForItsRegion()
    {
        var evaluator = WithPack(Pack("450000", "intraProvinceFilingExempt", "false"));

        Assert.False(evaluator.Policies.Resolve(RegionCode.Parse("450102"), D("2025-06-01")).Get(PolicyParameters.IntraProvinceFilingExempt));
        Assert.Equal("test-pack", evaluator.Policies.Packs.Single(p => p.Region == RegionCode.Parse("450000")).Origin);
    }

    [Fact]
    public void TwoPacksForOneRegion_Rejected()
    {
        var options = new SettlementOptions()
            .AddPolicyPack(Read(Pack("420100", "temporaryFilingDefaultMonths", "3"), "a.json"))
            .AddPolicyPack(Read(Pack("420100", "temporaryFilingDefaultMonths", "4"), "b.json"));

        var e = Assert.Throws<InvalidPolicyPackException>(() => new SettlementEvaluator(options));
        Assert.Equal("b.json", e.Origin);
        Assert.Contains("a.json", e.Message);
    }

    [Fact]
    public void MalformedPack_RejectedWholeWithEveryProblemAndPath()
    {
        var e = Rejected("""
            { "schemaVersion": 2, "region": "330106", "name": "", "extra": 1,
              "parameters": {
                "noSuchParameter": [ { "value": 1 } ],
                "temporaryFilingDefaultMonths": [ { "value": "six", "effectiveFrom": "2025-13-01", "source": "", "confidence": "maybe", "typo": true } ],
                "intraProvinceFilingExempt": [
                  { "value": true, "effectiveFrom": "2025-01-01", "effectiveUntil": null, "source": "s", "confidence": "stated" },
                  { "value": false, "effectiveFrom": "2025-06-01", "effectiveUntil": "2025-01-01", "source": "s", "confidence": "stated" } ]
              } }
            """);

        Assert.Equal("pack.json", e.Origin);
        // One convention with cases: a path without "$." and a code for every problem.
        var problems = e.Errors.Select(x => x.Path + " " + x.Code).ToArray();
        Assert.Equal(new[]
        {
            "extra UNKNOWN_PROPERTY",
            "schemaVersion UNSUPPORTED_SCHEMA_VERSION",
            "region INVALID_REGION",
            "name REQUIRED",
            "parameters.noSuchParameter UNKNOWN_PROPERTY",
            "parameters.temporaryFilingDefaultMonths[0].typo UNKNOWN_PROPERTY",
            "parameters.temporaryFilingDefaultMonths[0].value WRONG_TYPE",
            "parameters.temporaryFilingDefaultMonths[0].effectiveFrom INVALID_DATE",
            "parameters.temporaryFilingDefaultMonths[0].source REQUIRED",
            "parameters.temporaryFilingDefaultMonths[0].confidence UNKNOWN_VALUE",
            "parameters.intraProvinceFilingExempt[1].effectiveUntil DATE_BEFORE_START",
        }, problems);
        Assert.All(e.Errors, x => Assert.EndsWith(".", x.Message, StringComparison.Ordinal));
        Assert.Contains("pack.json", e.Message);
    }

    [Fact]
    public void OverlappingRanges_Rejected()
    {
        var e = Rejected("""
            { "region": "420100", "name": "x", "parameters": { "temporaryFilingDefaultMonths": [
              { "value": 3, "effectiveFrom": "2025-01-01", "effectiveUntil": null, "source": "s", "confidence": "stated" },
              { "value": 4, "effectiveFrom": "2025-06-01", "effectiveUntil": null, "source": "s", "confidence": "stated" } ] } }
            """);

        Assert.Contains(e.Errors, x => x.Path == "parameters.temporaryFilingDefaultMonths[1]" && x.Code == InputErrorCodes.OverlappingRange && x.Message.Contains("overlaps entry [0]", StringComparison.Ordinal));
    }

    [Fact]
    public void AdjacentRanges_Accepted()
    {
        var pack = Read("""
            { "region": "420100", "name": "x", "parameters": { "temporaryFilingDefaultMonths": [
              { "value": 4, "effectiveFrom": "2025-06-01", "effectiveUntil": null, "source": "s", "confidence": "stated" },
              { "value": 3, "effectiveFrom": null, "effectiveUntil": "2025-05-31", "source": "s", "confidence": "national" } ] } }
            """);

        Assert.Equal(2, pack.Entries.Count);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{")]
    [InlineData("{ \"region\": \"national\", \"name\": \"n\", \"parameters\": { \"emergencyDeemedFiled\": [] } }")]
    [InlineData("{ \"region\": \"999999\", \"name\": \"n\", \"parameters\": {} }")]
    [InlineData("{ \"region\": \"420100\", \"name\": \"n\", \"parameters\": { \"rateReductionOtherTemporaryPoints\": [ { \"value\": 101, \"source\": \"s\", \"confidence\": \"low\" } ] } }")]
    [InlineData("{ \"region\": \"420100\", \"name\": \"n\", \"parameters\": { \"crossProvinceChronicConditions\": [ { \"value\": [\"Bad Name\"], \"source\": \"s\", \"confidence\": \"low\" } ] } }")]
    public void VariousMalformedPacks_Rejected(string json)
    {
        Assert.NotEmpty(Rejected(json).Errors);
    }

    [Fact]
    public void NationalOverrideWithGaps_Rejected()
    {
        var pack = Read("""{ "region": "national", "name": "n", "parameters": { "emergencyDeemedFiled": [ { "value": true, "effectiveFrom": "2020-01-01", "source": "s", "confidence": "national" } ] } }""");

        var e = Assert.Throws<InvalidPolicyPackException>(() => PolicyCatalog.Create(new[] { pack }));
        Assert.Contains(e.Errors, x => x.Path == "parameters.emergencyDeemedFiled" && x.Code == InputErrorCodes.NotCovered);
        Assert.Contains(e.Errors, x => x.Path == "parameters.temporaryFilingDefaultMonths" && x.Code == InputErrorCodes.NotCovered);
    }

    [Fact]
    public void PackFile_ReadFromDisk_OrReportedWhenMissing()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".json");
        File.WriteAllText(path, Pack("420100", "temporaryFilingDefaultMonths", "3"));
        try
        {
            Assert.Equal(path, new SettlementOptions().AddPolicyPackFile(path).PolicyPacks.Single().Origin);
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Equal(path, Assert.Throws<InvalidPolicyPackException>(() => PolicyCatalog.ReadPackFile(path)).Origin);
    }

    [Fact]
    public void Parameters_HaveUniqueNamesAndScopes()
    {
        Assert.Equal(PolicyParameters.All.Count, PolicyParameters.All.Select(p => p.Name).Distinct().Count());
        Assert.All(PolicyParameters.All.Select((p, i) => (p, i)), x => Assert.Equal(x.i, x.p.Index)); // All lists them in declaration order
        Assert.Equal(PolicyScope.TreatmentRegion, PolicyParameters.CrossProvinceChronicConditions.Scope);
        Assert.Same(PolicyParameters.EmergencyDeemedFiled, PolicyParameters.Find("emergencyDeemedFiled"));
        Assert.Null(PolicyParameters.Find("EmergencyDeemedFiled"));
        Assert.Throws<ArgumentException>(() => PolicyCatalog.Default.Resolve(default, D("2025-01-01")));
    }
}
