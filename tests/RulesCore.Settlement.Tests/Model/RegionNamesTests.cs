using System.Text;
using System.Text.RegularExpressions;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Tests.Model;

/// <summary>The names of administrative divisions from the bundled table, in Chinese and in English.</summary>
public class RegionNamesTests
{
    private static readonly Regex EnglishCharacters = new(@"^[A-Za-z' ()-]+$");

    [Theory]
    // provinces, as before
    [InlineData("110000", "Beijing (110000)")]
    [InlineData("450000", "Guangxi (450000)")]
    [InlineData("150000", "Inner Mongolia (150000)")]
    [InlineData("540000", "Tibet (540000)")]
    [InlineData("610000", "Shaanxi (610000)")]
    [InlineData("810000", "Hong Kong (810000)")]
    [InlineData("820000", "Macao (820000)")]
    // cities: 市 dropped
    [InlineData("330500", "Huzhou (330500)")]
    [InlineData("330100", "Hangzhou (330100)")]
    [InlineData("420100", "Wuhan (420100)")]
    [InlineData("440100", "Guangzhou (440100)")]
    [InlineData("440300", "Shenzhen (440300)")]
    [InlineData("320500", "Suzhou (320500)")]
    [InlineData("360100", "Nanchang (360100)")]
    [InlineData("610100", "Xi'an (610100)")]
    // polyphonic characters
    [InlineData("430100", "Changsha (430100)")]
    [InlineData("500000", "Chongqing (500000)")]
    [InlineData("350200", "Xiamen (350200)")]
    [InlineData("341500", "Lu'an (341500)")]
    [InlineData("340300", "Bengbu (340300)")]
    [InlineData("220100", "Changchun (220100)")]
    [InlineData("511100", "Leshan (511100)")]
    [InlineData("510100", "Chengdu (510100)")]
    [InlineData("130125", "Xingtang County, Shijiazhuang (130125)")]
    [InlineData("130225", "Laoting County, Tangshan (130225)")]
    [InlineData("371722", "Shan County, Heze (371722)")]
    [InlineData("141024", "Hongtong County, Linfen (141024)")]
    [InlineData("310112", "Minhang District, Shanghai (310112)")]
    [InlineData("420116", "Huangpi District, Wuhan (420116)")]
    [InlineData("440113", "Panyu District, Guangzhou (440113)")]
    [InlineData("510181", "Dujiangyan, Chengdu (510181)")]
    [InlineData("510117", "Pidu District, Chengdu (510117)")]
    // names not in Hanyu Pinyin
    [InlineData("650100", "Urumqi (650100)")]
    [InlineData("150100", "Hohhot (150100)")]
    [InlineData("540100", "Lhasa (540100)")]
    [InlineData("230100", "Harbin (230100)")]
    [InlineData("230200", "Qiqihar (230200)")]
    [InlineData("653101", "Kashgar, Kashgar Prefecture (653101)")]
    [InlineData("150521", "Horqin Left Middle Banner, Tongliao (150521)")]
    [InlineData("152200", "Hinggan League (152200)")]
    // districts and counties with their city, or with their municipality
    [InlineData("330106", "Xihu District, Hangzhou (330106)")]
    [InlineData("110105", "Chaoyang District, Beijing (110105)")]
    [InlineData("310115", "Pudong New Area, Shanghai (310115)")]
    [InlineData("500229", "Chengkou County, Chongqing (500229)")]
    [InlineData("140303", "Kuangqu District, Yangquan (140303)")]
    // county-level divisions directly under a province, by themselves
    [InlineData("429004", "Xiantao (429004)")]
    [InlineData("429021", "Shennongjia Forestry District (429021)")]
    // autonomous divisions name their peoples
    [InlineData("422800", "Enshi Tujia and Miao Autonomous Prefecture (422800)")]
    [InlineData("222400", "Yanbian Korean Autonomous Prefecture (222400)")]
    [InlineData("520526", "Weining Yi Hui and Miao Autonomous County, Bijie (520526)")]
    // rows that stand for a group, not a place: the province
    [InlineData("110100", "Beijing (110100)")]
    [InlineData("429000", "Hubei (429000)")]
    // a code the table does not know stays a code
    [InlineData("330199", "330199")]
    public void English_NamesThePlace_WithItsCity(string code, string expected) =>
        Assert.Equal(expected, RegionCode.Parse(code).Describe(Languages.English));

    [Theory]
    [InlineData("330500", "湖州市（330500）")]
    [InlineData("330106", "杭州市西湖区（330106）")]
    [InlineData("110105", "北京市朝阳区（110105）")]
    [InlineData("429004", "仙桃市（429004）")]
    [InlineData("450000", "广西壮族自治区（450000）")]
    [InlineData("110100", "北京市（110100）")]
    [InlineData("429000", "湖北省省直辖县级行政区划（429000）")]
    [InlineData("330199", "330199")]
    public void Chinese_IsUnchanged(string code, string expected) =>
        Assert.Equal(expected, RegionCode.Parse(code).Describe(Languages.Chinese));

    [Fact]
    public void EveryPlace_HasAnEnglishName_InPlainLetters()
    {
        var rows = Rows();
        Assert.True(rows.Count > 3000, "the table was not read");
        foreach (var (code, name, english) in rows)
        {
            if (IsPlaceholder(code, name))
            {
                Assert.True(english.Length == 0, $"{code} {name} stands for a group and has no English name of its own");
                continue;
            }

            Assert.True(EnglishCharacters.IsMatch(english), $"{code} {name}: \"{english}\"");
            Assert.True(char.IsUpper(english[0]), $"{code} {name}: \"{english}\"");
            Assert.DoesNotContain("  ", english, StringComparison.Ordinal);
            Assert.Equal(english.Trim(), english);
        }
    }

    [Fact]
    public void EveryPlace_DescribedInEnglish_IsNamed()
    {
        foreach (var (code, name, _) in Rows())
        {
            var text = RegionCode.Parse(code).Describe(Languages.English);
            Assert.True(text.EndsWith(" (" + code + ")", StringComparison.Ordinal) && text.Length > code.Length + 3, $"{code} {name}: \"{text}\"");
        }
    }

    private static bool IsPlaceholder(string code, string name) =>
        code.EndsWith("00", StringComparison.Ordinal) && (name is "市辖区" or "县" || name.EndsWith("直辖县级行政区划", StringComparison.Ordinal));

    private static List<(string Code, string Name, string English)> Rows()
    {
        using var stream = typeof(RegionCode).Assembly.GetManifestResourceStream("RulesCore.Settlement.Reference.regions.tsv")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var rows = new List<(string, string, string)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            Assert.Equal(3, fields.Length);
            rows.Add((fields[0], fields[1], fields[2]));
        }

        return rows;
    }
}
