namespace RulesCore.Settlement.Errors;

/// <summary>
/// The one family of input errors: a document (a case or a policy pack) was rejected whole, and <see cref="Errors"/>
/// lists every problem found, each with its path and code. Catch this type to handle both kinds alike.
/// </summary>
public abstract class InvalidInputException : Exception
{
    private protected InvalidInputException(string what, IReadOnlyList<InputError> errors)
        : base(what + " was rejected:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => $"  {e.Path}: {e.Code}: {e.Message}")))
    {
        Errors = errors;
    }

    /// <summary>Gets every problem found, in document order (at most 100, then one more saying the rest are not listed).</summary>
    public IReadOnlyList<InputError> Errors { get; }
}
