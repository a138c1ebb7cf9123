using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Rules;

/// <summary>
/// An out-of-region visit with no filing, exemption or emergency basis: a filing problem. <see cref="Deadline"/> is the
/// last day a filing made (or adjusted) now still lets the visit settle — <c>DateTime.MaxValue.Date</c> while still
/// admitted with discharge unknown — or <see langword="null"/> when it is too late; <see cref="BeforeDischarge"/> says
/// the deadline is the discharge (出院前补办) rather than the insured region's window; <see cref="WindowUnknown"/> says
/// the visit has taken place (asked on or after its last day) and the insured region's window is not known.
/// </summary>
internal sealed record FilingGap(Visit Visit, DateTime? Deadline, bool BeforeDischarge, bool WindowUnknown = false) : IFactReference
{
    public static readonly LocalizedText FileBeforeDischarge = new(
        "出院前补办异地就医备案，本次住院即可按规定结算。", "File before discharge, and the stay settles under the rules.");

    private static readonly LocalizedText WindowClosed = new(
        "本次就医已经结束，参保地允许补办备案的期限已过（或不接受补办）：现在办理备案不能让本次就医直接结算，只能按报销途径办理。",
        "The visit is over and the insured region's window for filing retroactively has closed (or it accepts none): no filing made now lets this visit settle directly; only a claim is left.");

    public string Reference => "encounter";

    /// <summary>
    /// A blocking filing finding with what still reaches this visit once it has begun: filing now, retroactively (before
    /// discharge, so worded), while the window is open — unless the person holds a filing whose start is to be moved
    /// (<paramref name="fileAnew"/> false: the finding's own remedy is the fix) —; asking the insured region while its
    /// window is unknown; once the window has closed, why nothing can. Asked before the visit, the finding's own
    /// remedies (file, renew, re-file, move the start) are the fixes.
    /// </summary>
    public Raised Advise(Raised raised, bool fileAnew = true)
    {
        if (Visit.AskedBefore)
        {
            return raised;
        }

        var remedies = raised.Remedies ?? raised.Finding.Remedies;
        if (Deadline is not null)
        {
            if (!fileAnew)
            {
                return raised;
            }

            var texts = raised.RemedyTexts;
            if (BeforeDischarge)
            {
                var own = texts is null ? new Dictionary<string, LocalizedText>(StringComparer.Ordinal) : new Dictionary<string, LocalizedText>(texts.ToDictionary(t => t.Key, t => t.Value), StringComparer.Ordinal);
                own[RemedyCodes.FileRetroactively] = FileBeforeDischarge;
                texts = own;
            }

            return raised with { Remedies = remedies.Append(RemedyCodes.FileRetroactively).ToArray(), RemedyTexts = texts };
        }

        return WindowUnknown
            ? raised with { Remedies = remedies.Append(RemedyCodes.AskAboutRetroactiveFiling).ToArray() }
            : raised with { NoFix = WindowClosed };
    }
}
