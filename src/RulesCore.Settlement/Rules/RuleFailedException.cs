namespace RulesCore.Settlement.Rules;

/// <summary>
/// A rule failed — a bug in the rule, not a problem with the case: its constructor or <c>Define()</c>, a condition or
/// an action threw (<see cref="Exception.InnerException"/> is what it threw), or the rules kept firing beyond the bound
/// no case needs. It names the rule and the assembly it comes from. No evaluation returns a decision that a failed rule
/// took part in; a why-not treats a condition (or agenda filter) that throws as not holding and says it was not
/// evaluated, while an action that throws fails it too. (A condition that never returns or overflows the stack cannot be
/// stopped inside the process.)
/// </summary>
public sealed class RuleFailedException : Exception
{
    internal RuleFailedException(string ruleId, string ruleAssembly, RuleFailureStage stage, Exception? inner)
        : base(MessageOf(ruleId, ruleAssembly, stage, inner), inner)
    {
        RuleId = ruleId;
        RuleAssembly = ruleAssembly;
        Stage = stage;
    }

    /// <summary>Gets the id of the rule that failed (its <c>[Name]</c>; the class name when it failed before it had one).</summary>
    public string RuleId { get; }

    /// <summary>Gets the simple name of the assembly the rule comes from.</summary>
    public string RuleAssembly { get; }

    /// <summary>Gets where the rule failed.</summary>
    public RuleFailureStage Stage { get; }

    private static string MessageOf(string rule, string assembly, RuleFailureStage stage, Exception? inner) => stage switch
    {
        RuleFailureStage.Looping => $"Rule '{rule}' ({assembly}) kept firing beyond the bound no case needs: the rule set is looping.",
        _ => $"Rule '{rule}' ({assembly}) threw {inner?.GetType().FullName ?? "an exception"} {Where(stage)}.",
    };

    private static string Where(RuleFailureStage stage) => stage switch
    {
        RuleFailureStage.Definition => "while it was defined",
        RuleFailureStage.Condition => "in a condition",
        _ => "in an action",
    };
}
