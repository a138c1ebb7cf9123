namespace RulesCore.Settlement.Policies;

/// <summary>How well a policy value is supported.</summary>
public enum Confidence
{
    /// <summary>Stated in a source document.</summary>
    Stated = 1,

    /// <summary>A national rule known from public secondary material.</summary>
    National = 2,

    /// <summary>Low confidence: a single secondary source, or an uncertain date.</summary>
    Low = 3,
}
