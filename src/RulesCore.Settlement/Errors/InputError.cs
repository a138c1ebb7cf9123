using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Errors;

/// <summary>
/// One problem with an input document — a case, a policy pack or a hospital directory: where, what kind, and what is wrong,
/// in both supported languages (<see cref="Text"/>). Every reader and validator of RulesCore reports problems this way
/// (see <see cref="InvalidInputException"/>).
/// </summary>
/// <param name="Path">
/// The JSON path of the field, without a leading <c>$.</c>: <c>filings[0].validUntil</c> in a case,
/// <c>parameters.filingValidityDays[0].value</c> in a policy pack, <c>[3].region</c> in a JSON hospital directory;
/// in a CSV hospital directory the row and column, <c>row 12, column 3 (region)</c> (the header is row 1);
/// <c>$</c> for the document as a whole.
/// </param>
/// <param name="Code">A stable code, e.g. <c>DATE_BEFORE_START</c> (see <see cref="InputErrorCodes"/>).</param>
/// <param name="Message">
/// What is wrong, in English (<see cref="Text"/> has it in Chinese too); never contains personal data from a case.
/// Setting it (<c>with { Message = … }</c>) replaces the text in both languages: the Chinese then says what
/// <see cref="Code"/> means.
/// </param>
public sealed record InputError(string Path, string Code, string Message)
{
    private readonly string _message = Message;
    private readonly LocalizedText? _text;

    /// <summary>Creates an error worded in both languages; <see cref="Message"/> is <paramref name="text"/>'s English.</summary>
    /// <param name="path">The path of the field (see <see cref="Path"/>).</param>
    /// <param name="code">A stable code (see <see cref="InputErrorCodes"/>).</param>
    /// <param name="text">What is wrong, in Chinese and English, carrying the same information.</param>
    public InputError(string path, string code, LocalizedText text)
        : this(path, code, (text ?? throw new ArgumentNullException(nameof(text))).English) => _text = text;

    /// <summary>Gets what is wrong, in English (the same as <c>Text.English</c>).</summary>
    public string Message
    {
        get => _message;
        init
        {
            _message = value;
            _text = null;
        }
    }

    /// <summary>
    /// Gets what is wrong in both languages, each with the same details (allowed values, known names and the nearest one
    /// to a misspelt name, limits, dates): <c>Text.In(language)</c> is the message for a reader of that language
    /// (<see cref="Languages"/>). An error created with an English message only says in Chinese what its
    /// <see cref="Code"/> means.
    /// </summary>
    public LocalizedText Text => _text ?? new LocalizedText(InputErrorText.Chinese(Code, _message), _message);

    /// <summary>
    /// Whether <paramref name="other"/> is the same problem: the same <see cref="Path"/>, <see cref="Code"/> and
    /// <see cref="Message"/> (the Chinese says the same as the English, so it is not compared).
    /// </summary>
    /// <param name="other">The other error.</param>
    /// <returns><see langword="true"/> if they are the same problem.</returns>
    public bool Equals(InputError? other) =>
        other is not null && Path == other.Path && Code == other.Code && _message == other._message;

    /// <inheritdoc />
    public override int GetHashCode() => (Path, Code, _message).GetHashCode();

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Path = ").Append(Path).Append(", Code = ").Append(Code).Append(", Message = ").Append(_message);
        return true;
    }
}
