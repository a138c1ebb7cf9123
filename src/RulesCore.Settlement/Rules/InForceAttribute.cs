namespace RulesCore.Settlement.Rules;

/// <summary>
/// Declares the days a rule is in force, judged on the encounter date like policy values: from <see cref="From"/>
/// through <see cref="Until"/> (both <c>yyyy-MM-dd</c>, inclusive; either may be omitted). Out of date, the rule does
/// not fire.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class InForceAttribute : Attribute
{
    /// <summary>Gets or sets the first day in force, <c>yyyy-MM-dd</c>.</summary>
    public string? From { get; set; }

    /// <summary>Gets or sets the last day in force, <c>yyyy-MM-dd</c>.</summary>
    public string? Until { get; set; }
}
