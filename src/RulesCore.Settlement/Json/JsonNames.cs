namespace RulesCore.Settlement.Json;

/// <summary>The camelCase names of enum values in the interchange format.</summary>
internal static class JsonNames
{
    public static string Of<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name.Substring(1);
    }

    public static Dictionary<string, T> Map<T>() where T : struct, Enum
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (T value in Enum.GetValues(typeof(T)))
        {
            map[Of(value)] = value;
        }

        return map;
    }
}
