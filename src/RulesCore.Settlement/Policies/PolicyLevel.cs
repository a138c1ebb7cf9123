namespace RulesCore.Settlement.Policies;

/// <summary>The level a policy pack applies at; the most specific in force wins.</summary>
public enum PolicyLevel
{
    /// <summary>The national baseline (全国).</summary>
    National = 0,

    /// <summary>A province (省).</summary>
    Province = 1,

    /// <summary>A city (市), a pooling region.</summary>
    City = 2,
}
