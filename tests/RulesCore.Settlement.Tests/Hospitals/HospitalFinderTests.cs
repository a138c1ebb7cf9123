using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RulesCore.Settlement.Hospitals;
using RulesCore.Settlement.Json;
using RulesCore.Testing;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using Outcome = RulesCore.Settlement.Decisions.Outcome;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Tests.Hospitals;

/// <summary>The finder: what evaluating every hospital of the area says, best first; the sample stories find their hospital.</summary>
public class HospitalFinderTests
{
    private static readonly HospitalDirectory Sample = HospitalDirectory.LoadFile(RepositoryFiles.PathOf("samples", "hospitals", "directory.json"));

    private static SettlementCase Story(string name) =>
        SettlementJson.ReadCase(File.ReadAllBytes(RepositoryFiles.PathOf("samples", "cases", name)), null);

    private static readonly string[] ConditionPool = { Conditions.Hypertension, Conditions.Diabetes, Conditions.RheumatoidArthritis, Conditions.UremiaDialysis, "parkinsons" };

    private static readonly string[] Districts = { "420106", "420111", "420000", "429004", "310104", "310115", "330106", "330500", "450103", "451200", "110105", "140213", "371326", "430102" };

    public static class Arbitraries
    {
        public static Arbitrary<(SettlementCase Case, DirectoryHospital[] Hospitals, int AreaChoice)> Searches() =>
            (from @case in SettlementGenerators.ValidCases()
             from count in Gen.Choose(0, 14)
             from hospitals in Gen.ArrayOf(Candidate(@case), count)
             from area in Gen.Choose(0, 3)
             select (@case, hospitals.Select((h, i) => h with { Hospital = h.Hospital with { Id = $"C{i:D2}" } }).ToArray(), area)).ToArbitrary();
    }

    /// <summary>A hospital near the case: in its hospital's or its insured region, or elsewhere, with any services.</summary>
    private static Gen<DirectoryHospital> Candidate(SettlementCase c) =>
        from region in Gen.Frequency(
            (4, Gen.Constant(c.Hospital.Region)),
            (2, Gen.Constant(c.Person.InsuredRegion)),
            (2, Gen.Elements(Districts).Select(RegionCode.Parse)))
        from inpatient in Gen.Elements(true, false)
        from outpatient in Gen.Elements(true, false)
        from conditions in Gen.SubListOf(ConditionPool)
        from intraProvinceOnly in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from level in Gen.Elements<string?>(null, "三级甲等")
        select new DirectoryHospital
        {
            Level = level,
            Hospital = new Hospital
            {
                Id = "C",
                Region = region,
                CrossRegionServices = new CrossRegionServices { Inpatient = inpatient, GeneralOutpatient = outpatient, ChronicConditions = conditions.ToArray(), IntraProvinceOnly = intraProvinceOnly },
            },
        };

    /// <summary>Every hospital of the area evaluated, those that settle directly, best first — what the finder must return.</summary>
    private static (string Id, Outcome Outcome, int Points)[] EveryHospital(SettlementCase c, IEnumerable<DirectoryHospital> hospitals, RegionCode area) =>
        hospitals.Where(h => area.Contains(h.Region))
            .Select(h => (h.Id, Decision: Evaluator.Evaluate(c with { Hospital = h.Hospital })))
            .Where(x => x.Decision.Outcome is Outcome.Direct or Outcome.DirectReducedRate)
            .OrderBy(x => x.Decision.Outcome).ThenBy(x => x.Decision.RateReductionPoints).ThenBy(x => x.Id, StringComparer.Ordinal)
            .Select(x => (x.Id, x.Decision.Outcome, x.Decision.RateReductionPoints)).ToArray();

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 150)]
    public void Find_EqualsEvaluatingEveryHospitalOfTheArea((SettlementCase Case, DirectoryHospital[] Hospitals, int AreaChoice) input)
    {
        var c = input.Case;
        var date = c.Encounter.Date.Date;
        var area = input.AreaChoice switch
        {
            0 => default,
            1 => Fixtures.Policies.Resolve(c.Person.InsuredRegion, date).PoolingRegion,
            2 => c.Hospital.Region.Province,
            _ => c.Hospital.Region,
        };
        var searched = area.IsSpecified ? area : Fixtures.Policies.Resolve(c.Hospital.Region, date).PoolingRegion;

        var found = HospitalFinder.Find(Evaluator, c, new HospitalDirectory(input.Hospitals), area, new EvaluationOptions { Language = Languages.English });

        Assert.Equal(EveryHospital(c, input.Hospitals, searched), found.Select(m => (m.Hospital.Id, m.Decision.Outcome, m.Decision.RateReductionPoints)));
        Assert.All(found, m => Assert.Equal(Evaluator.Evaluate(c with { Hospital = m.Hospital.Hospital }, new EvaluationOptions { Language = Languages.English }).Findings.Select(f => f.Code), m.Decision.Findings.Select(f => f.Code)));
    }

    [Fact]
    public void APingyiEmployeeInShanghai_FindsTheShanghaiHospitalsOpenForOutpatients()
    {
        foreach (var story in new[] { "000-pingyi-employee-shanghai-inpatient-only-hospital.json", "000-clinic-not-networked.json" })
        {
            var c = Story(story);
            Assert.Equal(Outcome.PayThenClaim, Evaluator.Evaluate(c).Outcome);

            var found = HospitalFinder.Find(Evaluator, c, Sample);

            Assert.Equal(new[] { "SH03", "SH04" }, found.Select(m => m.Hospital.Id));
            Assert.All(found, m => Assert.Equal(Outcome.Direct, m.Decision.Outcome));
        }
    }

    [Fact]
    public void TheReadmeExample_RunsAsShown()
    {
        var evaluator = Evaluator;
        var settlementCase = Story("000-pingyi-employee-shanghai-inpatient-only-hospital.json");
        var directoryFile = RepositoryFiles.PathOf("samples", "hospitals", "directory.csv");
        var lines = new List<string>();

        // README:hospital-finder:begin
        var directory = HospitalDirectory.LoadFile(directoryFile);   // a .csv or .json file; load once, share it (immutable, thread-safe)
        IReadOnlyList<HospitalMatch> matches = HospitalFinder.Find(evaluator, settlementCase, directory);
        foreach (var match in matches)
        {
            lines.Add($"{match.Hospital.Id} {match.Hospital.Name} {match.Hospital.Level}: {match.Decision.Outcome}");
        }
        // README:hospital-finder:end

        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.True(readme.Contains("```\n" + string.Join("\n", lines) + "\n```", StringComparison.Ordinal), "README.md does not show what the example prints:\n" + string.Join("\n", lines));
        Assert.True(RepositoryFiles.ReadmeShows("README:hospital-finder", "tests/RulesCore.Settlement.Tests/Hospitals/HospitalFinderTests.cs"), "README.md does not show the hospital finder example.");
    }

    [Fact]
    public void HospitalsAlikeButForWhetherThePatientDesignatedThem_AreToldApart()
    {
        var c = Cases.CrossProvinceOutpatient().WithChronicCondition(Conditions.Hypertension).Build();
        c = c with { Qualifications = c.Qualifications.Select(q => q with { DesignatedHospitals = new[] { "WH2" } }).ToArray() };
        var services = new CrossRegionServices { Inpatient = true, GeneralOutpatient = true, ChronicConditions = new[] { Conditions.Hypertension } };
        var directory = new HospitalDirectory(new[] { "WH1", "WH2", "WH3" }.Select(id => new DirectoryHospital
        {
            Hospital = new Hospital { Id = id, Region = WuhanDistrict, CrossRegionServices = services },
        }));

        var match = Assert.Single(HospitalFinder.Find(Evaluator, c, directory));

        Assert.Equal("WH2", match.Hospital.Id);
    }

    [Fact]
    public void ADatongDialysisPatientInBeijing_FindsTheHospitalThatOpenedDialysis()
    {
        var c = Story("003-datong-special-outpatient-hospital-without-the-condition.json");
        Assert.Equal(Outcome.PayThenClaim, Evaluator.Evaluate(c).Outcome);

        var match = Assert.Single(HospitalFinder.Find(Evaluator, c, Sample));

        Assert.Equal("BJ01", match.Hospital.Id);
        Assert.Equal("三级甲等", match.Hospital.Level);
        Assert.Equal(Outcome.Direct, match.Decision.Outcome);
    }

    [Fact]
    public void AnEmergencyAtAnInpatientOnlyHospital_FindsTheWuhanHospitalsOpenForOutpatients()
    {
        var c = Story("001-emergency-at-inpatient-only-hospital.json");

        var found = HospitalFinder.Find(Evaluator, c, Sample);

        Assert.Equal(new[] { "WH01", "WH03", "WH06" }, found.Select(m => m.Hospital.Id).OrderBy(id => id, StringComparer.Ordinal));
        Assert.DoesNotContain(found, m => m.Hospital.Id == "WH05");
    }

    [Fact]
    public void NoHospitalHelps_WhenTheProblemIsNotTheHospital()
    {
        var c = Story("000-rheumatoid-arthritis-without-qualification.json");

        Assert.Empty(HospitalFinder.Find(Evaluator, c, Sample));
    }

    [Fact]
    public void TheBestOutcomeComesFirst_ThenFewerPoints_ThenTheId()
    {
        // A temporary filing: a reduced rate everywhere; the person's own pooling region (长沙) has no reduction.
        var c = Cases.CrossProvinceOutpatient().InsuredIn("430100").TreatedIn("420106").On("2025-03-10")
            .WithFilings(Cases.Filing("F1", FilingReason.OtherTemporary, Wuhan, "2025-01-01")).Build();
        var open = new CrossRegionServices { Inpatient = true, GeneralOutpatient = true };
        var directory = new HospitalDirectory(new[] { "Z9", "A1", "M5" }.Select(id => new DirectoryHospital
        {
            Hospital = new Hospital { Id = id, Region = WuhanDistrict, CrossRegionServices = open },
        }).Append(new DirectoryHospital { Hospital = new Hospital { Id = "B2", Region = RegionCode.Parse("430102"), CrossRegionServices = open } }));

        var wuhan = HospitalFinder.Find(Evaluator, c, directory);
        var everywhere = HospitalFinder.Find(Evaluator, c, directory, RegionCode.Parse("430000"));

        Assert.Equal(new[] { "A1", "M5", "Z9" }, wuhan.Select(m => m.Hospital.Id));
        Assert.All(wuhan, m => Assert.Equal(Outcome.DirectReducedRate, m.Decision.Outcome));
        Assert.Equal("B2", Assert.Single(everywhere).Hospital.Id);
        Assert.Equal(Outcome.Direct, everywhere[0].Decision.Outcome);
    }

    [Fact]
    public void AnInvalidCase_IsRejectedAsTheEvaluatorRejectsIt()
    {
        var c = Story("000-clinic-not-networked.json");
        var invalid = c with { Encounter = c.Encounter with { Setting = CareSetting.ChronicOutpatient, Condition = null } };

        var e = Assert.Throws<InvalidCaseException>(() => HospitalFinder.Find(Evaluator, invalid, Sample));

        Assert.Equal(Evaluator.Validate(invalid), e.Errors);
        Assert.Throws<ArgumentNullException>(() => HospitalFinder.Find(null!, c, Sample));
        Assert.Throws<ArgumentNullException>(() => HospitalFinder.Find(Evaluator, null!, Sample));
        Assert.Throws<ArgumentNullException>(() => HospitalFinder.Find(Evaluator, c, null!));
    }

    [Fact]
    public void AnyEvaluator_JudgesEveryHospitalOfTheArea()
    {
        var (counting, counter) = CountingEvaluator.Around(Evaluator);
        var c = Story("000-clinic-not-networked.json");

        var found = HospitalFinder.Find(counting, c, Sample);

        Assert.Equal(Sample.InArea(RegionCode.Parse("310000")).Count, counter.Evaluated);
        Assert.Equal(HospitalFinder.Find(Evaluator, c, Sample).Select(m => m.Hospital.Id), found.Select(m => m.Hospital.Id));
    }

    /// <summary>
    /// An evaluator of another kind — a decorator, made as a proxy so that it forwards every member the interface has —
    /// counting the cases it is given.
    /// </summary>
    public class CountingEvaluator : System.Reflection.DispatchProxy
    {
        private ISettlementEvaluator _inner = null!;
        private int _evaluated;

        public int Evaluated => _evaluated;

        public static (ISettlementEvaluator Evaluator, CountingEvaluator Counter) Around(ISettlementEvaluator inner)
        {
            var proxy = Create<ISettlementEvaluator, CountingEvaluator>();
            var counter = (CountingEvaluator)(object)proxy;
            counter._inner = inner;
            return (proxy, counter);
        }

        protected override object? Invoke(System.Reflection.MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod!.Name is nameof(ISettlementEvaluator.EvaluateMany) or nameof(ISettlementEvaluator.EvaluateStream) && args![0] is IEnumerable<SettlementCase> cases)
            {
                var list = cases.ToList();
                Interlocked.Add(ref _evaluated, list.Count);
                args[0] = list;
            }
            else if (targetMethod.Name == nameof(ISettlementEvaluator.Evaluate))
            {
                Interlocked.Increment(ref _evaluated);
            }

            try
            {
                return targetMethod.Invoke(_inner, args);
            }
            catch (System.Reflection.TargetInvocationException e) when (e.InnerException is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
        }
    }
}
