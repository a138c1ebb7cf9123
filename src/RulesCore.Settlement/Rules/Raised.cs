using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// A finding a rule raised for one match, before it is put in the caller's language: made by
/// <see cref="SettlementRule"/>'s <c>Found</c> helpers and handed over with <c>Raise</c>. The evaluator folds every
/// raised finding into the decision.
/// </summary>
public sealed record Raised
{
    internal Raised(FindingDefinition finding, string rule, string[] facts, object[] arguments)
    {
        Finding = finding;
        Rule = rule;
        Facts = facts;
        Arguments = arguments;
    }

    /// <summary>Gets what was found.</summary>
    public FindingDefinition Finding { get; }

    /// <summary>Gets the id of the rule that raised it.</summary>
    public string Rule { get; }

    /// <summary>Gets the references of the facts it is about, in order.</summary>
    public IReadOnlyList<string> Facts { get; }

    internal object[] Arguments { get; }

    /// <summary>Gets the outcome this finding caps the decision at, where it differs from the definition's.</summary>
    internal Outcome? Caps { get; init; }

    internal int RateReductionPoints { get; init; }

    internal string[]? SelfPayItems { get; init; }

    /// <summary>Gets the policy values the finding relied on (cited in its basis).</summary>
    internal PolicyValue[]? Policy { get; init; }

    /// <summary>Gets the message for this case, where it replaces the definition's (e.g. a stay worded with its days).</summary>
    internal LocalizedText? Message { get; init; }

    /// <summary>Gets the remedies for this case, where they replace the definition's (only those that can still help).</summary>
    internal string[]? Remedies { get; init; }

    /// <summary>Gets the wording of some remedies for this case (e.g. when a long-term filing can be changed).</summary>
    internal (string Code, LocalizedText Text)[]? RemedyTexts { get; init; }
}
