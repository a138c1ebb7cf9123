using System.Runtime.CompilerServices;

using RulesCore.Settlement.Rules;

namespace RulesCore.Settlement.Engine;

/// <summary>Facts are distinct objects to the rules: value-equal records (two equal items) stay two facts.</summary>
internal sealed class ReferenceComparer : IEqualityComparer<object>
{
    public static readonly ReferenceComparer Instance = new();

    public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

    public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
}
