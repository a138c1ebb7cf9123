namespace RulesCore.Cli;

/// <summary>Rows of text in left-aligned columns, measured as a terminal shows them.</summary>
internal static class TextTable
{
    /// <summary>Left-aligned columns; the last column is not padded (it may hold long or CJK text).</summary>
    public static void Write(TextWriter w, string[] header, List<string[]> rows)
    {
        rows = rows.Select(row => row.Select(Output.Escape).ToArray()).ToList();
        var widths = new int[header.Length];
        foreach (var row in rows.Prepend(header))
        {
            for (var i = 0; i < row.Length - 1; i++)
            {
                widths[i] = Math.Max(widths[i], Columns.Width(row[i]));
            }
        }

        foreach (var row in rows.Prepend(header))
        {
            var line = "  ";
            for (var i = 0; i < row.Length; i++)
            {
                line += i < row.Length - 1 ? row[i] + new string(' ', widths[i] - Columns.Width(row[i]) + 2) : row[i];
            }

            w.WriteLine(line.TrimEnd());
        }
    }
}
