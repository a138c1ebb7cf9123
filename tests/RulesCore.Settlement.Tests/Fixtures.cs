using RulesCore.Settlement.Policies;
using RulesCore.Testing;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests;

/// <summary>
/// What the tests share besides the case builders (those are <see cref="RulesCore.Testing.Cases"/> and
/// <see cref="CaseBuilder"/>, shipped): region codes, dates, one evaluator, and short ways to read a decision.
/// </summary>
public static class Fixtures
{
    public static readonly RegionCode Changsha = RegionCode.Parse("430100");
    public static readonly RegionCode Wuhan = RegionCode.Parse("420100");
    public static readonly RegionCode WuhanDistrict = RegionCode.Parse("420106");
    public static readonly RegionCode Hangzhou = RegionCode.Parse("330100");
    public static readonly RegionCode Xihu = RegionCode.Parse("330106");
    public static readonly RegionCode Huzhou = RegionCode.Parse("330500");

    public static DateTime D(string text) => DateTime.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static SettlementEvaluator Evaluator { get; } = new();

    public static PolicyCatalog Policies => Evaluator.Policies;

    public static SettlementDecision Evaluate(this SettlementCase c, string language = Languages.English, string? asOf = null) =>
        Evaluator.Evaluate(c, new EvaluationOptions { Language = language, AsOf = asOf is null ? null : D(asOf) });

    public static SettlementDecision Evaluate(this CaseBuilder c, string language = Languages.English, string? asOf = null) => c.Build().Evaluate(language, asOf);

    public static SettlementDecision Evaluate(this SettlementEvaluator evaluator, CaseBuilder c) => evaluator.Evaluate(c.Build());

    public static string[] Codes(this SettlementDecision d) => d.Findings.Select(f => f.Code).ToArray();

    public static Finding Single(this SettlementDecision d, string code) => Assert.Single(d.Findings, f => f.Code == code);

    public static bool Has(this SettlementDecision d, string code) => d.Findings.Any(f => f.Code == code);

    /// <summary>An evaluator with one extra policy pack given as JSON.</summary>
    public static SettlementEvaluator WithPack(string json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return new SettlementEvaluator(new SettlementOptions().AddPolicyPack(stream, "test-pack"));
    }

    /// <summary>An evaluator with one extra pack for <paramref name="region"/> setting several parameters (stated, always in force).</summary>
    public static SettlementEvaluator WithParameters(string region, params (string Name, string Value)[] parameters)
    {
        var entries = string.Join(",\n", parameters.Select(p =>
            $$"""    "{{p.Name}}": [ { "value": {{p.Value}}, "effectiveFrom": null, "effectiveUntil": null, "source": "test", "confidence": "stated" } ]"""));
        return WithPack($$"""
            { "schemaVersion": 1, "region": "{{region}}", "name": "test",
              "parameters": {
            {{entries}}
              } }
            """);
    }

    /// <summary>A case decided in English by another evaluator, asked on <paramref name="asOf"/> when given.</summary>
    public static SettlementDecision Decide(SettlementEvaluator evaluator, CaseBuilder c, string? asOf = null) =>
        evaluator.Evaluate(c.Build(), new EvaluationOptions { Language = Languages.English, AsOf = asOf is null ? null : D(asOf) });

    public static string Pack(string region, string parameter, string value, string? from = null, string? until = null) =>
        $$"""
        { "schemaVersion": 1, "region": "{{region}}", "name": "test",
          "parameters": { "{{parameter}}": [ { "value": {{value}}, "effectiveFrom": {{(from is null ? "null" : $"\"{from}\"")}},
            "effectiveUntil": {{(until is null ? "null" : $"\"{until}\"")}}, "source": "test", "confidence": "stated" } ] } }
        """;
}
