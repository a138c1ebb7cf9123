using System.Text;
using Wcwidth;

namespace RulesCore.Cli;

/// <summary>
/// Text measured as a terminal shows it: CJK, other East Asian wide characters and emoji take two columns, combining
/// marks none. Wrapping breaks English at spaces and Chinese between characters (never before closing punctuation such
/// as "，" or "）").
/// </summary>
internal static class Columns
{
    /// <summary>How many terminal columns <paramref name="text"/> takes.</summary>
    public static int Width(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Width(rune);
        }

        return width;
    }

    /// <summary>
    /// How many terminal columns <paramref name="rune"/> takes, by the Unicode tables (Wcwidth): 2 for East Asian wide
    /// and fullwidth characters and emoji, 0 for combining marks and zero-width characters (and for a control character,
    /// which never reaches a terminal unescaped), 1 for the rest.
    /// </summary>
    public static int Width(Rune rune) => Math.Max(UnicodeCalculator.GetWidth(rune), 0);

    /// <summary><paramref name="text"/> cut to at most <paramref name="width"/> columns, ending in "…" when cut.</summary>
    public static string Truncate(string text, int width)
    {
        if (Width(text) <= width)
        {
            return text;
        }

        var result = new StringBuilder();
        var used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (used + Width(rune) > width - 1)
            {
                break;
            }

            result.Append(rune.ToString());
            used += Width(rune);
        }

        return result.Append('…').ToString();
    }

    /// <summary><paramref name="text"/> in lines of at most <paramref name="width"/> columns (at least one line).</summary>
    public static IReadOnlyList<string> Wrap(string text, int width) => Wrap(text, width, prose: false);

    /// <summary>
    /// Prose (the help) in lines of at most <paramref name="width"/> columns: as <see cref="Wrap(string, int)"/>, and no
    /// line ends in opening punctuation ("（", "“") or starts with a closing quotation mark ("”").
    /// </summary>
    public static IReadOnlyList<string> WrapProse(string text, int width) => Wrap(text, width, prose: true);

    private static IReadOnlyList<string> Wrap(string text, int width, bool prose)
    {
        width = Math.Max(width, 2);
        var lines = new List<string>();
        var line = new StringBuilder();
        var used = 0;
        foreach (var (token, spaceBefore) in Tokens(text, prose))
        {
            var tokenWidth = Width(token);
            var gap = spaceBefore && used > 0 ? 1 : 0;
            if (used > 0 && used + gap + tokenWidth > width)
            {
                lines.Add(line.ToString());
                line.Clear();
                used = 0;
                gap = 0;
            }

            if (tokenWidth > width)
            {
                // Longer than a line (a URL, a long identifier): broken where the line ends.
                foreach (var rune in token.EnumerateRunes())
                {
                    if (used + Width(rune) > width)
                    {
                        lines.Add(line.ToString());
                        line.Clear();
                        used = 0;
                    }

                    line.Append(rune.ToString());
                    used += Width(rune);
                }

                continue;
            }

            if (gap > 0)
            {
                line.Append(' ');
            }

            line.Append(token);
            used += gap + tokenWidth;
        }

        lines.Add(line.ToString());
        return lines;
    }

    /// <summary>
    /// What a line may break between: English words, single wide characters (with the closing punctuation after them;
    /// in prose, also with the opening punctuation before them).
    /// </summary>
    private static IEnumerable<(string Token, bool SpaceBefore)> Tokens(string text, bool prose)
    {
        var token = new StringBuilder();
        var spaceBefore = false;
        var pendingSpace = false;
        var tokenIsWide = false;
        var afterOpening = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                if (token.Length > 0)
                {
                    yield return (token.ToString(), spaceBefore);
                    token.Clear();
                }

                pendingSpace = true;
                continue;
            }

            var wide = Width(rune) == 2;
            var closing = "，。、；：！？）」』》】〕,.;:!?)".Contains(rune.ToString(), StringComparison.Ordinal) || (prose && "”’".Contains(rune.ToString(), StringComparison.Ordinal));
            var startsNew = token.Length > 0 && !pendingSpace && !closing && !afterOpening && (wide || tokenIsWide);
            if (token.Length > 0 && (pendingSpace || startsNew))
            {
                yield return (token.ToString(), spaceBefore);
                token.Clear();
            }

            if (token.Length == 0)
            {
                spaceBefore = pendingSpace;
                tokenIsWide = wide;
            }
            else if (afterOpening)
            {
                // What follows the opening punctuation decides where the token may break next.
                tokenIsWide = wide;
            }

            token.Append(rune.ToString());
            pendingSpace = false;
            afterOpening = prose && "（「『《【〔“‘(".Contains(rune.ToString(), StringComparison.Ordinal);
        }

        if (token.Length > 0)
        {
            yield return (token.ToString(), spaceBefore);
        }
    }
}
