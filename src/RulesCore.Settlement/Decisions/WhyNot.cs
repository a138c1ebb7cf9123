namespace RulesCore.Settlement.Decisions;

/// <summary>
/// The answer to "why did this rule not fire?" (or "why was this finding not raised?"): the case's decision, and for
/// each rule asked about — the rule itself, or every rule that can raise the finding — what NRules did with the case's
/// facts, in words of the requested language. Made by <see cref="ISettlementEvaluator.Explain"/>.
/// </summary>
public sealed record WhyNot
{
    /// <summary>Gets what was asked: a rule id (<c>filing.covers</c>) or a finding code (<c>FILING_EXPIRED</c>).</summary>
    public string Asked { get; init; } = string.Empty;

    /// <summary>Gets the decision of the case, with its trace.</summary>
    public SettlementDecision Decision { get; init; } = new();

    /// <summary>Gets the rules explained: the rule asked about, or every rule that can raise the finding asked about.</summary>
    public IReadOnlyList<RuleDiagnosis> Rules { get; init; } = Array.Empty<RuleDiagnosis>();

    /// <summary>Gets how many condition checks the explanation made: its work, never more than <see cref="CheckBudget"/>.</summary>
    public int Checks { get; init; }

    /// <summary>
    /// Gets how many condition checks the explanation could make: 256 per fact of the session, in proportion to the case.
    /// Where it ran out, the rules' <see cref="RuleDiagnosis.Partial"/> says so.
    /// </summary>
    public int CheckBudget { get; init; }
}
