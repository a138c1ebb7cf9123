using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// NRules fires higher priorities first. A rule that yields a derived fact outranks every rule that reads it, so a
/// finding collected by an action is raised only once the facts it depends on are complete; the rule set checks this
/// when it is built. Rules that only raise findings keep the default, <see cref="Finding"/>.
/// </summary>
internal static class RulePriorities
{
    /// <summary>Where the visit happens relative to the insured pooling region.</summary>
    public const int Placement = 50;

    /// <summary>How each filing for the treatment region stands to the visit's days.</summary>
    public const int Timing = 45;

    /// <summary>What entitles the visit to settle: a covering filing, an exemption, a usable credential, a long-term filing elsewhere.</summary>
    public const int Entitlement = 40;

    /// <summary>What applies when no entitlement does (emergency care) or on top of one (two-way settlement).</summary>
    public const int Fallback = 30;

    /// <summary>Conclusions over all bases: the filing gap and the rate reduction the best basis carries.</summary>
    public const int Conclusion = 20;

    /// <summary>Rules that only raise findings.</summary>
    public const int Finding = 0;
}
