using RulesCore.Settlement.Errors;

namespace RulesCore.NationalPlatform;

/// <summary>
/// Thrown by <see cref="PlatformCaseBuilder.Build(PlatformMessages)"/> when the messages cannot make a case: a message is
/// not valid JSON of its kind, the platform answered with an error, or a code is not in the code tables. Lists every
/// problem, each with its JSON path (under the message's name: <c>person.output.insuinfo[0].insutype</c>). The message
/// holds paths, codes, short codes read and the platform's own <c>err_msg</c> (long digit runs masked) — never a name,
/// an identity number or an address.
/// </summary>
public sealed class InvalidPlatformMessageException : Exception
{
    internal InvalidPlatformMessageException(IReadOnlyList<InputError> errors)
        : base("The platform messages were rejected:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => $"  {e.Path}: {e.Code}: {e.Message}")))
    {
        Errors = errors;
    }

    /// <summary>Gets every problem found (at most 100, then one more saying the rest are not listed).</summary>
    public IReadOnlyList<InputError> Errors { get; }
}
