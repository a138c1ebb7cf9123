namespace RulesCore.Settlement.Policies;

/// <summary>The level a policy pack applies at; the most specific in force wins.</summary>
public enum PolicyLevel
{
    /// <summary>The national baseline (全国).</summary>
    National = 0,

    /// <summary>A province (省).</summary>
    Province = 1,

    /// <summary>A city (市), a pooling region.</summary>
    City = 2,
}

/// <summary>How well a policy value is supported.</summary>
public enum Confidence
{
    /// <summary>Stated in a source document.</summary>
    Stated = 1,

    /// <summary>A national rule known from public secondary material.</summary>
    National = 2,

    /// <summary>Low confidence: a single secondary source, or an uncertain date.</summary>
    Low = 3,
}

/// <summary>One effective-dated value of a parameter in a pack, with its source.</summary>
public sealed class PolicyEntry
{
    internal PolicyEntry(PolicyParameter parameter, object? value, DateTime? effectiveFrom, DateTime? effectiveUntil, LocalizedText source, Confidence confidence)
    {
        Parameter = parameter;
        Value = value;
        EffectiveFrom = effectiveFrom;
        EffectiveUntil = effectiveUntil;
        Source = source;
        Confidence = confidence;
    }

    /// <summary>Gets the parameter.</summary>
    public PolicyParameter Parameter { get; }

    /// <summary>Gets the value (of <see cref="PolicyParameter.ValueType"/>; <see langword="null"/> where the parameter allows it, e.g. an unknown window).</summary>
    public object? Value { get; }

    /// <summary>Gets the first day in force, or <see langword="null"/> for always before.</summary>
    public DateTime? EffectiveFrom { get; }

    /// <summary>Gets the last day in force, or <see langword="null"/> for open-ended.</summary>
    public DateTime? EffectiveUntil { get; }

    /// <summary>Gets the source document.</summary>
    public LocalizedText Source { get; }

    /// <summary>Gets how well the value is supported.</summary>
    public Confidence Confidence { get; }

    /// <summary>Whether the entry is in force on a day.</summary>
    /// <param name="day">The day.</param>
    /// <returns><see langword="true"/> if in force.</returns>
    public bool IsInForce(DateTime day) =>
        (EffectiveFrom is null || EffectiveFrom.Value <= day.Date) && (EffectiveUntil is null || day.Date <= EffectiveUntil.Value);

    /// <summary>Formats the value for display.</summary>
    /// <returns>The value as text.</returns>
    public string FormatValue() => Parameter.Format(Value);
}

/// <summary>The policy of one region (or the nation): effective-dated parameter values with their sources.</summary>
public sealed class PolicyPack
{
    internal PolicyPack(string origin, RegionCode? region, string name, IReadOnlyList<PolicyEntry> entries)
    {
        Origin = origin;
        Region = region;
        Name = name;
        Entries = entries;
    }

    /// <summary>Gets where the pack came from (an embedded resource name, a file path, or a caller-given name).</summary>
    public string Origin { get; }

    /// <summary>Gets the region, or <see langword="null"/> for the national pack.</summary>
    public RegionCode? Region { get; }

    /// <summary>Gets the level, from the region code.</summary>
    public PolicyLevel Level => Region is not { } r ? PolicyLevel.National : r.IsProvince ? PolicyLevel.Province : PolicyLevel.City;

    /// <summary>Gets the pack's display name.</summary>
    public string Name { get; }

    /// <summary>Gets the entries, grouped by parameter in pack order.</summary>
    public IReadOnlyList<PolicyEntry> Entries { get; }

    /// <summary>Gets a SHA-256 (hex) of the pack's content, for the provenance of decisions.</summary>
    internal string Hash => _hash ??= ComputeHash();

    private string? _hash;

    private string ComputeHash()
    {
        var text = new System.Text.StringBuilder().Append(Region?.ToString() ?? "national").Append('\n').Append(Name).Append('\n');
        foreach (var e in Entries)
        {
            text.Append(e.Parameter.Name).Append('=').Append(e.FormatValue()).Append('|').Append(e.EffectiveFrom?.Ticks).Append('|').Append(e.EffectiveUntil?.Ticks)
                .Append('|').Append(e.Source.Chinese).Append('|').Append(e.Source.English).Append('|').Append(e.Confidence).Append('\n');
        }

        return Sha256.Hex(text.ToString());
    }
}

/// <summary>A parameter's value as resolved for a region and day: the entry that won, and the pack it came from.</summary>
public sealed class PolicyValue
{
    internal PolicyValue(PolicyEntry entry, PolicyPack pack)
    {
        Entry = entry;
        Pack = pack;
    }

    /// <summary>Gets the parameter.</summary>
    public PolicyParameter Parameter => Entry.Parameter;

    /// <summary>Gets the value.</summary>
    public object? Value => Entry.Value;

    /// <summary>Gets the entry that won.</summary>
    public PolicyEntry Entry { get; }

    /// <summary>Gets the pack the entry came from.</summary>
    public PolicyPack Pack { get; }

    /// <summary>Gets the level the value came from.</summary>
    public PolicyLevel Level => Pack.Level;

    /// <summary>Describes the value and where it came from, e.g. <c>temporaryFilingDefaultMonths = 6 (city 420300: …)</c>.</summary>
    /// <returns>The description (built once; the value is immutable).</returns>
    public override string ToString() => Describe(Languages.English);

    /// <summary>
    /// The value as a finding's basis cites it, in a language: "poolingLevel = city (national: …)" /
    /// "poolingLevel = city（全国：…）".
    /// </summary>
    /// <param name="language"><see cref="Languages.Chinese"/> or <see cref="Languages.English"/>.</param>
    /// <returns>The citation.</returns>
    public string Describe(string language)
    {
        var english = language == Languages.English;
        var cache = english ? _english : _chinese;
        if (cache is not null)
        {
            return cache;
        }

        var level = Level switch
        {
            PolicyLevel.National => english ? "national" : "全国",
            PolicyLevel.Province => english ? "province" : "省级",
            _ => english ? "city" : "市级",
        };
        var where = Pack.Region is { } r ? " " + r.Describe(language) : string.Empty;
        var text = english
            ? $"{Parameter.Name} = {Entry.FormatValue()} ({level}{where}: {Entry.Source.English})"
            : $"{Parameter.Name} = {Entry.FormatValue()}（{level}{where}：{Entry.Source.Chinese}）";
        return english ? _english = text : _chinese = text;
    }

    private string? _english;
    private string? _chinese;
}

/// <summary>Every parameter resolved for one region on one day. Immutable.</summary>
public sealed class ResolvedPolicy
{
    private readonly PolicyValue?[] _values;

    internal ResolvedPolicy(RegionCode region, DateTime date, PolicyValue?[] values)
    {
        Region = region;
        Date = date;
        _values = values;
        Values = values.Where(v => v is not null).Select(v => v!).ToArray();
        Provenance = Values.Select(v => v.Pack).Distinct()
            .OrderBy(p => p.Region is null ? 0 : 1).ThenBy(p => p.Region?.Value ?? 0).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new PolicyProvenance(p.Region?.ToString() ?? "national", p.Name, p.Hash)).ToArray();
    }

    /// <summary>Gets the packs that supplied this resolution's values, national first, for decisions' provenance.</summary>
    internal IReadOnlyList<PolicyProvenance> Provenance { get; }

    /// <summary>Gets the region resolved for.</summary>
    public RegionCode Region { get; }

    /// <summary>Gets the day resolved for.</summary>
    public DateTime Date { get; }

    /// <summary>Gets every parameter's value: the shipped ones in <see cref="PolicyParameters.All"/> order, then the integrator's.</summary>
    public IReadOnlyList<PolicyValue> Values { get; }

    /// <summary>Gets a parameter's resolved value and its origin.</summary>
    /// <param name="parameter">The parameter.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentException">The parameter is not declared for this evaluator.</exception>
    public PolicyValue this[PolicyParameter parameter] =>
        parameter is not null && parameter.Index < _values.Length && _values[parameter.Index] is { } value
            ? value
            : throw new ArgumentException($"Parameter '{parameter?.Name}' is not declared for this evaluator (SettlementOptions.AddParameter).", nameof(parameter));

    /// <summary>Gets a parameter's value.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="parameter">The parameter.</param>
    /// <returns>The value.</returns>
    public T Get<T>(PolicyParameter<T> parameter) => (T)this[parameter].Value!;

    /// <summary>
    /// Gets the pooling region (统筹区) <see cref="Region"/> belongs to, by its <see cref="PolicyParameters.PoolingLevel"/>:
    /// its city, its province, or the region itself.
    /// </summary>
    public RegionCode PoolingRegion => Get(PolicyParameters.PoolingLevel) switch
    {
        PoolingLevel.Province => Region.Province,
        PoolingLevel.County => Region,
        _ => Region.City,
    };
}

/// <summary>Thrown when a policy pack is malformed; the pack is rejected whole. Lists every problem with its JSON path.</summary>
public sealed class PolicyPackException : Exception
{
    internal PolicyPackException(string origin, IReadOnlyList<PolicyPackError> errors)
        : base($"Policy pack '{origin}' is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => $"  {e.Path}: {e.Message}")))
    {
        Origin = origin;
        Errors = errors;
    }

    /// <summary>Gets the pack's origin (file path, resource or given name).</summary>
    public string Origin { get; }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<PolicyPackError> Errors { get; }
}

/// <summary>One problem in a policy pack.</summary>
/// <param name="Path">The JSON path, e.g. <c>$.parameters.intraProvinceFilingExempt[0].value</c>.</param>
/// <param name="Message">What is wrong.</param>
public sealed record PolicyPackError(string Path, string Message);
