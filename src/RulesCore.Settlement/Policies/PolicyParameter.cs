using System.Text.Json;

namespace RulesCore.Settlement.Policies;

/// <summary>Whose policy a parameter follows.</summary>
public enum PolicyScope
{
    /// <summary>The insured region's (参保地): filing and payment rules.</summary>
    InsuredRegion = 1,

    /// <summary>The treatment region's (就医地): catalogue and hospital services.</summary>
    TreatmentRegion = 2,

    /// <summary>The region's own, whichever part it plays in the visit: how it pools (统筹层次).</summary>
    Region = 3,
}

/// <summary>The level at which a region pools its insurance fund (统筹层次): it decides what counts as one pooling region (统筹区).</summary>
public enum PoolingLevel
{
    /// <summary>Each city (prefecture, 地市级) is a pooling region: the usual case.</summary>
    City = 1,

    /// <summary>The whole province is one pooling region (e.g. the municipalities, 海南).</summary>
    Province = 2,

    /// <summary>Each county-level division is a pooling region of its own (e.g. county-level cities directly under a province: 仙桃, 济源).</summary>
    County = 3,
}

/// <summary>A named, typed policy parameter. The set is fixed: see <see cref="PolicyParameters"/>.</summary>
public abstract class PolicyParameter
{
    private static int _next;

    private protected PolicyParameter(string name, PolicyScope scope, string description)
    {
        Index = Interlocked.Increment(ref _next) - 1;
        Name = name;
        Scope = scope;
        Description = description;
    }

    /// <summary>Position among every parameter created in the process: the shipped ones first, in <see cref="PolicyParameters.All"/> order.</summary>
    internal int Index { get; }

    /// <summary>Gets how many parameters exist in the process (the size of a table indexed by <see cref="Index"/>).</summary>
    internal static int Count => Volatile.Read(ref _next);

    /// <summary>Gets the name used in policy packs (lowerCamel).</summary>
    public string Name { get; }

    /// <summary>Gets whose policy the parameter follows.</summary>
    public PolicyScope Scope { get; }

    /// <summary>Gets what the parameter means.</summary>
    public string Description { get; }

    /// <summary>Gets the CLR type of the value.</summary>
    public abstract Type ValueType { get; }

    /// <summary>Reads a value from JSON; returns an error message (without the path) if it is not of the right type.</summary>
    internal abstract object? Read(JsonElement element, out string? error);

    /// <summary>Formats a value for display.</summary>
    internal abstract string Format(object? value);

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>A policy parameter whose values are of type <typeparamref name="T"/>.</summary>
/// <typeparam name="T"><see cref="int"/>, <see cref="bool"/>, or a list of strings.</typeparam>
public sealed class PolicyParameter<T> : PolicyParameter
{
    private readonly Func<JsonElement, (T? Value, string? Error)> _read;
    private readonly Func<T, string> _format;

    internal PolicyParameter(string name, PolicyScope scope, string description, Func<JsonElement, (T? Value, string? Error)> read, Func<T, string> format)
        : base(name, scope, description)
    {
        _read = read;
        _format = format;
    }

    /// <inheritdoc />
    public override Type ValueType => typeof(T);

    internal override object? Read(JsonElement element, out string? error)
    {
        var (value, message) = _read(element);
        error = message;
        return value;
    }

    internal override string Format(object? value) => _format((T)value!);
}
