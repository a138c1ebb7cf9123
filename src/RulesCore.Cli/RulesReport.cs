using System.Globalization;
using RulesCore.Settlement;

namespace RulesCore.Cli;

/// <summary><c>rulescore rules</c> as text: the rules by cause, each with its description, priority, basis, findings and scope.</summary>
internal static class RulesReport
{
    public static void Write(Output o, IReadOnlyList<RuleInfo> rules)
    {
        foreach (var group in rules.GroupBy(r => r.Cause).OrderBy(g => g.Key))
        {
            o.Writer.WriteLine(o.Bold(TextReport.CauseName(o, group.Key)));
            foreach (var r in group)
            {
                o.Writer.WriteLine($"  {r.Id}");
                o.Writer.WriteLine($"      {r.Description.In(o.Language)}");
                o.Writer.WriteLine("      " + o.T("优先级：", "priority: ") + r.Priority.ToString(CultureInfo.InvariantCulture));
                o.Writer.WriteLine("      " + o.T("依据：", "basis: ") + r.Basis.In(o.Language));
                if (r.Findings.Count > 0)
                {
                    o.Writer.WriteLine("      " + o.T("发现：", "findings: ") + string.Join(", ", r.Findings));
                }

                if (TextReport.Scope(o, r) is { } scope)
                {
                    o.Writer.WriteLine("      " + scope);
                }

                if (r.Assembly != typeof(SettlementEvaluator).Assembly.GetName().Name)
                {
                    o.Writer.WriteLine("      " + o.T("来自：", "from: ") + Output.Escape(r.Assembly));
                }
            }

            o.Writer.WriteLine();
        }
    }
}
