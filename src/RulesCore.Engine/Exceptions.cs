namespace RulesCore.Engine;

/// <summary>Why a set of rules could not be compiled.</summary>
public enum RuleSetProblemKind
{
    /// <summary>Two or more rules share an id.</summary>
    DuplicateId,

    /// <summary>Rules depend on each other through a negation, so no stratum order exists.</summary>
    NegationCycle,
}

/// <summary>One problem found while compiling a rule set.</summary>
public sealed class RuleSetProblem
{
    internal RuleSetProblem(RuleSetProblemKind kind, IReadOnlyList<string> ruleIds, string message)
    {
        Kind = kind;
        RuleIds = ruleIds;
        Message = message;
    }

    /// <summary>Gets what kind of problem this is.</summary>
    public RuleSetProblemKind Kind { get; }

    /// <summary>Gets the ids of the rules involved, in the order the message names them.</summary>
    public IReadOnlyList<string> RuleIds { get; }

    /// <summary>Gets a message naming the rules and the types involved.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => Message;
}

/// <summary>Thrown by <see cref="RuleSet.Compile(IEnumerable{RuleDefinition})"/> when the rules are inconsistent; lists every problem.</summary>
public sealed class RuleSetCompilationException : Exception
{
    internal RuleSetCompilationException(IReadOnlyList<RuleSetProblem> problems)
        : base("The rule set cannot be compiled:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p.Message)))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found, in a stable order.</summary>
    public IReadOnlyList<RuleSetProblem> Problems { get; }
}

/// <summary>Why firing a session failed.</summary>
public enum RuleExecutionFailure
{
    /// <summary>A pattern condition threw an exception (see <see cref="Exception.InnerException"/>).</summary>
    ConditionFailed,

    /// <summary>A rule action threw an exception, or inserted a null fact.</summary>
    ActionFailed,

    /// <summary>More firings than <see cref="SessionOptions.MaxFirings"/> allows: the rules do not reach a fixpoint.</summary>
    RunawayFiring,
}

/// <summary>
/// Thrown by <see cref="Session.Fire"/> when a rule fails or firing runs away. The message names the rule and the
/// fact types involved, never fact values.
/// </summary>
public sealed class RuleExecutionException : Exception
{
    internal RuleExecutionException(RuleExecutionFailure failure, string? ruleId, string message, Exception? inner = null)
        : base(message, inner)
    {
        Failure = failure;
        RuleId = ruleId;
    }

    /// <summary>Gets what went wrong.</summary>
    public RuleExecutionFailure Failure { get; }

    /// <summary>Gets the id of the rule that failed, or the most-fired rule for <see cref="RuleExecutionFailure.RunawayFiring"/>.</summary>
    public string? RuleId { get; }
}
