using System.Text;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Tests.Policies;

/// <summary>Policy packs are rejected whole — with the pack's path and each problem's JSON path — for every kind of defect.</summary>
public class PolicyPackHardeningTests
{
    private static InvalidPolicyPackException Rejected(string json, string origin = "/packs/integrator.json") =>
        Assert.Throws<InvalidPolicyPackException>(() => PolicyCatalog.ReadPack(new MemoryStream(Encoding.UTF8.GetBytes(json)), origin));

    [Theory]
    [InlineData("""{ "region": "420100", "name": "x", "parameters": { "temporaryFilingDefaultMonths": [ { "value": 3, "effectiveFrom": "2024-01-01", "effectiveUntil": "2024-12-31", "source": "s", "confidence": "stated" }, { "value": 4, "effectiveFrom": "2024-12-31", "effectiveUntil": null, "source": "s", "confidence": "stated" } ] } }""", "parameters.temporaryFilingDefaultMonths[1]", InputErrorCodes.OverlappingRange)]
    [InlineData("""{ "region": "420100", "name": "x", "parameters": { "temporaryFilingDefaultMonth": [ { "value": 3, "source": "s", "confidence": "stated" } ] } }""", "parameters.temporaryFilingDefaultMonth", InputErrorCodes.UnknownProperty)]
    [InlineData("""{ "region": "420100", "name": "x", "parameters": { "emergencyDeemedFiled": [ { "value": 1, "source": "s", "confidence": "stated" } ] } }""", "parameters.emergencyDeemedFiled[0].value", InputErrorCodes.WrongType)]
    [InlineData("""{ "region": "420100", "name": "x", "parameters": { "temporaryFilingDefaultMonths": [ { "value": 3.5, "source": "s", "confidence": "stated" } ] } }""", "parameters.temporaryFilingDefaultMonths[0].value", InputErrorCodes.WrongType)]
    [InlineData("""{ "region": "420100", "name": "x", "parameters": { "crossProvinceChronicConditions": [ { "value": "hypertension", "source": "s", "confidence": "stated" } ] } }""", "parameters.crossProvinceChronicConditions[0].value", InputErrorCodes.WrongType)]
    [InlineData("""{ "region": "420100", "name": "x", "parameters": { "emergencyDeemedFiled": [ { "value": true, "source": "s", "confidence": "stated" } ], "emergencyDeemedFiled": [ { "value": false, "source": "s", "confidence": "stated" } ] } }""", "parameters.emergencyDeemedFiled", InputErrorCodes.DuplicateProperty)]
    [InlineData("""{ "region": "420100", "region": "420200", "name": "x", "parameters": {} }""", "region", InputErrorCodes.DuplicateProperty)]
    [InlineData("""{ "region": 420100, "name": "x", "parameters": {} }""", "region", InputErrorCodes.WrongType)]
    public void DefectivePack_RejectedWithPackAndJsonPath(string json, string path, string code)
    {
        var e = Rejected(json);

        Assert.Equal("/packs/integrator.json", e.Origin);
        Assert.Contains(e.Errors, x => x.Path == path && x.Code == code);
        Assert.StartsWith("Policy pack '/packs/integrator.json' was rejected:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CasesAndPacks_ReportProblemsInOneFamily_PathCodeMessage()
    {
        var pack = Rejected("""{ "region": "420100", "name": "x", "parameters": { "emergencyDeemedFiled": [ { "value": 1, "source": "s", "confidence": "stated" } ] } }""");
        var @case = Assert.Throws<InvalidCaseException>(() => new SettlementEvaluator().Evaluate(RulesCore.Testing.Cases.CrossProvinceOutpatient().Build() with { Filings = null! }));

        foreach (InvalidInputException e in new InvalidInputException[] { pack, @case })
        {
            var first = e.Errors[0];
            Assert.Contains($"  {first.Path}: {first.Code}: {first.Message}", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("$.", first.Path, StringComparison.Ordinal);
        }

        Assert.Equal(("parameters.emergencyDeemedFiled[0].value", InputErrorCodes.WrongType), (pack.Errors.Single().Path, pack.Errors.Single().Code));
        Assert.Equal(("filings", InputErrorCodes.Required), (@case.Errors.Single().Path, @case.Errors.Single().Code));
    }

    [Fact]
    public void DeeplyNestedOrTruncatedOrBinaryPack_Rejected()
    {
        Assert.Equal("$", Rejected(new string('[', 500) + new string(']', 500)).Errors.Single().Path);
        Assert.Equal("$", Rejected("""{ "region": "420100", "name": """).Errors.Single().Path);
        Assert.Throws<InvalidPolicyPackException>(() => PolicyCatalog.ReadPack(new MemoryStream(new byte[] { 0x7b, 0xff, 0xfe, 0x7d }), "bin"));
    }

    [Fact]
    public void RejectedPack_LeavesTheOptionsUnchanged()
    {
        var options = new SettlementOptions();

        Assert.Throws<InvalidPolicyPackException>(() => options.AddPolicyPack(new MemoryStream(Encoding.UTF8.GetBytes("{}")), "broken"));

        Assert.Empty(options.PolicyPacks);
    }
}
