namespace RulesCore.Settlement.Errors;

/// <summary>
/// One problem with an input document — a case, a policy pack or a hospital directory: where, what kind, and what is wrong. Every reader
/// and validator of RulesCore reports problems this way (see <see cref="InvalidInputException"/>).
/// </summary>
/// <param name="Path">
/// The JSON path of the field, without a leading <c>$.</c>: <c>filings[0].validUntil</c> in a case,
/// <c>parameters.filingValidityDays[0].value</c> in a policy pack, <c>[3].region</c> in a JSON hospital directory;
/// in a CSV hospital directory the row and column, <c>row 12, column 3 (region)</c> (the header is row 1);
/// <c>$</c> for the document as a whole.
/// </param>
/// <param name="Code">A stable code, e.g. <c>DATE_BEFORE_START</c> (see <see cref="InputErrorCodes"/>).</param>
/// <param name="Message">What is wrong, in English; never contains values from a case (no personal data).</param>
public sealed record InputError(string Path, string Code, string Message);
