namespace RulesCore.Settlement.Errors;

/// <summary>
/// Thrown by <see cref="ISettlementEvaluator.Evaluate"/> and the JSON reader for an invalid case; lists every problem.
/// The message holds paths, codes and fixed texts only, never a value from the case.
/// </summary>
public sealed class InvalidCaseException : InvalidInputException
{
    internal InvalidCaseException(IReadOnlyList<InputError> errors)
        : base("The case", errors)
    {
    }
}
