namespace RulesCore.Settlement.Rules;

/// <summary>Every remedy of this library, by code: each <see cref="RemedyDefinition"/> class in <c>Rules/Remedies/</c>.</summary>
internal static class RemedyDefinitions
{
    private static readonly Dictionary<string, RemedyDefinition> ByCode = typeof(RemedyDefinition).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(RemedyDefinition).IsAssignableFrom(t))
        .Select(t => (RemedyDefinition)Activator.CreateInstance(t)!)
        .OrderBy(r => r.Code, StringComparer.Ordinal)
        .ToDictionary(r => r.Code, StringComparer.Ordinal);

    /// <summary>Gets every remedy, by code (ordinal).</summary>
    public static IEnumerable<RemedyDefinition> All => ByCode.Values;

    /// <summary>The remedy of a code.</summary>
    public static RemedyDefinition Of(string code) => ByCode[code];

    /// <summary>Whether a code names a remedy.</summary>
    public static bool Has(string code) => ByCode.ContainsKey(code);
}
