using System.Text.Json;
using RulesCore.Settlement.Errors;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Policies;

/// <summary>A named, typed policy parameter. The set is fixed: see <see cref="PolicyParameters"/>.</summary>
public abstract class PolicyParameter
{
    private static int _next;

    private protected PolicyParameter(string name, LocalizedText title, PolicyScope scope, string description)
    {
        Index = Interlocked.Increment(ref _next) - 1;
        Name = name;
        Title = title;
        Scope = scope;
        Description = description;
    }

    /// <summary>Position among every parameter created in the process: the shipped ones first, in <see cref="PolicyParameters.All"/> order.</summary>
    internal int Index { get; }

    /// <summary>Gets how many parameters exist in the process (the size of a table indexed by <see cref="Index"/>).</summary>
    internal static int Count => Volatile.Read(ref _next);

    /// <summary>Gets the name used in policy packs (lowerCamel).</summary>
    public string Name { get; }

    /// <summary>Gets what the parameter is called, in both languages ("临时备案默认有效期" / "default validity of a temporary filing"): what text shows instead of <see cref="Name"/>.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets whose policy the parameter follows.</summary>
    public PolicyScope Scope { get; }

    /// <summary>Gets what the parameter means.</summary>
    public string Description { get; }

    /// <summary>Gets the CLR type of the value.</summary>
    public abstract Type ValueType { get; }

    /// <summary>Reads a value from JSON; returns the problem (without its path) if it is not a value of this parameter.</summary>
    internal abstract object? Read(JsonElement element, out InputError? error);

    /// <summary>Formats a value as packs write it ("6", "true", "null").</summary>
    internal abstract string Format(object? value);

    /// <summary>A value in words, in a language: "6 个月", "是", "未知" / "6 months", "yes", "unknown".</summary>
    internal abstract string Words(object? value, string language);

    /// <inheritdoc />
    public override string ToString() => Name;
}
