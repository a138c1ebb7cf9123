namespace RulesCore.Settlement.Rules;

/// <summary>
/// What a finding code means, declared by the rule that raises it: cause, severity, default cap, the message in both
/// languages (composite format, arguments supplied by the rule) and the remedies, in order.
/// </summary>
internal sealed class FindingDefinition
{
    private readonly IReadOnlyList<Remedy>?[] _built = new IReadOnlyList<Remedy>?[4];

    public FindingDefinition(string code, Cause cause, Severity severity, Outcome? caps, LocalizedText message, params string[] remedies)
    {
        Code = code;
        Cause = cause;
        Severity = severity;
        Caps = caps;
        Message = message;
        Remedies = remedies;
    }

    public string Code { get; }

    public Cause Cause { get; }

    public Severity Severity { get; }

    /// <summary>Gets the outcome the finding caps the decision at, unless the rule raises it with another cap.</summary>
    public Outcome? Caps { get; }

    public LocalizedText Message { get; }

    /// <summary>Gets the remedy codes, in the order a person should read them.</summary>
    public IReadOnlyList<string> Remedies { get; }

    /// <summary>The remedies in a language, worded for before or after the visit; built once and shared read-only.</summary>
    public IReadOnlyList<Remedy> RemediesIn(string language, bool beforeVisit)
    {
        var slot = (language == Languages.English ? 2 : 0) + (beforeVisit ? 1 : 0);
        return _built[slot] ??= Array.AsReadOnly(Remedies.Select(code => Wording.Remedy(code, language, beforeVisit)).ToArray());
    }
}
