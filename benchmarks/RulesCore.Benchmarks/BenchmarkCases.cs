using RulesCore.Settlement;
using RulesCore.Testing;
using RulesCore.Settlement.Model;

namespace RulesCore.Benchmarks;

/// <summary>The cases the decision benchmarks run, by name: four representative cases, then one case per cause.</summary>
public static class BenchmarkCases
{
    public const string Local = "local";
    public const string CrossProvince = "cross-province";
    public const string Chronic = "chronic";
    public const string AllFourCauses = "all-four-causes";
    public const string FilingCause = "filing";
    public const string HospitalCause = "hospital";
    public const string CoverageCause = "coverage";
    public const string AccountCause = "account";

    public static IReadOnlyDictionary<string, SettlementCase> ByName { get; } = new Dictionary<string, SettlementCase>(StringComparer.Ordinal)
    {
        // 长沙 insured, treated at home: no filing or hospital rules apply.
        [Local] = Cases.LocalOutpatient().WithItems(Items(3)).Build(),

        // 长沙 → 武汉 general outpatient with a long-term filing: settles directly.
        [CrossProvince] = Cases.CrossProvinceOutpatient().WithItems(Items(3)).Build(),

        // 长沙 → 武汉 diabetes visit: qualification, list and opened condition all in order.
        [Chronic] = Cases.CrossProvinceOutpatient().WithChronicCondition(Conditions.Diabetes).WithItems(Items(3)).Build(),

        // Expired filing, unnetworked hospital, all items self-paid, lapsed contributions and a broken card.
        [AllFourCauses] = Cases.CrossProvinceOutpatient().WithItems(Items(3)).WithExpiredFiling().AtHospitalNotNetworked()
            .WithAllItemsOutsideCatalog().WithLapsedContributions().WithUnusableCard().Build(),

        // One cause each, on the cross-province visit: an expired filing; a hospital not networked; a diabetes visit
        // without a qualification; lapsed contributions.
        [FilingCause] = Cases.CrossProvinceOutpatient().WithItems(Items(3)).WithExpiredFiling().Build(),
        [HospitalCause] = Cases.CrossProvinceOutpatient().WithItems(Items(3)).AtHospitalNotNetworked().Build(),
        [CoverageCause] = Cases.CrossProvinceOutpatient().WithChronicCondition(Conditions.Diabetes).WithoutQualification().WithItems(Items(3)).Build(),
        [AccountCause] = Cases.CrossProvinceOutpatient().WithItems(Items(3)).WithLapsedContributions().Build(),
    };

    public static IEnumerable<string> Names => ByName.Keys;

    /// <summary>The four representative cases (a batch cycles through them).</summary>
    public static IReadOnlyList<SettlementCase> Representative { get; } = new[] { Local, CrossProvince, Chronic, AllFourCauses }.Select(n => ByName[n]).ToArray();

    /// <summary>A chronic cross-province visit with <paramref name="n"/> filings, qualifications and items (3n + 3 facts).</summary>
    public static SettlementCase Sized(int n)
    {
        var others = new[] { "330100", "310000", "110000", "440100", "510100", "320100", "370100", "210100", "610100", "500000" };
        var filings = Enumerable.Range(0, n).Select(i => new Filing
        {
            Id = "F" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture),
            Reason = i == 0 ? FilingReason.LongTermResident : FilingReason.OtherTemporary,
            DestinationRegion = RegionCode.Parse(i == 0 ? "420100" : others[i % others.Length]),
            ValidFrom = new DateTime(2024, 1, 1).AddDays(i),
            ValidUntil = i == 0 ? null : new DateTime(2024, 6, 30).AddDays(i),
            Status = FilingStatus.Active,
            Basis = FilingBasis.Materials,
        }).ToArray();
        var qualifications = Enumerable.Range(0, n).Select(i => new Qualification
        {
            Condition = i == 0 ? Conditions.Diabetes : "local" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ValidFrom = new DateTime(2020, 1, 1).AddDays(i),
        }).ToArray();
        return Cases.CrossProvinceOutpatient().WithChronicCondition(Conditions.Diabetes).WithFilings(filings).WithItems(Items(n))
            .With(c => c with { Qualifications = qualifications }).Build();
    }

    private static EncounterItem[] Items(int n) => Enumerable.Range(0, n)
        .Select(i => new EncounterItem { Code = "I" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), Amount = 10m + i, InCatalog = true })
        .ToArray();
}
