using RulesCore.Settlement.Policies;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// An out-of-region visit with no filing, exemption or emergency basis: a filing problem. <see cref="Deadline"/> is the
/// last day a filing made (or adjusted) now still lets the visit settle — <see cref="DateTime.MaxValue"/> while still
/// admitted with discharge unknown — or <see langword="null"/> when it is too late; <see cref="BeforeDischarge"/> says
/// the deadline is the discharge (出院前补办) rather than the insured region's window; <see cref="WindowUnknown"/> says
/// the visit has taken place (asked on or after its last day) and the insured region's window is not known.
/// </summary>
internal sealed record FilingGap(Visit Visit, DateTime? Deadline, bool BeforeDischarge, bool WindowUnknown = false) : IFactReference
{
    public string Reference => "encounter";
}
