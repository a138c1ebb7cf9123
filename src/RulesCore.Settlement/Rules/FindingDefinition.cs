using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// What a finding code means, declared by the rule that raises it as a static field next to its logic: cause,
/// severity, default cap, a short title and the message in both languages (a composite format such as "备案 {0} 已过期";
/// the rule supplies the arguments) and the remedies, in the order a person should read them.
/// </summary>
public sealed class FindingDefinition
{
    private readonly IReadOnlyList<Remedy>?[] _built = new IReadOnlyList<Remedy>?[16];

    /// <summary>Declares a finding.</summary>
    /// <param name="code">The finding code, UPPER_SNAKE_CASE, unique across every rule in force.</param>
    /// <param name="title">
    /// What the finding is, in a few words in both languages ("备案已过期" / "filing expired"): what text output shows
    /// where the code would otherwise appear. Building the rule set rejects a blank one.
    /// </param>
    /// <param name="cause">The failure cause it belongs to.</param>
    /// <param name="severity">Its severity when it caps nothing.</param>
    /// <param name="caps">The outcome it caps the decision at, or <see langword="null"/> for a warning or a note.</param>
    /// <param name="message">The message in both languages, with <c>{0}</c>-style placeholders for the rule's arguments.</param>
    /// <param name="remedies">The remedy codes (<see cref="RemedyCodes"/>), in reading order.</param>
    public FindingDefinition(string code, LocalizedText title, Cause cause, Severity severity, Outcome? caps, LocalizedText message, params string[] remedies)
        : this(title, code, cause, severity, caps, message, remedies)
    {
    }

    /// <summary>Declares a finding without a title: building the rule set rejects it. Kept so that rules compiled against 0.1.0 load and are named in the error.</summary>
    /// <param name="code">The finding code.</param>
    /// <param name="cause">The failure cause it belongs to.</param>
    /// <param name="severity">Its severity when it caps nothing.</param>
    /// <param name="caps">The outcome it caps the decision at, or <see langword="null"/>.</param>
    /// <param name="message">The message in both languages.</param>
    /// <param name="remedies">The remedy codes, in reading order.</param>
    [Obsolete("Give the finding a title in both languages: new FindingDefinition(code, new LocalizedText(\"备案已过期\", \"filing expired\"), cause, ...). A rule set rejects a finding without one.", error: true)]
    public FindingDefinition(string code, Cause cause, Severity severity, Outcome? caps, LocalizedText message, params string[] remedies)
        : this(null, code, cause, severity, caps, message, remedies)
    {
    }

    private FindingDefinition(LocalizedText? title, string code, Cause cause, Severity severity, Outcome? caps, LocalizedText message, string[] remedies)
    {
        Code = code;
        Title = title;
        Cause = cause;
        Severity = severity;
        Caps = caps;
        Message = message;
        Remedies = remedies;
    }

    /// <summary>Gets the finding code.</summary>
    public string Code { get; }

    /// <summary>
    /// Gets what the finding is, in a few words in both languages: "备案已过期" / "filing expired"; <see langword="null"/>
    /// only for a definition made with the obsolete constructor, which no rule set accepts.
    /// </summary>
    public LocalizedText? Title { get; }

    /// <summary>Gets the failure cause.</summary>
    public Cause Cause { get; }

    /// <summary>Gets the severity when it caps nothing.</summary>
    public Severity Severity { get; }

    /// <summary>Gets the outcome the finding caps the decision at, unless the rule raises it with another cap.</summary>
    public Outcome? Caps { get; }

    /// <summary>Gets the message in both languages.</summary>
    public LocalizedText Message { get; }

    /// <summary>Gets the remedy codes, in the order a person should read them.</summary>
    public IReadOnlyList<string> Remedies { get; }

    /// <summary>
    /// Gets why the finding, where it caps the outcome, cannot be removed by any step when the reason lies in the policy
    /// itself (e.g. a condition the treatment region does not settle across provinces); <see langword="null"/> when its
    /// remedies say it.
    /// </summary>
    internal LocalizedText? Unfixable { get; init; }

    /// <summary>
    /// The remedies in a language, worded and given their role for a moment, fixes first (<see cref="Wording.Remedies"/>);
    /// built once per language and moment and shared read-only.
    /// </summary>
    internal IReadOnlyList<Remedy> RemediesIn(string language, RemedyMoment moment)
    {
        var slot = (language == Languages.English ? 8 : 0) + moment.Index;
        return _built[slot] ??= Array.AsReadOnly(Wording.Remedies(Remedies, null, language, moment));
    }
}
