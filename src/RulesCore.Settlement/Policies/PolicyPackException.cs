namespace RulesCore.Settlement.Policies;

/// <summary>Thrown when a policy pack is malformed; the pack is rejected whole. Lists every problem with its JSON path.</summary>
public sealed class PolicyPackException : Exception
{
    internal PolicyPackException(string origin, IReadOnlyList<PolicyPackError> errors)
        : base($"Policy pack '{origin}' is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => $"  {e.Path}: {e.Message}")))
    {
        Origin = origin;
        Errors = errors;
    }

    /// <summary>Gets the pack's origin (file path, resource or given name).</summary>
    public string Origin { get; }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<PolicyPackError> Errors { get; }
}
