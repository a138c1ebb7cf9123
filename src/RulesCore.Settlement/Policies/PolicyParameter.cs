using System.Text.Json;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Policies;

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

    /// <summary>Reads a value from JSON; returns the problem (without its path) if it is not a value of this parameter.</summary>
    internal abstract object? Read(JsonElement element, out InputError? error);

    /// <summary>Formats a value for display.</summary>
    internal abstract string Format(object? value);

    /// <inheritdoc />
    public override string ToString() => Name;
}
