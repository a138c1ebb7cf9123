namespace RulesCore.Settlement.Rules;

/// <summary>
/// Declares where a rule applies: the visit's insured or treatment region must lie in <see cref="Region"/> (a province,
/// a city or a county; a pooling region by its code). Repeat it for several regions: a rule applies when, for each role
/// it names, the visit's region lies in one of the regions given for that role. Out of scope, the rule does not fire.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class AppliesInAttribute : Attribute
{
    /// <summary>Declares a region where the rule applies.</summary>
    /// <param name="role">Whether the insured or the treatment region must lie in it.</param>
    /// <param name="region">A six-digit region code, e.g. <c>"450000"</c> for all of 广西.</param>
    public AppliesInAttribute(RegionRole role, string region)
    {
        Role = role;
        Region = region;
    }

    /// <summary>Gets which region of the visit must lie in <see cref="Region"/>.</summary>
    public RegionRole Role { get; }

    /// <summary>Gets the region code.</summary>
    public string Region { get; }
}
