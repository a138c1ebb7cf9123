namespace RulesCore.Settlement;

/// <summary>One problem with a case: where, what kind, and a message without personal data.</summary>
/// <param name="Path">The JSON path of the field, e.g. <c>filings[0].validUntil</c>.</param>
/// <param name="Code">A stable code, e.g. <c>DATE_BEFORE_START</c> (see <see cref="CaseErrorCodes"/>).</param>
/// <param name="Message">What is wrong; never contains values from the case.</param>
public sealed record CaseError(string Path, string Code, string Message);
