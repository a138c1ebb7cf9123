using System.Globalization;

using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Engine;

/// <summary>A rule's scope and dates, read from its attributes and checked when the rule set is built.</summary>
internal sealed class RuleScope
{
    private RuleScope(IReadOnlyList<(RegionRole Role, RegionCode Region)> regions, DateTime? from, DateTime? until)
    {
        Regions = regions;
        From = from;
        Until = until;
    }

    public IReadOnlyList<(RegionRole Role, RegionCode Region)> Regions { get; }

    public DateTime? From { get; }

    public DateTime? Until { get; }

    /// <summary>The scope a rule class declares, or <see langword="null"/> when it applies everywhere, always; problems are reported.</summary>
    public static RuleScope? Of(Type rule, string name, List<string> problems)
    {
        var regions = new List<(RegionRole, RegionCode)>();
        foreach (AppliesInAttribute attribute in rule.GetCustomAttributes(typeof(AppliesInAttribute), false))
        {
            if (!RegionCode.TryParse(attribute.Region, out var region) || attribute.Role is not (RegionRole.Insured or RegionRole.Treatment))
            {
                problems.Add($"rule '{name}' declares [AppliesIn] with an invalid role or region code (six digits, e.g. 450000)");
                continue;
            }

            regions.Add((attribute.Role, region));
        }

        var inForce = (InForceAttribute?)rule.GetCustomAttributes(typeof(InForceAttribute), false).FirstOrDefault();
        DateTime? from = null, until = null;
        if (inForce is not null && (!TryDay(inForce.From, out from) || !TryDay(inForce.Until, out until) || (from > until)))
        {
            problems.Add($"rule '{name}' declares [InForce] with dates that are not yyyy-MM-dd, or that end before they start");
        }

        return regions.Count == 0 && from is null && until is null ? null : new RuleScope(regions, from, until);
    }

    /// <summary>Whether a visit is in scope and in force.</summary>
    public bool Covers(RegionCode insured, RegionCode treatment, DateTime date)
    {
        if ((From is { } from && date < from) || (Until is { } until && date > until))
        {
            return false;
        }

        return Matches(RegionRole.Insured, insured) && Matches(RegionRole.Treatment, treatment);
    }

    private bool Matches(RegionRole role, RegionCode region)
    {
        var any = false;
        foreach (var (r, code) in Regions)
        {
            if (r == role)
            {
                if (code.Contains(region))
                {
                    return true;
                }

                any = true;
            }
        }

        return !any;
    }

    private static bool TryDay(string? text, out DateTime? day)
    {
        day = null;
        if (text is null)
        {
            return true;
        }

        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        return false;
    }
}
