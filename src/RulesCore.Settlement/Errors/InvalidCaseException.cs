namespace RulesCore.Settlement;

/// <summary>Thrown by <see cref="ISettlementEvaluator.Evaluate"/> for an invalid case; lists every problem.</summary>
public sealed class InvalidCaseException : Exception
{
    internal InvalidCaseException(IReadOnlyList<CaseError> errors)
        : base("The case is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => $"  {e.Path}: {e.Code}: {e.Message}")))
    {
        Errors = errors;
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<CaseError> Errors { get; }
}
