using BenchmarkDotNet.Attributes;
using RulesCore.Settlement;
using RulesCore.Settlement.Hospitals;
using RulesCore.Settlement.Model;

namespace RulesCore.Benchmarks;

/// <summary>
/// Finding where a visit settles directly, in a directory of 1,000 or 100,000 hospitals spread over 31 provinces,
/// 310 cities and 3,100 districts. The area searched (武汉市, 420100) holds the same 40 hospitals in both directories,
/// so the finder and the region lookup should cost the same in both; a scan of the whole directory (the baseline)
/// grows with it. One worker and no trace, so the numbers measure the finder, not the machine's cores.
/// </summary>
[MemoryDiagnoser]
public class FindHospitalsBenchmark
{
    private static readonly int[] Provinces = { 11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65 };
    private static readonly RegionCode Wuhan = RegionCode.Parse("420100");
    private static readonly EvaluationOptions Options = new() { IncludeTrace = false, MaxDegreeOfParallelism = 1 };

    private readonly SettlementEvaluator _evaluator = new();
    private HospitalDirectory _directory = null!;
    private SettlementCase _case = null!;

    [Params(1_000, 100_000)]
    public int Hospitals { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _directory = new HospitalDirectory(Directory(Hospitals));
        _case = Case();
    }

    /// <summary>The 40 hospitals of 武汉市 (every kind of service), then hospitals elsewhere up to <paramref name="count"/>.</summary>
    public static IEnumerable<DirectoryHospital> Directory(int count)
    {
        var random = new Random(2025);
        for (var i = 0; i < 40; i++)
        {
            yield return Hospital($"WH{i:D3}", 420101 + (i % 17), i % 4 != 0, i % 3 != 0, i % 5 == 0 ? new[] { Conditions.Hypertension } : Array.Empty<string>(), i % 7 == 0);
        }

        for (var i = 40; i < count; i++)
        {
            int region;
            do
            {
                region = (Provinces[random.Next(Provinces.Length)] * 10_000) + (random.Next(1, 11) * 100) + random.Next(1, 11);
            }
            while (Wuhan.Contains(RegionCode.Parse(region.ToString("D6", System.Globalization.CultureInfo.InvariantCulture))));

            yield return Hospital($"H{i:D6}", region, random.Next(4) != 0, random.Next(3) != 0, random.Next(5) == 0 ? new[] { Conditions.Diabetes } : Array.Empty<string>(), random.Next(10) == 0);
        }
    }

    private static DirectoryHospital Hospital(string id, int region, bool inpatient, bool outpatient, string[] conditions, bool intraProvinceOnly) => new()
    {
        Hospital = new Hospital
        {
            Id = id,
            Name = "医院 " + id,
            Region = RegionCode.Parse(region.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)),
            CrossRegionServices = new CrossRegionServices { Inpatient = inpatient, GeneralOutpatient = outpatient, ChronicConditions = conditions, IntraProvinceOnly = intraProvinceOnly },
        },
        Level = "三级甲等",
    };

    /// <summary>A 长沙-insured patient with a long-term filing to 武汉, for a general outpatient visit at a 武昌区 hospital.</summary>
    public static SettlementCase Case() => new()
    {
        Person = new InsuranceAccount
        {
            InsuredRegion = RegionCode.Parse("430100"), Scheme = InsuranceScheme.Employee, Contribution = new Contribution { Status = ContributionStatus.Active },
            IdentityVerified = true, Card = CardStatus.Valid, EVoucherActivated = false, PersonalAccountPaymentEnabled = true,
        },
        Filings = new[]
        {
            new Filing
            {
                Id = "F1", Reason = FilingReason.LongTermResident, DestinationRegion = Wuhan, ValidFrom = new DateTime(2024, 1, 1),
                Status = FilingStatus.Active, Basis = FilingBasis.Materials,
            },
        },
        Hospital = new Hospital { Id = "H1", Region = RegionCode.Parse("420106"), CrossRegionServices = new CrossRegionServices { Inpatient = true, GeneralOutpatient = false } },
        Encounter = new Encounter { Setting = CareSetting.GeneralOutpatient, Date = new DateTime(2025, 3, 10) },
    };

    [Benchmark(Baseline = true)]
    public int ScanTheWholeDirectory()
    {
        var found = 0;
        foreach (var hospital in _directory.Hospitals)
        {
            if (Wuhan.Contains(hospital.Region))
            {
                found++;
            }
        }

        return found;
    }

    [Benchmark]
    public int LookUpTheArea() => _directory.InArea(Wuhan).Count;

    [Benchmark]
    public int FindWhereItSettles() => HospitalFinder.Find(_evaluator, _case, _directory, options: Options).Count;
}
