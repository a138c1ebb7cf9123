namespace RulesCore.Settlement.Rules;

/// <summary>
/// What a finding code means, declared by the rule that raises it: cause, severity, default cap, the message in both
/// languages (composite format, arguments supplied by the rule) and the remedies, in order.
/// </summary>
internal sealed class FindingDefinition
{
    private IReadOnlyList<Remedy>? _chinese;
    private IReadOnlyList<Remedy>? _english;

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

    /// <summary>Gets the remedies in Chinese, built once and shared read-only.</summary>
    public IReadOnlyList<Remedy> ChineseRemedies => _chinese ??= Build(Languages.Chinese);

    /// <summary>Gets the remedies in English, built once and shared read-only.</summary>
    public IReadOnlyList<Remedy> EnglishRemedies => _english ??= Build(Languages.English);

    private IReadOnlyList<Remedy> Build(string language) => Array.AsReadOnly(Remedies.Select(code => Wording.Remedy(code, language)).ToArray());
}
