using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Errors;

/// <summary>
/// The known name nearest to a misspelt one — a property, an enum value, a policy parameter, a rule id or finding code, a
/// command or option of <c>rulescore</c> — for the "did you mean" of an error. One source: the library's errors use it,
/// and the CLI compiles this same file (it is internal in both).
/// </summary>
internal static class Spelling
{
    /// <summary>Names longer than this get no suggestion: no known name is that long, and the work stays small.</summary>
    internal const int MaxLength = 100;

    /// <summary>
    /// The known name nearest to <paramref name="given"/>, compared case-insensitively by Damerau–Levenshtein distance
    /// (adjacent letters swapped count one edit): only when it is at most max(1, length / 3) edits away and no other
    /// known name is as near; otherwise <see langword="null"/>.
    /// </summary>
    public static string? Nearest(string given, IEnumerable<string> known)
    {
        if (string.IsNullOrEmpty(given) || given.Length > MaxLength)
        {
            return null;
        }

        var bound = Math.Max(1, given.Length / 3);
        var lower = given.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var name in known.Distinct(StringComparer.Ordinal))
        {
            if (name.Length == 0 || Math.Abs(name.Length - given.Length) > bound)
            {
                continue;
            }

            var distance = Distance(lower, name.ToLowerInvariant());
            if (distance > bound || distance > bestDistance)
            {
                continue;
            }

            tie = distance == bestDistance;
            bestDistance = distance;
            best = name;
        }

        return tie ? null : best;
    }

    /// <summary>
    /// " Did you mean <c>X</c>?" after an English message and "是否应为 <c>X</c>？" after a Chinese one, for the name
    /// nearest to <paramref name="given"/>; empty texts when there is none.
    /// </summary>
    public static LocalizedText DidYouMean(string given, IEnumerable<string> known) =>
        Nearest(given, known) is { } nearest ? new LocalizedText($"是否应为 {nearest}？", $" Did you mean {nearest}?") : None;

    private static readonly LocalizedText None = new(string.Empty, string.Empty);

    /// <summary>The optimal string alignment distance: insertions, deletions, substitutions and swaps of adjacent characters.</summary>
    internal static int Distance(string a, string b)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, previous2[j - 2] + 1);
                }

                current[j] = d;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
