namespace RulesCore.Settlement.Model;

/// <summary>
/// The limits every case must meet, whichever door it comes through (the C# API or the JSON reader): validation
/// enforces them, the JSON reader and the <c>rulescore</c> command use the same values.
/// </summary>
public static class CaseLimits
{
    /// <summary>The longest id or code (filing and hospital ids, item codes), in characters.</summary>
    public const int MaxIdLength = 256;

    /// <summary>The longest free text (the person's name and ID number, the hospital's name, an item's description), in characters.</summary>
    public const int MaxTextLength = 1024;

    /// <summary>The most filings, qualifications, opened conditions or designated hospitals in one list.</summary>
    public const int MaxFilings = 1_000;

    /// <summary>The most items of an encounter.</summary>
    public const int MaxItems = 10_000;

    /// <summary>The largest amount of an item.</summary>
    public const decimal MaxAmount = 1_000_000_000m;

    /// <summary>The earliest date accepted anywhere: in a case, as <see cref="EvaluationOptions.AsOf"/>, on the command line.</summary>
    public static DateTime MinDate { get; } = new(1900, 1, 1);

    /// <summary>The latest date accepted anywhere.</summary>
    public static DateTime MaxDate { get; } = new(2999, 12, 31);

    /// <summary>Whether a date lies between <see cref="MinDate"/> and <see cref="MaxDate"/> (the time of day is ignored).</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether it is accepted.</returns>
    public static bool IsInDateRange(DateTime date) => date.Date >= MinDate && date.Date <= MaxDate;

    /// <summary>
    /// Whether a character may not appear in an id or code, and is escaped by text output: C0 and C1 control
    /// characters, DEL, Unicode format characters (bidirectional overrides, zero-width characters) and the line and
    /// paragraph separators — characters that can move a terminal's cursor, recolour or hide text.
    /// </summary>
    /// <param name="c">The character.</param>
    /// <returns>Whether it is a control character in this sense.</returns>
    public static bool IsControlCharacter(char c) =>
        char.IsControl(c) || (c > '\u007f' && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format
            or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator);

    /// <summary>
    /// Text from input made safe for a terminal or a log: every control character (<see cref="IsControlCharacter"/>) is
    /// written as <c>\uXXXX</c> (ESC as <c>\u001B</c>), so the text can neither move the cursor, clear, retitle or recolour
    /// the screen, nor hide or reorder what is around it. Text without one is returned as it is.
    /// </summary>
    /// <param name="text">The text; <see langword="null"/> gives the empty string.</param>
    /// <returns>The escaped text.</returns>
    public static string EscapeControlCharacters(string? text)
    {
        if (text is null || !HasControlCharacter(text))
        {
            return text ?? string.Empty;
        }

        var safe = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsControlCharacter(c))
            {
                safe.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                safe.Append(c);
            }
        }

        return safe.ToString();
    }

    /// <summary>
    /// A property name as an error's path shows it: at most <paramref name="max"/> characters, then "…" — cut between
    /// two characters, never inside a surrogate pair (half a pair is not text: a JSON writer or a terminal would
    /// replace it).
    /// </summary>
    internal static string Shown(string name, int max = 64)
    {
        if (name.Length <= max)
        {
            return name;
        }

        var cut = char.IsHighSurrogate(name[max - 1]) && char.IsLowSurrogate(name[max]) ? max - 1 : max;
        return name.Substring(0, cut) + "…";
    }

    internal static bool HasControlCharacter(string text)
    {
        foreach (var c in text)
        {
            if (IsControlCharacter(c))
            {
                return true;
            }
        }

        return false;
    }
}
