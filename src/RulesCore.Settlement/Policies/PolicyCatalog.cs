using RulesCore.Settlement.Model;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Policies;

/// <summary>
/// The policy packs in use — the shipped ones, with integrators' packs added or overriding them — and the resolution of
/// every parameter for a region on a day: the city's entry in force wins over the province's, which wins over the
/// national one. Immutable and thread-safe.
/// </summary>
public sealed class PolicyCatalog
{
    private static readonly Lazy<PolicyCatalog> Shipped = new(() => new PolicyCatalog(ReadEmbeddedPacks()));

    private readonly PolicyPack _national;
    private readonly Dictionary<RegionCode, PolicyPack> _regional = new();
    private readonly Dictionary<PolicyPack, PolicyValue[][]> _entries = new();

    // Resolutions are immutable, so they are shared; the cache is bounded and simply starts over when full.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(int Region, long Day), ResolvedPolicy> _resolved = new();
    private const int MaxCachedResolutions = 16_384;

    private readonly IReadOnlyList<PolicyParameter> _parameters;
    private readonly PolicyPack? _declaredDefaults;

    private PolicyCatalog(IReadOnlyList<PolicyPack> packs, IReadOnlyList<(PolicyParameter Parameter, PolicyEntry? Default)>? declared = null)
    {
        _parameters = PolicyParameters.All.Concat((declared ?? Array.Empty<(PolicyParameter, PolicyEntry?)>()).Select(d => d.Parameter)).ToArray();
        if (declared is { Count: > 0 })
        {
            _declaredDefaults = new PolicyPack("(declared parameters)", null, "defaults of declared parameters", declared.Where(d => d.Default is not null).Select(d => d.Default!).ToArray());
            packs = packs.Append(_declaredDefaults).ToArray();
        }

        PolicyPack? national = null;
        foreach (var pack in packs)
        {
            if (pack.Region is { } region)
            {
                _regional[region] = pack;
            }
            else if (!ReferenceEquals(pack, _declaredDefaults))
            {
                national = pack;
            }

            _entries[pack] = ByParameter(pack);
        }

        _national = national ?? throw new InvalidPolicyPackException("(catalog)", new[] { new InputError("$", InputErrorCodes.Required, new LocalizedText("必须有全国政策包。", "A national pack is required.")) });
        CheckNationalCoverage();
        Packs = packs.Where(p => !ReferenceEquals(p, _declaredDefaults)).OrderBy(p => p.Level).ThenBy(p => p.Region).ToArray();
    }

    /// <summary>
    /// A pack's entries for each parameter of the catalog, by index (a parameter's own, unique in the process), in the
    /// pack's order; none for a parameter the catalog does not resolve.
    /// </summary>
    private PolicyValue[][] ByParameter(PolicyPack pack)
    {
        var byParameter = new PolicyValue[PolicyParameter.Count][];
        var counts = new int[byParameter.Length];
        foreach (var entry in pack.Entries)
        {
            counts[entry.Parameter.Index]++;
        }

        foreach (var parameter in _parameters)
        {
            byParameter[parameter.Index] = counts[parameter.Index] == 0 ? Array.Empty<PolicyValue>() : new PolicyValue[counts[parameter.Index]];
            counts[parameter.Index] = 0;
        }

        foreach (var entry in pack.Entries)
        {
            var i = entry.Parameter.Index;
            if (byParameter[i] is { } values)
            {
                values[counts[i]++] = new PolicyValue(entry, pack);
            }
        }

        return byParameter;
    }

    /// <summary>Gets the catalog of the packs shipped with RulesCore.</summary>
    public static PolicyCatalog Default => Shipped.Value;

    /// <summary>Gets the packs in use: national first, then by region code.</summary>
    public IReadOnlyList<PolicyPack> Packs { get; }

    /// <summary>
    /// Creates a catalog of the shipped packs plus <paramref name="packs"/>. A pack for a region (or the nation) that a
    /// shipped pack covers replaces that shipped pack whole.
    /// </summary>
    /// <param name="packs">The integrator's packs, e.g. from <see cref="ReadPack(Stream, string)"/>.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="InvalidPolicyPackException">Two of the given packs are for the same region, or a national pack leaves days or parameters uncovered.</exception>
    public static PolicyCatalog Create(IEnumerable<PolicyPack> packs)
    {
        if (packs is null)
        {
            throw new ArgumentNullException(nameof(packs));
        }

        var added = packs.ToArray();
        var byRegion = new Dictionary<string, PolicyPack>(StringComparer.Ordinal);
        foreach (var pack in added)
        {
            var key = pack.Region?.ToString() ?? "national";
            if (byRegion.TryGetValue(key, out var first))
            {
                throw new InvalidPolicyPackException(pack.Origin, new[] { new InputError("region", InputErrorCodes.DuplicateId, new LocalizedText($"已经加入了 {key} 的另一个政策包（{first.Origin}）。", $"Another pack for {key} was already added ({first.Origin}).")) });
            }

            byRegion[key] = pack;
        }

        var combined = Default.Packs.Where(p => !byRegion.ContainsKey(p.Region?.ToString() ?? "national")).Concat(added).ToArray();
        return new PolicyCatalog(combined);
    }

    /// <summary>The shipped packs plus <paramref name="packs"/>, with integrators' parameters and their defaults.</summary>
    internal static PolicyCatalog Create(IEnumerable<PolicyPack> packs, IReadOnlyList<(PolicyParameter Parameter, PolicyEntry? Default)> declared) =>
        declared.Count == 0 ? Create(packs) : new PolicyCatalog(Create(packs).Packs, declared);

    /// <summary>
    /// Reads and validates a pack from UTF-8 JSON. At most one byte more than the pack limit (1 MiB) is read, whatever
    /// the stream is; a larger pack is refused.
    /// </summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="origin">Where it came from, used in error messages.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="InvalidPolicyPackException">The pack is malformed or too large; every problem is listed with its JSON path.</exception>
    public static PolicyPack ReadPack(Stream utf8Json, string origin) => ReadPack(utf8Json, origin, null);

    /// <summary>Reads a pack that may set integrators' declared parameters too.</summary>
    internal static PolicyPack ReadPack(Stream utf8Json, string origin, IReadOnlyList<PolicyParameter>? declared)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        origin ??= "(stream)";
        return Json.BoundedInput.Read(utf8Json, PolicyPackReader.MaxBytes) is { } bytes
            ? PolicyPackReader.Read(bytes, origin, declared)
            : throw new InvalidPolicyPackException(origin, new[] { new InputError("$", InputErrorCodes.TooLarge, new LocalizedText($"文档超过 {PolicyPackReader.MaxBytes} 字节。", $"The document is larger than {PolicyPackReader.MaxBytes} bytes.")) });
    }

    /// <summary>Reads and validates a pack from a file (a regular file, a pipe or a device, read as <see cref="ReadPack(Stream, string)"/> reads).</summary>
    /// <param name="path">The file path; a relative one is read from the current directory.</param>
    /// <returns>The pack; its <see cref="PolicyPack.Origin"/> is <paramref name="path"/>.</returns>
    /// <exception cref="InvalidPolicyPackException">
    /// The pack is malformed or too large, or the file cannot be read (<see cref="InputErrorCodes.UnreadableFile"/>:
    /// why, and the full path tried — <c>The file cannot be read: not found (/srv/app/packs/430100.json).</c>).
    /// </exception>
    public static PolicyPack ReadPackFile(string path) => ReadPackFile(path, null);

    /// <summary>Reads a pack file that may set integrators' declared parameters too.</summary>
    internal static PolicyPack ReadPackFile(string path, IReadOnlyList<PolicyParameter>? declared)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        try
        {
            using var stream = File.OpenRead(path);
            return ReadPack(stream, path, declared);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new InvalidPolicyPackException(path, new[] { UnreadableFile(path, e, FullPath(path)) });
        }
    }

    /// <summary>The full path a relative path was read at (the current directory's), or the path itself when it is not a valid one.</summary>
    private static string FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or IOException or System.Security.SecurityException)
        {
            return path;
        }
    }

    /// <summary>Why a file cannot be read, in words (never an exception type name).</summary>
    internal static LocalizedText Unreadable(string path, Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => new("文件不存在", "not found"),
        _ when Directory.Exists(path) => new("这是一个目录", "it is a directory"),
        UnauthorizedAccessException => new("没有读取权限", "permission denied"),
        PathTooLongException => new("路径太长", "the path is too long"),
        ArgumentException or NotSupportedException => new("不是有效的路径", "not a valid path"),
        _ => new("读写出错", "an input/output error"),
    };

    /// <summary>A file that cannot be read, and why; <paramref name="where"/> (the full path) when given.</summary>
    internal static InputError UnreadableFile(string path, Exception e, string? where = null)
    {
        var reason = Unreadable(path, e);
        return new InputError("$", InputErrorCodes.UnreadableFile, new LocalizedText(
            "无法读取文件：" + reason.Chinese + (where is null ? string.Empty : "（" + where + "）") + "。",
            "The file cannot be read: " + reason.English + (where is null ? string.Empty : " (" + where + ")") + "."));
    }

    /// <summary>Resolves every parameter for a region on a day.</summary>
    /// <param name="region">The region (any level; its city and province packs apply).</param>
    /// <param name="date">The day.</param>
    /// <returns>The resolved policy.</returns>
    /// <exception cref="ArgumentException"><paramref name="region"/> is not specified.</exception>
    public ResolvedPolicy Resolve(RegionCode region, DateTime date)
    {
        if (!region.IsSpecified)
        {
            throw new ArgumentException("The region is not specified.", nameof(region));
        }

        var key = (region.Value, date.Date.Ticks);
        return _resolved.TryGetValue(key, out var cached) ? cached : AddResolution(key, region, date);
    }

    private ResolvedPolicy AddResolution((int Region, long Day) key, RegionCode region, DateTime date)
    {
        if (_resolved.Count >= MaxCachedResolutions)
        {
            _resolved.Clear();
        }

        return _resolved.GetOrAdd(key, ResolveUncached(region, date));
    }

    private ResolvedPolicy ResolveUncached(RegionCode region, DateTime date)
    {
        _regional.TryGetValue(region.City, out var city);
        _regional.TryGetValue(region.Province, out var province);
        if (ReferenceEquals(city, province))
        {
            city = null;
        }

        var values = new PolicyValue?[PolicyParameter.Count];
        foreach (var parameter in _parameters)
        {
            var i = parameter.Index;
            // An integrator's parameter without a default has no value where no pack sets it (the evaluator checks
            // that no rule reads it there); a shipped one always has the national value.
            values[i] = Find(city, i, date) ?? Find(province, i, date) ?? Find(_national, i, date) ?? Find(_declaredDefaults, i, date);
        }

        return new ResolvedPolicy(region, date.Date, values);
    }

    /// <summary>Gets every parameter this catalog resolves: the shipped ones, then the integrators' declared ones.</summary>
    internal IReadOnlyList<PolicyParameter> Parameters => _parameters;

    /// <summary>Gets the days on which some pack's entry for a parameter starts or ends (the day after its last), in order.</summary>
    internal IEnumerable<DateTime> ChangesOf(PolicyParameter parameter) =>
        _entries.Values.SelectMany(byParameter => byParameter[parameter.Index] ?? Array.Empty<PolicyValue>())
            .SelectMany(v => new[] { v.Entry.EffectiveFrom, v.Entry.EffectiveUntil?.AddDays(1) })
            .Where(d => d is not null).Select(d => d!.Value).Distinct().OrderBy(d => d);

    /// <summary>Reads the shipped packs and builds a catalog from scratch (what start-up costs).</summary>
    internal static PolicyCatalog LoadShipped() => new(ReadEmbeddedPacks());

    private static IReadOnlyList<PolicyPack> ReadEmbeddedPacks()
    {
        var assembly = typeof(PolicyCatalog).Assembly;
        var packs = new List<PolicyPack>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("RulesCore.Settlement.Policies.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            packs.Add(ReadPack(stream, name));
        }

        return packs;
    }

    private PolicyValue? Find(PolicyPack? pack, int parameter, DateTime date)
    {
        if (pack is null)
        {
            return null;
        }

        foreach (var value in _entries[pack][parameter])
        {
            if (value.Entry.IsInForce(date))
            {
                return value;
            }
        }

        return null;
    }

    private void CheckNationalCoverage()
    {
        var errors = new List<InputError>();
        var entries = _entries[_national];
        for (var i = 0; i < PolicyParameters.All.Count; i++)
        {
            var name = PolicyParameters.All[i].Name;
            var sorted = entries[i].Select(v => v.Entry).OrderBy(e => e.EffectiveFrom ?? DateTime.MinValue).ToArray();
            if (sorted.Length == 0)
            {
                errors.Add(new InputError("parameters." + name, InputErrorCodes.NotCovered, new LocalizedText("全国政策包必须为每个参数设定取值。", "The national pack must set every parameter.")));
                continue;
            }

            if (sorted[0].EffectiveFrom is not null)
            {
                errors.Add(new InputError("parameters." + name, InputErrorCodes.NotCovered, new LocalizedText("全国政策包必须覆盖每一天：第一个条目的 effectiveFrom 应为 null。", "The national pack must cover every day: the first entry needs effectiveFrom null.")));
            }

            for (var k = 1; k < sorted.Length; k++)
            {
                if (sorted[k - 1].EffectiveUntil is { } until && sorted[k].EffectiveFrom != until.AddDays(1))
                {
                    errors.Add(new InputError("parameters." + name, InputErrorCodes.NotCovered, new LocalizedText($"全国政策包必须覆盖每一天：{until:yyyy-MM-dd} 之后有空档。", $"The national pack must cover every day: a gap after {until:yyyy-MM-dd}.")));
                }
            }

            if (sorted[sorted.Length - 1].EffectiveUntil is not null)
            {
                errors.Add(new InputError("parameters." + name, InputErrorCodes.NotCovered, new LocalizedText("全国政策包必须覆盖每一天：最后一个条目的 effectiveUntil 应为 null。", "The national pack must cover every day: the last entry needs effectiveUntil null.")));
            }
        }

        if (errors.Count > 0)
        {
            throw new InvalidPolicyPackException(_national.Origin, errors);
        }
    }
}
