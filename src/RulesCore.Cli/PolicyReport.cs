using System.Globalization;
using RulesCore.Settlement;
using RulesCore.Settlement.Policies;

namespace RulesCore.Cli;

/// <summary><c>rulescore policy</c> as text: the policy in force, as a table that fits a terminal.</summary>
internal static class PolicyReport
{
    /// <summary>The widest a policy table gets, in terminal columns.</summary>
    public const int Width = 100;

    /// <summary>
    /// The policy in force, at most <see cref="Width"/> columns wide: per parameter a row with its title and its value in words
    /// (a long value wraps in its column), then its level, confidence and source on an indented line that wraps.
    /// </summary>
    public static void Write(Output o, ResolvedPolicy policy)
    {
        var w = o.Writer;
        w.WriteLine(o.Bold($"{policy.Region.Describe(o.Language)} — {policy.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"));
        const string Indent = "  ";
        const string DetailIndent = "      ";
        var header = (Name: o.T("参数", "parameter"), Value: o.T("取值", "value"), Detail: o.T("层级，可信度：来源", "level, confidence: source"));
        var rows = policy.Values.Select(v => (
            Name: Output.Escape(v.Parameter.Title.In(o.Language)),
            Value: Output.Escape(v.Entry.FormatValue(o.Language)),
            Detail: Output.Escape(LevelName(o, v.Level) + (v.Pack.Region is { } r ? " " + r.Describe(o.Language) : string.Empty)
                + o.T("，", ", ") + ConfidenceName(o, v.Entry.Confidence) + o.T("：", ": ") + v.Entry.Source.In(o.Language)))).ToList();

        // The name column is as wide as the longest name, but leaves the value at least 36 columns (longer names are cut).
        var valueMin = 36;
        var nameWidth = Math.Min(rows.Select(r => Columns.Width(r.Name)).Append(Columns.Width(header.Name)).Max(), Width - Indent.Length - 2 - valueMin);
        var valueWidth = Width - Indent.Length - nameWidth - 2;
        var valueIndent = new string(' ', Indent.Length + nameWidth + 2);
        foreach (var row in rows.Prepend(header))
        {
            var name = Columns.Truncate(row.Name, nameWidth);
            var values = Columns.Wrap(row.Value, valueWidth);
            w.WriteLine((Indent + name + new string(' ', nameWidth - Columns.Width(name) + 2) + values[0]).TrimEnd());
            foreach (var more in values.Skip(1))
            {
                w.WriteLine(valueIndent + more);
            }

            foreach (var detail in Columns.Wrap(row.Detail, Width - DetailIndent.Length))
            {
                w.WriteLine(DetailIndent + detail);
            }
        }
    }

    private static string ConfidenceName(Output o, Confidence confidence) => confidence switch
    {
        Confidence.Stated => o.T("来源明确", "stated"),
        Confidence.National => o.T("全国规定", "national"),
        _ => o.T("低", "low"),
    };

    private static string LevelName(Output o, PolicyLevel level) => level switch
    {
        PolicyLevel.National => o.T("全国", "national"),
        PolicyLevel.Province => o.T("省级", "province"),
        _ => o.T("市级", "city"),
    };
}
