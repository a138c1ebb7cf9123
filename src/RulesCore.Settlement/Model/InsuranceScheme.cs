namespace RulesCore.Settlement.Model;

/// <summary>The insurance scheme (险种).</summary>
public enum InsuranceScheme
{
    /// <summary>Employee basic medical insurance (职工医保).</summary>
    Employee = 1,

    /// <summary>Urban and rural resident medical insurance (居民医保).</summary>
    Resident = 2,
}
