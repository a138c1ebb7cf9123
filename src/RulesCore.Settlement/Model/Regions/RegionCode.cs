using System.Globalization;

namespace RulesCore.Settlement.Model;

/// <summary>
/// A six-digit administrative division code (行政区划代码, GB/T 2260): the first two digits name the province, the first
/// four the city (prefecture), all six the district or county. Province codes end in <c>0000</c>, city codes in <c>00</c>.
/// </summary>
/// <remarks>
/// Which pooling region (统筹区) a code belongs to is policy data, not a property of the code: see
/// <see cref="Policies.ResolvedPolicy.PoolingRegion"/>.
/// </remarks>
public readonly struct RegionCode : IEquatable<RegionCode>, IComparable<RegionCode>
{
    private static readonly int[] ProvincePrefixes =
    {
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
    };

    private readonly int _value;

    private RegionCode(int value) => _value = value;

    /// <summary>Gets whether this is a real code (not <see langword="default"/>).</summary>
    public bool IsSpecified => _value != 0;

    /// <summary>Gets the code as a six-digit number.</summary>
    public int Value => _value;

    /// <summary>Gets the province this region lies in (e.g. <c>330000</c> for <c>330106</c>).</summary>
    public RegionCode Province => new(_value / 10000 * 10000);

    /// <summary>Gets the city this region lies in (e.g. <c>330100</c> for <c>330106</c>); a province returns itself.</summary>
    public RegionCode City => IsProvince ? this : new(_value / 100 * 100);

    /// <summary>Gets whether this is a province-level code (<c>xx0000</c>).</summary>
    public bool IsProvince => _value % 10000 == 0;

    /// <summary>Gets whether this is a city-level code (<c>xxxx00</c>, not a province).</summary>
    public bool IsCity => _value % 100 == 0 && !IsProvince;

    /// <summary>
    /// Gets the name people use for this region — "武汉市", "杭州市西湖区", "广西壮族自治区" — from the bundled
    /// administrative division table (2023 edition), or <see langword="null"/> for a code the table does not know.
    /// </summary>
    public string? Name => RegionNames.Name(this);

    /// <summary>
    /// The region as a reader sees it: "武汉市（420100）" in Chinese; "Wuhan (420100)", "Xihu District, Hangzhou
    /// (330106)" or "Guangxi (450000)" in English; a code the table does not know stays a code.
    /// </summary>
    /// <param name="language"><see cref="Languages.Chinese"/> or <see cref="Languages.English"/>.</param>
    /// <returns>The name with the code.</returns>
    public string Describe(string language) => RegionNames.Describe(this, language);

    /// <summary>Parses a six-digit code.</summary>
    /// <param name="code">The code, e.g. <c>"330106"</c>.</param>
    /// <returns>The region code.</returns>
    /// <exception cref="FormatException">The text is not six digits with a known province prefix.</exception>
    public static RegionCode Parse(string code) =>
        TryParse(code, out var region) ? region : throw new FormatException("A region code is six digits (GB/T 2260) with a known province prefix, e.g. 330106.");

    /// <summary>Parses a six-digit code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="region">The region code, when valid.</param>
    /// <returns>Whether the text is six digits with a known province prefix.</returns>
    public static bool TryParse(string? code, out RegionCode region)
    {
        region = default;
        if (code is null || code.Length != 6)
        {
            return false;
        }

        foreach (var c in code)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        var value = int.Parse(code, NumberStyles.None, CultureInfo.InvariantCulture);
        if (Array.IndexOf(ProvincePrefixes, value / 10000) < 0)
        {
            return false;
        }

        region = new RegionCode(value);
        return true;
    }

    /// <summary>
    /// Whether <paramref name="other"/> lies in this region: a province contains its cities and districts, a city its
    /// districts, and every region contains itself.
    /// </summary>
    /// <param name="other">The region tested.</param>
    /// <returns><see langword="true"/> if contained.</returns>
    public bool Contains(RegionCode other)
    {
        if (!IsSpecified || !other.IsSpecified)
        {
            return false;
        }

        if (IsProvince)
        {
            return other._value / 10000 == _value / 10000;
        }

        return IsCity ? other._value / 100 == _value / 100 : other._value == _value;
    }

    /// <summary>Whether both regions lie in the same province.</summary>
    /// <param name="other">The other region.</param>
    /// <returns><see langword="true"/> if the province digits agree.</returns>
    public bool IsSameProvince(RegionCode other) => IsSpecified && other.IsSpecified && Province == other.Province;

    /// <inheritdoc />
    public bool Equals(RegionCode other) => _value == other._value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RegionCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value;

    /// <inheritdoc />
    public int CompareTo(RegionCode other) => _value.CompareTo(other._value);

    /// <summary>Gets the six digits, or an empty string for <see langword="default"/>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => IsSpecified ? _value.ToString("D6", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(RegionCode left, RegionCode right) => left.Equals(right);

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(RegionCode left, RegionCode right) => !left.Equals(right);

    /// <summary>Orders two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether the first sorts before the second.</returns>
    public static bool operator <(RegionCode left, RegionCode right) => left._value < right._value;

    /// <summary>Orders two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether the first sorts after the second.</returns>
    public static bool operator >(RegionCode left, RegionCode right) => left._value > right._value;

    /// <summary>Orders two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether the first sorts before or equal to the second.</returns>
    public static bool operator <=(RegionCode left, RegionCode right) => left._value <= right._value;

    /// <summary>Orders two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether the first sorts after or equal to the second.</returns>
    public static bool operator >=(RegionCode left, RegionCode right) => left._value >= right._value;
}
