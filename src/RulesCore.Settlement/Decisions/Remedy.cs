namespace RulesCore.Settlement.Decisions;

/// <summary>Something a patient or cashier can do, and what it is for at the moment the question is asked.</summary>
/// <param name="Code">A stable code, e.g. <c>RENEW_FILING</c> (see <see cref="RemedyCodes"/>).</param>
/// <param name="Text">What to do, in the requested language.</param>
public sealed record Remedy(string Code, string Text)
{
    /// <summary>
    /// Gets what the remedy is for at the moment the decision was judged: a <see cref="RemedyRole.Fix"/> for this visit,
    /// the <see cref="RemedyRole.Claim"/> route if it does not settle directly, or <see cref="RemedyRole.NextTime"/>.
    /// A finding lists its remedies fixes first, then the claim route, then what helps next time.
    /// </summary>
    public RemedyRole Role { get; init; }
}
