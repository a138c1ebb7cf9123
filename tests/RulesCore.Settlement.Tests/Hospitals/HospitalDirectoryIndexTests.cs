using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RulesCore.Settlement.Hospitals;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Tests.Hospitals;

/// <summary>The region index answers exactly what a scan of the whole directory answers, in id order.</summary>
public class HospitalDirectoryIndexTests
{
    /// <summary>Provinces, cities, districts and county-level cities, some nested in others, some a province's own code.</summary>
    private static readonly string[] Regions =
    {
        "420000", "420100", "420102", "420106", "420111", "420300", "429004", "429005", "429006",
        "310000", "310101", "310104", "310115", "330100", "330106", "330500", "450100", "450103", "451200", "110105",
    };

    public static class Arbitraries
    {
        public static Arbitrary<(DirectoryHospital[] Hospitals, RegionCode Area)> Directories() =>
            (from count in Gen.Choose(0, 60)
             from regions in Gen.ArrayOf(Gen.Elements(Regions), count)
             from ids in Gen.ArrayOf(Gen.Choose(0, 999), count)
             from area in Gen.Elements(Regions)
             select (regions.Select((r, i) => Hospital($"H{ids[i]}-{i}", r)).ToArray(), RegionCode.Parse(area))).ToArbitrary();
    }

    private static DirectoryHospital Hospital(string id, string region) => new()
    {
        Hospital = new Hospital { Id = id, Region = RegionCode.Parse(region), CrossRegionServices = new CrossRegionServices { Inpatient = true, GeneralOutpatient = false } },
    };

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 500)]
    public void InArea_IsTheHospitalsTheAreaContains_ById((DirectoryHospital[] Hospitals, RegionCode Area) input)
    {
        var directory = new HospitalDirectory(input.Hospitals);
        var scan = input.Hospitals.Where(h => input.Area.Contains(h.Region)).OrderBy(h => h.Id, StringComparer.Ordinal).ToArray();

        Assert.Equal(scan, directory.InArea(input.Area));
        Assert.Equal(input.Hospitals.OrderBy(h => h.Id, StringComparer.Ordinal), directory.Hospitals);
    }

    [Fact]
    public void ACountyLevelCity_IsItsOwnArea_AndItsProvinceHoldsIt()
    {
        var directory = new HospitalDirectory(new[] { Hospital("B", "429004"), Hospital("A", "429005"), Hospital("C", "420106"), Hospital("D", "420000") });

        Assert.Equal(new[] { "B" }, directory.InArea(RegionCode.Parse("429004")).Select(h => h.Id));
        Assert.Equal(new[] { "A", "B", "C", "D" }, directory.InArea(RegionCode.Parse("420000")).Select(h => h.Id));
        Assert.Equal(new[] { "C" }, directory.InArea(RegionCode.Parse("420100")).Select(h => h.Id));
        Assert.Empty(directory.InArea(RegionCode.Parse("310000")));
        Assert.Throws<ArgumentException>(() => directory.InArea(default));
    }
}
