using RulesCore.Settlement.Policies;

namespace RulesCore.Settlement.Tests;

/// <summary>Cases that read as the story they build: a visit that settles, then one change at a time.</summary>
public static class Cases
{
    public static readonly RegionCode Changsha = RegionCode.Parse("430100");
    public static readonly RegionCode Wuhan = RegionCode.Parse("420100");
    public static readonly RegionCode WuhanDistrict = RegionCode.Parse("420106");
    public static readonly RegionCode Hangzhou = RegionCode.Parse("330100");
    public static readonly RegionCode Xihu = RegionCode.Parse("330106");
    public static readonly RegionCode Huzhou = RegionCode.Parse("330500");

    public static DateTime D(string text) => DateTime.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>长沙-insured employee, long-term filing to 武汉, general outpatient visit at a networked 武汉 hospital: settles directly.</summary>
    public static SettlementCase CrossProvinceOutpatient() => RulesCore.Testing.Cases.CrossProvinceOutpatient().Build();

    /// <summary>The same person treated at home in 长沙.</summary>
    public static SettlementCase LocalOutpatient() => RulesCore.Testing.Cases.LocalOutpatient().Build();

    public static SettlementCase WithFilings(this SettlementCase c, params Filing[] filings) => c with { Filings = filings };

    public static SettlementCase WithFiling(this SettlementCase c, Func<Filing, Filing> change) => c with { Filings = new[] { change(c.Filings[0]) } };

    public static SettlementCase AddFiling(this SettlementCase c, Filing filing) => c with { Filings = c.Filings.Append(filing).ToArray() };

    public static Filing Filing(string id, FilingReason reason, RegionCode destination, string from, string? until = null,
        FilingStatus status = FilingStatus.Active, FilingBasis basis = FilingBasis.Materials) => new()
        {
            Id = id, Reason = reason, DestinationRegion = destination, ValidFrom = D(from), ValidUntil = until is null ? null : D(until),
            Status = status, Basis = basis,
        };

    public static SettlementCase InsuredIn(this SettlementCase c, RegionCode region) => c with { Person = c.Person with { InsuredRegion = region } };

    public static SettlementCase WithPerson(this SettlementCase c, Func<InsuranceAccount, InsuranceAccount> change) => c with { Person = change(c.Person) };

    public static SettlementCase AtHospital(this SettlementCase c, Func<Hospital, Hospital> change) => c with { Hospital = change(c.Hospital) };

    public static SettlementCase WithServices(this SettlementCase c, Func<CrossRegionServices, CrossRegionServices> change) =>
        c with { Hospital = c.Hospital with { CrossRegionServices = change(c.Hospital.CrossRegionServices) } };

    public static SettlementCase WithEncounter(this SettlementCase c, Func<Encounter, Encounter> change) => c with { Encounter = change(c.Encounter) };

    public static SettlementCase On(this SettlementCase c, string date) => c.WithEncounter(e => e with { Date = D(date) });

    public static SettlementCase Chronic(this SettlementCase c, string condition, bool qualified = true) =>
        c.WithEncounter(e => e with { Setting = CareSetting.ChronicOutpatient, Condition = condition })
         .WithServices(s => s with { ChronicConditions = s.ChronicConditions.Append(condition).Distinct().ToArray() })
        with { Qualifications = qualified ? new[] { new Qualification { Condition = condition, ValidFrom = D("2020-01-01") } } : Array.Empty<Qualification>() };

    public static SettlementCase WithItems(this SettlementCase c, params EncounterItem[] items) => c.WithEncounter(e => e with { Items = items });

    public static EncounterItem Item(string code, bool inCatalog = true, decimal amount = 10m) => new() { Code = code, InCatalog = inCatalog, Amount = amount };

    public static SettlementEvaluator Evaluator { get; } = new();

    public static SettlementDecision Evaluate(this SettlementCase c, string language = Languages.English, string? asOf = null) =>
        Evaluator.Evaluate(c, new EvaluationOptions { Language = language, AsOf = asOf is null ? null : D(asOf) });

    public static string[] Codes(this SettlementDecision d) => d.Findings.Select(f => f.Code).ToArray();

    public static Finding Single(this SettlementDecision d, string code) => Assert.Single(d.Findings, f => f.Code == code);

    public static bool Has(this SettlementDecision d, string code) => d.Findings.Any(f => f.Code == code);

    /// <summary>An evaluator with one extra policy pack given as JSON.</summary>
    public static SettlementEvaluator WithPack(string json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return new SettlementEvaluator(new SettlementOptions().AddPolicyPack(stream, "test-pack"));
    }

    public static string Pack(string region, string parameter, string value, string? from = null, string? until = null) =>
        $$"""
        { "schemaVersion": 1, "region": "{{region}}", "name": "test",
          "parameters": { "{{parameter}}": [ { "value": {{value}}, "effectiveFrom": {{(from is null ? "null" : $"\"{from}\"")}},
            "effectiveUntil": {{(until is null ? "null" : $"\"{until}\"")}}, "source": "test", "confidence": "stated" } ] } }
        """;

    public static PolicyCatalog Policies => Evaluator.Policies;
}
