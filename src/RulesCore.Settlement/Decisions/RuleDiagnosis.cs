namespace RulesCore.Settlement.Decisions;

/// <summary>
/// One rule in a why-not answer: whether it fired, and if not, for each candidate fact (or tuple) of its first pattern,
/// the deepest pattern it reached and what stopped it there; the rules that would have produced a derived fact it
/// lacks; and where the answer is partial.
/// </summary>
public sealed record RuleDiagnosis
{
    /// <summary>Gets the rule id.</summary>
    public string Rule { get; init; } = string.Empty;

    /// <summary>Gets what the rule decides, in the requested language.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>Gets whether the rule fired, did not, or is out of scope for this visit.</summary>
    public RuleStatus Status { get; init; }

    /// <summary>Gets what each pattern of the rule matches, in order, in the requested language (pattern 1 first).</summary>
    public IReadOnlyList<string> Patterns { get; init; } = Array.Empty<string>();

    /// <summary>Gets, when the rule fired, the facts of each firing (references, as in the trace).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Firings { get; init; } = Array.Empty<IReadOnlyList<string>>();

    /// <summary>Gets, when the rule did not fire, each candidate of its first pattern and where it stopped.</summary>
    public IReadOnlyList<CandidateDiagnosis> Candidates { get; init; } = Array.Empty<CandidateDiagnosis>();

    /// <summary>Gets the explanations of the rules that would have produced a derived fact this rule lacks, down to the case's own facts.</summary>
    public IReadOnlyList<RuleDiagnosis> Because { get; init; } = Array.Empty<RuleDiagnosis>();

    /// <summary>Gets where the answer is partial, in the requested language; empty when it is complete.</summary>
    public IReadOnlyList<string> Partial { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Gets, for a case with unknown facts, the unknown facts whether this rule fires turns on (it fires for some of
    /// their values and not for others); empty when it does not turn on any, or the case lists none.
    /// </summary>
    public IReadOnlyList<string> DependsOn { get; init; } = Array.Empty<string>();
}
