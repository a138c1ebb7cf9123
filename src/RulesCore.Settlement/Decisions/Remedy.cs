namespace RulesCore.Settlement.Decisions;

/// <summary>Something a patient or cashier can do.</summary>
/// <param name="Code">A stable code, e.g. <c>RENEW_FILING</c> (see <see cref="RemedyCodes"/>).</param>
/// <param name="Text">What to do, in the requested language.</param>
public sealed record Remedy(string Code, string Text);
