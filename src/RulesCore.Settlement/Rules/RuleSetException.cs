namespace RulesCore.Settlement.Rules;

/// <summary>
/// The rules in force are inconsistent — two rules with one name or one finding code, a rule without a description
/// or a basis, a finding without a message or remedies, an unknown remedy, a reader ranked above the producer of a
/// fact it reads. Thrown when the evaluator is built, never at a decision; every problem names the rule (and, for
/// duplicates, both classes and assemblies).
/// </summary>
public sealed class RuleSetException : Exception
{
    internal RuleSetException(IReadOnlyList<string> problems)
        : base("The settlement rules are inconsistent:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p)))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found, one sentence each.</summary>
    public IReadOnlyList<string> Problems { get; }
}
