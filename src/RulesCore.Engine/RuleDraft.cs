namespace RulesCore.Engine;

/// <summary>The immutable state of a rule under construction, shared by every builder arity.</summary>
internal sealed record RuleDraft(string Id)
{
    public string? Name { get; init; }

    public string Description { get; init; } = string.Empty;

    public string[] Tags { get; init; } = Array.Empty<string>();

    public int Priority { get; init; }

    public RulePattern[] Patterns { get; init; } = Array.Empty<RulePattern>();

    public static string Required(string? value, string parameter)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The value must not be null or blank.", parameter);
        }

        return value!;
    }

    public RuleDraft With(RulePattern pattern)
    {
        var patterns = new RulePattern[Patterns.Length + 1];
        Array.Copy(Patterns, patterns, Patterns.Length);
        patterns[Patterns.Length] = pattern;
        return this with { Patterns = patterns };
    }

    public RuleDefinition Build(Type[] yields, Func<Session, object> createContext, Action<object, object[]> invoke) =>
        new(Id, Name ?? Id, Description, Tags, Priority, Patterns, yields, createContext, invoke);
}
