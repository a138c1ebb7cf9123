using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Cli;

/// <summary>Why a rule did not fire, as text a cashier reads.</summary>
internal static class WhyNotReport
{
    /// <summary>
    /// Why a rule did not fire (or a finding was not raised), as a cashier reads it: the outcome, then for each rule its
    /// patterns, each candidate and what stopped it, and the rules behind a missing derived fact, indented under it.
    /// </summary>
    public static void WhyNot(Output o, string file, SettlementCase c, WhyNot answer)
    {
        var w = o.Writer;
        var asked = Output.Escape(answer.Asked);
        var raised = answer.Decision.Findings.Any(f => f.Code == answer.Asked);
        w.WriteLine(o.Bold(answer.Rules.Count == 1 && answer.Rules[0].Rule == answer.Asked
            ? o.T($"为什么规则 {asked} 没有触发？", $"Why did rule {asked} not fire?")
            : o.T($"为什么没有 {asked}？", $"Why is there no {asked}?")));
        w.WriteLine(TextReport.Headline(o, answer.Decision));
        w.WriteLine(o.T("病例文件：", "case: ") + Output.Escape(file));
        w.WriteLine(TextReport.Regions(o, c));
        if (raised)
        {
            w.WriteLine(o.T($"本次判断已经发出 {asked}（见 rulescore explain）。", $"This decision does raise {asked} (see rulescore explain)."));
        }

        foreach (var rule in answer.Rules)
        {
            w.WriteLine();
            Diagnosis(o, rule, "");
        }
    }

    private static void Diagnosis(Output o, RuleDiagnosis rule, string indent)
    {
        var w = o.Writer;
        var status = rule.Status switch
        {
            RuleStatus.Fired => o.T("已触发", "fired"),
            RuleStatus.OutOfScope => o.T("不适用于本次就医（地区或日期范围之外），未参与判断", "does not apply to this visit (out of its regions or dates) and took no part"),
            _ => o.T("未触发", "did not fire"),
        };
        w.WriteLine(indent + o.Bold(o.T($"规则 {rule.Rule}：{status}。", $"Rule {rule.Rule}: {status}.")));
        w.WriteLine(indent + "  " + Output.Escape(rule.Description));
        if (rule.Patterns.Count > 0)
        {
            w.WriteLine(indent + "  " + o.T("它依次要求：", "It requires, in order: ")
                + string.Join(o.T("；", "; "), rule.Patterns.Select((p, i) => $"{i + 1}. {Output.Escape(p)}")));
        }

        foreach (var firing in rule.Firings)
        {
            w.WriteLine(indent + "  " + o.T("触发于：", "Fired on: ") + Output.Escape(string.Join(o.T("、", ", "), firing.Select(r => TextReport.FactName(o, r)))));
        }

        foreach (var candidate in rule.Candidates)
        {
            var who = candidate.Facts.Count == 0 ? string.Empty : Output.Escape(string.Join(o.T("、", ", "), candidate.Facts.Select(r => TextReport.FactName(o, r)))) + o.T("：", ": ");
            var where = candidate.PatternsPassed == 0
                ? o.T("停在第 1 步", "stopped at step 1")
                : o.T($"通过了前 {candidate.PatternsPassed} 步，停在第 {candidate.PatternsPassed + 1} 步", $"passed {candidate.PatternsPassed} step(s), stopped at step {candidate.PatternsPassed + 1}");
            w.WriteLine(indent + "  - " + who + where + o.T("：", ":"));
            foreach (var stop in candidate.Stops)
            {
                var source = stop.Evidence == Evidence.Engine ? o.T("（NRules 求值）", " (evaluated by NRules)") : o.T("（按规则定义推算）", " (computed from the rule definition)");
                w.WriteLine(indent + "      " + Output.Escape(stop.Text) + source);
            }
        }

        foreach (var partial in rule.Partial)
        {
            w.WriteLine(indent + "  " + o.T("不完整：", "Partial: ") + Output.Escape(partial));
        }

        if (rule.DependsOn.Count > 0)
        {
            w.WriteLine(indent + "  " + o.T("它是否触发取决于未知的事实：", "Whether it fires depends on unknown facts: ") + string.Join(", ", rule.DependsOn)
                + o.T("（以上按最坏的可能情形说明）", " (the above is for the worst possibility)"));
        }

        if (rule.Because.Count > 0)
        {
            w.WriteLine(indent + "  " + o.T("缺少的推导事实由以下规则产生：", "The derived facts it lacks come from:"));
            foreach (var producer in rule.Because)
            {
                Diagnosis(o, producer, indent + "    ");
            }
        }
    }
}
