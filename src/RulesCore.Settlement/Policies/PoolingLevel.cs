namespace RulesCore.Settlement.Policies;

/// <summary>The level at which a region pools its insurance fund (统筹层次): it decides what counts as one pooling region (统筹区).</summary>
public enum PoolingLevel
{
    /// <summary>Each city (prefecture, 地市级) is a pooling region: the usual case.</summary>
    City = 1,

    /// <summary>The whole province is one pooling region (e.g. the municipalities, 海南).</summary>
    Province = 2,

    /// <summary>Each county-level division is a pooling region of its own (e.g. county-level cities directly under a province: 仙桃, 济源).</summary>
    County = 3,
}
