using RulesCore.Settlement.Model;

namespace RulesCore.NationalPlatform.Codes;

/// <summary>
/// The rows in force for one insured province: the shipped national rows, then the integrator's tables for every
/// insured region, then those for the province — each layer's row replacing (or, with a null value, withdrawing) the
/// row of the same table and code below it.
/// </summary>
internal sealed class CodeLookup
{
    private readonly Dictionary<(CodeTable, string), CodeRow> _rows = new();
    private readonly List<CodeRow> _patterns = new();

    public CodeLookup(IEnumerable<PlatformCodeTables> layers)
    {
        foreach (var layer in layers)
        {
            foreach (var row in layer.Rows)
            {
                _rows[(row.Table, row.Code)] = row;
            }
        }

        foreach (var row in _rows.Values)
        {
            if (row.Table == CodeTable.InsuredArea && row.Code.IndexOf('x') >= 0 && row.Value is not null)
            {
                _patterns.Add(row);
            }
        }

        // The most specific pattern first (fewest x), then by code: the same code always finds the same row.
        _patterns.Sort((a, b) => a.Code.Count(c => c == 'x') != b.Code.Count(c => c == 'x')
            ? a.Code.Count(c => c == 'x').CompareTo(b.Code.Count(c => c == 'x'))
            : string.CompareOrdinal(a.Code, b.Code));
    }

    /// <summary>The row of a code, or <see langword="null"/> when no layer has it (or the top one withdrew it).</summary>
    public CodeRow? Find(CodeTable table, string code) =>
        _rows.TryGetValue((table, code), out var row) && row.Value is not null ? row : null;

    /// <summary>The known codes of a table (for an error's list of what is allowed), in ordinal order.</summary>
    public IReadOnlyList<CodeRow> Known(CodeTable table) =>
        _rows.Values.Where(r => r.Table == table && r.Value is not null).OrderBy(r => r.Code, StringComparer.Ordinal).ToList();

    /// <summary>
    /// The condition of an <c>opsp_dise_code</c>: the row of the whole code, else of its category (its first four
    /// characters); <see langword="null"/> when neither is known.
    /// </summary>
    public CodeRow? Condition(string code) =>
        Find(CodeTable.ConditionCode, code) ?? (code.Length > 4 ? Find(CodeTable.ConditionCode, code.Substring(0, 4)) : null);

    /// <summary>
    /// An insured area normalised: the row of the whole code, else the first pattern that matches it; the region and the
    /// row used, or the code itself and no row.
    /// </summary>
    public (string Area, CodeRow? Row) Area(string code)
    {
        if (Find(CodeTable.InsuredArea, code) is { } exact)
        {
            return (exact.Value!, exact);
        }

        if (code.Length == 6 && code.All(c => c is >= '0' and <= '9'))
        {
            foreach (var pattern in _patterns)
            {
                if (Matches(pattern.Code, code))
                {
                    var value = pattern.Value!.ToCharArray();
                    for (var i = 0; i < 6; i++)
                    {
                        if (pattern.Code[i] == 'x')
                        {
                            value[i] = code[i];
                        }
                    }

                    return (new string(value), pattern);
                }
            }
        }

        return (code, null);
    }

    private static bool Matches(string pattern, string code)
    {
        for (var i = 0; i < 6; i++)
        {
            if (pattern[i] != 'x' && pattern[i] != code[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The layers for an insured province: national, the integrator's for every region, the province's.</summary>
    public static IEnumerable<PlatformCodeTables> Layers(IReadOnlyList<PlatformCodeTables> added, RegionCode? province)
    {
        yield return PlatformCodeTables.National;
        if (added.LastOrDefault(t => t.Province is null) is { } everywhere)
        {
            yield return everywhere;
        }

        if (province is { } p && added.LastOrDefault(t => t.Province == p) is { } own)
        {
            yield return own;
        }
    }
}
