using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// A finding raised for one match, before it is put in the caller's language: made by <see cref="SettlementRule"/>'s
/// <c>Found</c> helpers and handed over with <c>Raise</c>, or made with the public constructor by code that finds
/// problems without the rules and folds them with <see cref="SettlementEvaluator.Decide"/>. The evaluator folds every
/// raised finding into the decision: the message is the definition's (or <see cref="Message"/>) filled with the
/// arguments, the remedies the definition's (or <see cref="Remedies"/>) worded for the moment the question is asked,
/// the basis the rule's with the policy values the finding relied on.
/// </summary>
public sealed record Raised
{
    /// <summary>
    /// A finding raised outside a rule's action — by a fast path of the caller's own, such as an HIS check that finds a
    /// problem before any rule runs — to be folded with <see cref="SettlementEvaluator.Decide"/> as the rules' findings
    /// are.
    /// </summary>
    /// <param name="rule">The id of the rule in force whose finding it is (its basis is cited), e.g. <c>account.card-unusable</c>.</param>
    /// <param name="finding">The finding's definition, as <see cref="SettlementEvaluator.Findings"/> lists it.</param>
    /// <param name="facts">
    /// The facts it is about, in order: the case's own (a <see cref="Filing"/>, a <see cref="Qualification"/>, an
    /// <see cref="EncounterItem"/>, the <see cref="Hospital"/>, the <see cref="InsuranceAccount"/>), the
    /// <see cref="Visit"/> or its <see cref="TreatmentScope"/> (<c>encounter</c>), or a reference as a string
    /// (<c>filing:F1</c>, <c>policy:emergencyDeemedFiled</c>, …); a fact named twice is listed once.
    /// </param>
    /// <param name="arguments">The values of the message's placeholders, in order; a <see cref="LocalizedText"/> is put in the decision's language.</param>
    /// <exception cref="ArgumentNullException">An argument, or one of the facts, is <see langword="null"/>.</exception>
    public Raised(string rule, FindingDefinition finding, IEnumerable<object> facts, params object[] arguments)
        : this(finding ?? throw new ArgumentNullException(nameof(finding)), rule ?? throw new ArgumentNullException(nameof(rule)), ReferencesOf(facts), arguments ?? throw new ArgumentNullException(nameof(arguments)))
    {
    }

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

    /// <summary>
    /// Gets the outcome this finding caps the decision at, where it differs from the definition's (e.g. items outside
    /// the catalogue cap nothing, unless every item is); <see langword="null"/>: the definition's.
    /// </summary>
    public Outcome? Caps { get; init; }

    /// <summary>Gets the points by which the finding lowers the reimbursement ratio (the decision carries the largest); 0 for none.</summary>
    public int RateReductionPoints { get; init; }

    /// <summary>Gets the codes of the items the finding makes self-paid (the decision lists every such item once); <see langword="null"/> for none.</summary>
    public IReadOnlyList<string>? SelfPayItems { get; init; }

    /// <summary>Gets the policy values the finding relied on, cited in its basis; <see langword="null"/> for none.</summary>
    public IReadOnlyList<PolicyValue>? Policy { get; init; }

    /// <summary>
    /// Gets the message for this match, where it replaces the definition's (e.g. a stay worded with its admission day):
    /// the same arguments fill it; <see langword="null"/>: the definition's.
    /// </summary>
    public LocalizedText? Message { get; init; }

    /// <summary>
    /// Gets the remedy codes for this match, where they replace the definition's (only those that can still help), in
    /// reading order; <see langword="null"/>: the definition's.
    /// </summary>
    public IReadOnlyList<string>? Remedies { get; init; }

    /// <summary>
    /// Gets the wording of some remedies for this match, by remedy code, where it replaces the remedy's own (e.g. when a
    /// long-term filing can be changed); <see langword="null"/>: every remedy in its own words.
    /// </summary>
    public IReadOnlyDictionary<string, LocalizedText>? RemedyTexts { get; init; }

    /// <summary>
    /// Gets why nothing done now changes this visit, where the rule knows it (e.g. the window to file retroactively has
    /// closed): the decision says it (<see cref="Finding.NoFix"/>) when the finding caps the outcome and none of its
    /// remedies is a fix at the moment asked; <see langword="null"/>: the reason the remedies give.
    /// </summary>
    public LocalizedText? NoFix { get; init; }

    private static string[] ReferencesOf(IEnumerable<object> facts)
    {
        var all = (facts ?? throw new ArgumentNullException(nameof(facts))).ToArray();
        if (all.Any(f => f is null))
        {
            throw new ArgumentNullException(nameof(facts), "A fact is null.");
        }

        return FactReferences.Distinct(all);
    }
}
