namespace RulesCore.Settlement.Decisions;

/// <summary>One conclusion of the rules about a visit.</summary>
public sealed record Finding
{
    /// <summary>Gets the finding code, e.g. <c>FILING_EXPIRED</c> (see <see cref="FindingCodes"/>).</summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>
    /// Gets what the finding is, in a few words in the requested language ("备案已过期" / "filing expired"): what text
    /// shows a reader where the code would be an identifier.
    /// </summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>Gets the cause.</summary>
    public Cause Cause { get; init; }

    /// <summary>Gets the severity.</summary>
    public Severity Severity { get; init; }

    /// <summary>Gets the outcome this finding caps the decision at, or <see langword="null"/> when it caps nothing.</summary>
    public Outcome? Caps { get; init; }

    /// <summary>Gets the id of the rule that produced it, e.g. <c>filing.expired</c>.</summary>
    public string Rule { get; init; } = string.Empty;

    /// <summary>Gets the explanation, in the requested language.</summary>
    public string Message { get; init; } = string.Empty;

    /// <summary>Gets what the patient or cashier can do, in the requested language.</summary>
    public IReadOnlyList<Remedy> Remedies { get; init; } = Array.Empty<Remedy>();

    /// <summary>
    /// Gets, for a finding that caps the outcome and has no <see cref="RemedyRole.Fix"/> among its remedies, why nothing
    /// done now changes this visit, in the requested language (e.g. "门诊慢特病资格由参保地认定，不能追溯到已经发生的就诊…");
    /// <see langword="null"/> otherwise.
    /// </summary>
    public string? NoFix { get; init; }

    /// <summary>Gets the policy basis: the rule's source and the policy values it used, with their sources.</summary>
    public string Basis { get; init; } = string.Empty;

    /// <summary>Gets references to the facts that triggered it (<c>filing:F1</c>, <c>item:A01</c>, <c>encounter</c>, <c>hospital</c>, …): opaque strings, unambiguous whatever the case's ids are.</summary>
    public IReadOnlyList<string> Facts { get; init; } = Array.Empty<string>();
}
