namespace RulesCore.Settlement;

/// <summary>
/// One problem with an input document — a case or a policy pack: where, what kind, and what is wrong. Every reader
/// and validator of RulesCore reports problems this way (see <see cref="InvalidInputException"/>).
/// </summary>
/// <param name="Path">
/// The JSON path of the field, without a leading <c>$.</c>: <c>filings[0].validUntil</c> in a case,
/// <c>parameters.filingValidityDays[0].value</c> in a policy pack; <c>$</c> for the document as a whole.
/// </param>
/// <param name="Code">A stable code, e.g. <c>DATE_BEFORE_START</c> (see <see cref="InputErrorCodes"/>).</param>
/// <param name="Message">What is wrong, in English; never contains values from a case (no personal data).</param>
public sealed record InputError(string Path, string Code, string Message);
