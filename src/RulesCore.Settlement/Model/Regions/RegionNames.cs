using System.Globalization;

namespace RulesCore.Settlement.Model;

/// <summary>
/// Names of administrative divisions from the bundled table (<c>Model/Regions/regions.tsv</c>, 2023 edition; see
/// <c>Model/Regions/README.md</c>): "武汉市", "杭州市西湖区", "广西壮族自治区"; in English "Wuhan", "Xihu District,
/// Hangzhou", "Guangxi".
/// </summary>
internal static class RegionNames
{
    private static readonly Lazy<Dictionary<int, (string Name, string English)>> Table = new(Load);

    /// <summary>The full Chinese name as people say it, or <see langword="null"/> for a code the table does not know.</summary>
    public static string? Name(RegionCode region)
    {
        if (!region.IsSpecified || !Table.Value.TryGetValue(region.Value, out var entry))
        {
            return null;
        }

        if (region.IsProvince)
        {
            return entry.Name;
        }

        var province = Table.Value.TryGetValue(region.Province.Value, out var p) ? p.Name : string.Empty;
        if (region.IsCity)
        {
            return IsPlaceholder(entry.Name) ? (IsMunicipality(region) ? province : province + entry.Name) : entry.Name;
        }

        // A county is named with its city ("杭州市西湖区"); under a municipality with the municipality ("北京市朝阳区");
        // a county-level division directly under a province by itself ("仙桃市").
        if (Table.Value.TryGetValue(region.City.Value, out var city) && !IsPlaceholder(city.Name))
        {
            return city.Name + entry.Name;
        }

        return IsMunicipality(region) ? province + entry.Name : entry.Name;
    }

    /// <summary>
    /// The English name as people say it, or <see langword="null"/> for a code the table does not know: a county with
    /// its city ("Xihu District, Hangzhou"), under a municipality with the municipality ("Chaoyang District,
    /// Beijing"), a county-level division directly under a province by itself ("Xiantao").
    /// </summary>
    public static string? EnglishName(RegionCode region)
    {
        if (!region.IsSpecified || !Table.Value.TryGetValue(region.Value, out var entry))
        {
            return null;
        }

        var province = Table.Value.TryGetValue(region.Province.Value, out var p) ? p.English : string.Empty;
        if (region.IsProvince || (region.IsCity && !IsPlaceholder(entry.Name)))
        {
            return NullIfEmpty(entry.English);
        }

        // "the districts of Beijing" (110100), "the county-level divisions directly under Hubei" (429000): the province.
        if (region.IsCity)
        {
            return NullIfEmpty(province);
        }

        if (entry.English.Length == 0)
        {
            return null;
        }

        if (Table.Value.TryGetValue(region.City.Value, out var city) && !IsPlaceholder(city.Name) && city.English.Length > 0)
        {
            return entry.English + ", " + city.English;
        }

        return IsMunicipality(region) && province.Length > 0 ? entry.English + ", " + province : entry.English;
    }

    /// <summary>
    /// "武汉市（420100）" in Chinese, "Wuhan (420100)", "Xihu District, Hangzhou (330106)" in English. A code the table
    /// does not know stays a code.
    /// </summary>
    public static string Describe(RegionCode region, string language)
    {
        var code = region.ToString();
        var name = language == Languages.English ? EnglishName(region) : Name(region);
        return name is null ? code
            : language == Languages.English ? name + " (" + code + ")"
            : name + "（" + code + "）";
    }

    /// <summary>How the inside of a province is said: 省内, 区内 (autonomous and special administrative regions), 市内 (municipalities).</summary>
    public static LocalizedText Inside(RegionCode region)
    {
        var province = region.IsSpecified && Table.Value.TryGetValue(region.Province.Value, out var entry) ? entry.Name : string.Empty;
        return IsMunicipality(region) ? new("市内", "within the municipality")
            : province.EndsWith("区", StringComparison.Ordinal) ? new("区内", "within the region")
            : new("省内", "within the province");
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static bool IsMunicipality(RegionCode region) => region.Province.Value is 110000 or 120000 or 310000 or 500000;

    private static bool IsPlaceholder(string cityName) => cityName is "市辖区" or "县" || cityName.EndsWith("直辖县级行政区划", StringComparison.Ordinal);

    private static Dictionary<int, (string Name, string English)> Load()
    {
        var table = new Dictionary<int, (string, string)>();
        using var stream = typeof(RegionNames).Assembly.GetManifestResourceStream("RulesCore.Settlement.Reference.regions.tsv")!;
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            table[int.Parse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture)] = (fields[1], fields.Length > 2 ? fields[2] : string.Empty);
        }

        return table;
    }
}
