using System.Collections.ObjectModel;
using System.Globalization;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Hospitals;

/// <summary>
/// An in-memory hospital directory, indexed by region: the hospitals of a province, a city or a single region code
/// are found without looking at the others, already ordered by id. Immutable and thread-safe; load it once (from JSON
/// or CSV, <see cref="LoadFile"/>) and share it.
/// </summary>
/// <remarks>
/// JSON: an array of <c>{ "id", "name", "region", "level", "crossRegionServices": { "inpatient", "generalOutpatient",
/// "chronicConditions", "intraProvinceOnly" } }</c>, each read and checked as a case's <c>hospital</c> is (unknown
/// properties are errors; paths such as <c>[3].crossRegionServices.inpatient</c>). CSV: UTF-8 (a byte order mark is
/// accepted), RFC 4180 quoting, CRLF or LF, a header row of the columns <c>id,name,region,level,inpatient,
/// generalOutpatient,chronicConditions,intraProvinceOnly</c> (any order; <c>id</c>, <c>region</c>, <c>inpatient</c>
/// and <c>generalOutpatient</c> required), booleans <c>true</c>/<c>false</c>, conditions separated by <c>;</c>, an
/// empty cell for a value left out; errors name the row (the header is row 1) and the column:
/// <c>row 12, column 3 (region)</c>. Both: ids are unique; limits in <see cref="HospitalDirectoryOptions"/>.
/// </remarks>
public sealed class HospitalDirectory : IHospitalDirectory
{
    private static readonly IReadOnlyList<DirectoryHospital> None = new ReadOnlyCollection<DirectoryHospital>(Array.Empty<DirectoryHospital>());

    private readonly IReadOnlyList<DirectoryHospital> _hospitals;
    private readonly Dictionary<string, DirectoryHospital> _byId;
    private readonly Dictionary<int, IReadOnlyList<DirectoryHospital>> _byProvince;
    private readonly Dictionary<int, IReadOnlyList<DirectoryHospital>> _byCity;
    private readonly Dictionary<int, IReadOnlyList<DirectoryHospital>> _byRegion;

    /// <summary>Creates a directory of the given hospitals, each checked as a case's hospital is.</summary>
    /// <param name="hospitals">The hospitals, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="hospitals"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidHospitalDirectoryException">A hospital is invalid, or two share an id; paths are <c>[index]…</c>.</exception>
    public HospitalDirectory(IEnumerable<DirectoryHospital> hospitals)
        : this(Checked(hospitals ?? throw new ArgumentNullException(nameof(hospitals))))
    {
    }

    /// <summary>Creates a directory of hospitals already checked.</summary>
    internal HospitalDirectory(List<DirectoryHospital> hospitals)
    {
        var sorted = hospitals.ToArray();
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        _hospitals = new ReadOnlyCollection<DirectoryHospital>(sorted);
        _byId = new Dictionary<string, DirectoryHospital>(sorted.Length, StringComparer.Ordinal);
        var provinces = new Dictionary<int, List<DirectoryHospital>>();
        var cities = new Dictionary<int, List<DirectoryHospital>>();
        var regions = new Dictionary<int, List<DirectoryHospital>>();
        foreach (var hospital in sorted)
        {
            _byId[hospital.Id] = hospital;
            var region = hospital.Region;
            Append(provinces, region.Province.Value, hospital);
            Append(cities, region.City.Value, hospital);
            Append(regions, region.Value, hospital);
        }

        _byProvince = Frozen(provinces);
        _byCity = Frozen(cities);
        _byRegion = Frozen(regions);
    }

    /// <inheritdoc />
    public int Count => _hospitals.Count;

    /// <inheritdoc />
    public IReadOnlyList<DirectoryHospital> Hospitals => _hospitals;

    /// <inheritdoc />
    public DirectoryHospital? Find(string id) => id is not null && _byId.TryGetValue(id, out var hospital) ? hospital : null;

    /// <inheritdoc />
    public IReadOnlyList<DirectoryHospital> InArea(RegionCode area)
    {
        if (!area.IsSpecified)
        {
            throw new ArgumentException("The area is not specified.", nameof(area));
        }

        var index = area.IsProvince ? _byProvince : area.IsCity ? _byCity : _byRegion;
        return index.TryGetValue(area.Value, out var hospitals) ? hospitals : None;
    }

    /// <summary>Reads a JSON hospital directory from a stream, without throwing for invalid input.</summary>
    /// <param name="utf8Json">The document, UTF-8; read as a stream, at most one byte beyond <see cref="HospitalDirectoryOptions.MaxBytes"/>.</param>
    /// <param name="directory">The directory, when valid.</param>
    /// <param name="errors">Every problem (at most <see cref="HospitalDirectoryOptions.MaxErrors"/>), each with its JSON path; empty when valid.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="HospitalDirectoryOptions.Default"/>.</param>
    /// <returns>Whether the document is a valid directory.</returns>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static bool TryReadJson(Stream utf8Json, out HospitalDirectory? directory, out IReadOnlyList<InputError> errors, HospitalDirectoryOptions? options = null)
    {
        var builder = new DirectoryBuilder(options ?? HospitalDirectoryOptions.Default);
        DirectoryJsonReader.Read(utf8Json ?? throw new ArgumentNullException(nameof(utf8Json)), builder);
        return builder.TryBuild(out directory, out errors);
    }

    /// <summary>Reads a CSV hospital directory from a stream, without throwing for invalid input.</summary>
    /// <param name="utf8Csv">The document, UTF-8; read as a stream, at most one byte beyond <see cref="HospitalDirectoryOptions.MaxBytes"/>.</param>
    /// <param name="directory">The directory, when valid.</param>
    /// <param name="errors">Every problem (at most <see cref="HospitalDirectoryOptions.MaxErrors"/>), each with its row and column; empty when valid.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="HospitalDirectoryOptions.Default"/>.</param>
    /// <returns>Whether the document is a valid directory.</returns>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static bool TryReadCsv(Stream utf8Csv, out HospitalDirectory? directory, out IReadOnlyList<InputError> errors, HospitalDirectoryOptions? options = null)
    {
        var builder = new DirectoryBuilder(options ?? HospitalDirectoryOptions.Default);
        DirectoryCsvReader.Read(utf8Csv ?? throw new ArgumentNullException(nameof(utf8Csv)), builder);
        return builder.TryBuild(out directory, out errors);
    }

    /// <summary>
    /// Reads a hospital directory file, JSON or CSV by its extension (<c>.json</c>, <c>.csv</c>, any case), without
    /// throwing for invalid input: a file that cannot be read gets <see cref="InputErrorCodes.UnreadableFile"/>, another
    /// extension <see cref="InputErrorCodes.UnknownValue"/> (path <c>$</c>).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="directory">The directory, when valid.</param>
    /// <param name="errors">Every problem; empty when valid.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="HospitalDirectoryOptions.Default"/>.</param>
    /// <returns>Whether the file holds a valid directory.</returns>
    public static bool TryLoadFile(string path, out HospitalDirectory? directory, out IReadOnlyList<InputError> errors, HospitalDirectoryOptions? options = null)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        directory = null;
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".json" or ".csv"))
        {
            errors = new[] { new InputError("$", InputErrorCodes.UnknownValue, new LocalizedText("医院目录文件名应以 .json 或 .csv 结尾。", "A hospital directory file's name ends in .json or .csv.")) };
            return false;
        }

        try
        {
            using var stream = File.OpenRead(path);
            return extension == ".json" ? TryReadJson(stream, out directory, out errors, options) : TryReadCsv(stream, out directory, out errors, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            errors = new[] { Policies.PolicyCatalog.UnreadableFile(path, e) };
            return false;
        }
    }

    /// <summary>Reads a hospital directory file, JSON or CSV by its extension (as <see cref="TryLoadFile"/>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="HospitalDirectoryOptions.Default"/>.</param>
    /// <returns>The directory.</returns>
    /// <exception cref="InvalidHospitalDirectoryException">The file cannot be read, has another extension, or is not a valid directory; every problem is listed.</exception>
    public static HospitalDirectory LoadFile(string path, HospitalDirectoryOptions? options = null) =>
        TryLoadFile(path, out var directory, out var errors, options) ? directory! : throw new InvalidHospitalDirectoryException(path, errors);

    /// <summary>Reads a JSON hospital directory from a stream.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="HospitalDirectoryOptions.Default"/>.</param>
    /// <returns>The directory.</returns>
    /// <exception cref="InvalidHospitalDirectoryException">The document is not a valid directory, or too large; every problem is listed.</exception>
    public static HospitalDirectory ReadJson(Stream utf8Json, HospitalDirectoryOptions? options = null) =>
        TryReadJson(utf8Json, out var directory, out var errors, options) ? directory! : throw new InvalidHospitalDirectoryException("(stream)", errors);

    /// <summary>Reads a CSV hospital directory from a stream.</summary>
    /// <param name="utf8Csv">The document.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="HospitalDirectoryOptions.Default"/>.</param>
    /// <returns>The directory.</returns>
    /// <exception cref="InvalidHospitalDirectoryException">The document is not a valid directory, or too large; every problem is listed.</exception>
    public static HospitalDirectory ReadCsv(Stream utf8Csv, HospitalDirectoryOptions? options = null) =>
        TryReadCsv(utf8Csv, out var directory, out var errors, options) ? directory! : throw new InvalidHospitalDirectoryException("(stream)", errors);

    private static List<DirectoryHospital> Checked(IEnumerable<DirectoryHospital> hospitals)
    {
        var builder = new DirectoryBuilder(HospitalDirectoryOptions.Default with { MaxHospitals = int.MaxValue });
        var index = 0;
        foreach (var hospital in hospitals)
        {
            var path = "[" + index++.ToString(CultureInfo.InvariantCulture) + "]";
            var errors = CaseValidator.ValidateHospital(hospital?.Hospital, path, hospital?.Level);
            foreach (var error in errors)
            {
                builder.Error(error);
            }

            if (errors.Count == 0)
            {
                builder.Add(hospital!, path + ".id", path);
            }
        }

        return builder.TryTake(out var valid, out var problems) ? valid! : throw new InvalidHospitalDirectoryException("(hospitals)", problems);
    }

    private static void Append(Dictionary<int, List<DirectoryHospital>> index, int key, DirectoryHospital hospital)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index.Add(key, list = new List<DirectoryHospital>());
        }

        list.Add(hospital);
    }

    private static Dictionary<int, IReadOnlyList<DirectoryHospital>> Frozen(Dictionary<int, List<DirectoryHospital>> index)
    {
        var frozen = new Dictionary<int, IReadOnlyList<DirectoryHospital>>(index.Count);
        foreach (var pair in index)
        {
            frozen.Add(pair.Key, new ReadOnlyCollection<DirectoryHospital>(pair.Value.ToArray()));
        }

        return frozen;
    }
}
