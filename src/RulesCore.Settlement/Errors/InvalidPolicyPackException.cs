namespace RulesCore.Settlement.Errors;

/// <summary>Thrown when a policy pack is malformed or the packs conflict; the pack is rejected whole. Lists every problem.</summary>
public sealed class InvalidPolicyPackException : InvalidInputException
{
    internal InvalidPolicyPackException(string origin, IReadOnlyList<InputError> errors)
        : base($"Policy pack '{origin}'", errors)
    {
        Origin = origin;
    }

    /// <summary>Gets the pack's origin (file path, resource or given name).</summary>
    public string Origin { get; }
}
