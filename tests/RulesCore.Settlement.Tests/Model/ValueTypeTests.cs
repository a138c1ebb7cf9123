using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Tests.Model;

public class RegionCodeTests
{
    [Theory]
    [InlineData("330106", true)]
    [InlineData("110000", true)]
    [InlineData("820000", true)]
    [InlineData("000000", false)]
    [InlineData("990100", false)]
    [InlineData("33010", false)]
    [InlineData("3301066", false)]
    [InlineData("33O106", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryParse_AcceptsSixDigitsWithAKnownProvince(string? text, bool valid)
    {
        Assert.Equal(valid, RegionCode.TryParse(text, out var code));
        Assert.Equal(valid ? text : string.Empty, code.ToString());
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => RegionCode.Parse("12345"));
    }

    [Fact]
    public void Containment_ProvinceCityDistrict()
    {
        var zhejiang = RegionCode.Parse("330000");
        var hangzhou = RegionCode.Parse("330100");
        var xihu = RegionCode.Parse("330106");
        var binjiang = RegionCode.Parse("330108");
        var huzhou = RegionCode.Parse("330500");

        Assert.True(zhejiang.Contains(xihu));
        Assert.True(hangzhou.Contains(xihu));
        Assert.True(xihu.Contains(xihu));
        Assert.False(xihu.Contains(hangzhou));
        Assert.False(binjiang.Contains(xihu));
        Assert.False(huzhou.Contains(xihu));
        Assert.False(hangzhou.Contains(zhejiang));
        Assert.False(default(RegionCode).Contains(xihu));
    }

    [Fact]
    public void Levels()
    {
        Assert.Equal(RegionCode.Parse("330100"), RegionCode.Parse("330106").City);
        Assert.Equal(RegionCode.Parse("330000"), RegionCode.Parse("330106").Province);
        Assert.True(RegionCode.Parse("450000").IsProvince);
        Assert.True(RegionCode.Parse("450100").IsCity);
        Assert.False(RegionCode.Parse("450102").IsCity);
        Assert.Equal(RegionCode.Parse("450000"), RegionCode.Parse("450000").City);
        Assert.True(RegionCode.Parse("451200").IsSameProvince(RegionCode.Parse("450102")));
        Assert.False(RegionCode.Parse("451200").IsSameProvince(RegionCode.Parse("430100")));
    }

    [Fact]
    public void Equality_AndOrdering()
    {
        Assert.True(RegionCode.Parse("330106") == RegionCode.Parse("330106"));
        Assert.True(RegionCode.Parse("330106") != RegionCode.Parse("330100"));
        Assert.True(RegionCode.Parse("330100") < RegionCode.Parse("330106"));
        Assert.Equal(330106, RegionCode.Parse("330106").Value);
        Assert.False(default(RegionCode).IsSpecified);
    }
}

public class DateRangeTests
{
    private static DateTime D(string s) => Fixtures.D(s);

    [Fact]
    public void InclusiveOnBothEnds()
    {
        var range = new DateRange(D("2025-01-01"), D("2025-01-31"));

        Assert.False(range.Contains(D("2024-12-31")));
        Assert.True(range.Contains(D("2025-01-01")));
        Assert.True(range.Contains(D("2025-01-31").AddHours(23)));
        Assert.False(range.Contains(D("2025-02-01")));
        Assert.True(range.EndsBefore(D("2025-02-01")));
        Assert.False(range.EndsBefore(D("2025-01-31")));
        Assert.True(range.StartsAfter(D("2024-12-31")));
        Assert.Equal("2025-01-01..2025-01-31", range.ToString());
    }

    [Fact]
    public void OpenEnded_NeverEnds()
    {
        var range = new DateRange(D("2025-01-01"), null);

        Assert.True(range.Contains(D("2099-12-31")));
        Assert.False(range.EndsBefore(D("2099-12-31")));
        Assert.Equal("2025-01-01..", range.ToString());
    }

    [Fact]
    public void EndingBeforeStart_Throws()
    {
        Assert.Equal("until", Assert.Throws<ArgumentException>(() => new DateRange(D("2025-01-02"), D("2025-01-01"))).ParamName);
        Assert.True(new DateRange(D("2025-01-01"), D("2025-01-01")) == new DateRange(D("2025-01-01"), D("2025-01-01")));
    }
}
