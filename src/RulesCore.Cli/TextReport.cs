using System.Globalization;
using RulesCore.Settlement;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Errors;

namespace RulesCore.Cli;

/// <summary>Text a cashier can read: the outcome first, findings as a table, remedies as a checklist.</summary>
internal static class TextReport
{
    /// <summary>The decision's verdict ("直接结算"…), painted by its outcome.</summary>
    public static string OutcomeLine(Output o, SettlementDecision d) => Painted(o, d, d.Verdict);

    private static string Painted(Output o, SettlementDecision d, string text) =>
        o.Paint(Output.Escape(text), d.Outcome switch { Outcome.Direct => "32;1", Outcome.DirectReducedRate => "33;1", _ => "31;1" });

    /// <summary>The heading of a group of remedies: what to do now, the claim route, what helps next time.</summary>
    private static string RoleHeading(Output o, RemedyRole role, bool beforeVisit) => role switch
    {
        RemedyRole.Fix => beforeVisit ? o.T("就医前可以办的（改变本次就医的结果）：", "Before the visit (changes this visit's outcome):") : o.T("现在还能办的（改变本次就医的结果）：", "Still possible now (changes this visit's outcome):"),
        RemedyRole.Claim => beforeVisit ? o.T("如果办不好仍去就医（报销途径）：", "If you go without it (to be reimbursed):") : o.T("报销途径：", "To be reimbursed:"),
        _ => o.T("今后就医：", "For later visits:"),
    };

    /// <summary>A remedy's role as a short tag before its text.</summary>
    private static string RoleTag(Output o, RemedyRole role) => role switch
    {
        RemedyRole.Fix => o.T("【本次】", "[this visit] "),
        RemedyRole.Claim => o.T("【报销】", "[claim] "),
        _ => o.T("【今后】", "[next time] "),
    };

    /// <summary>Findings as a cashier reads them: what caps the outcome first, then warnings, then notes.</summary>
    private static IEnumerable<Finding> ByWeight(SettlementDecision d) =>
        d.Findings.OrderBy(f => f.Caps is null ? 1 : 0).ThenBy(f => f.Severity == Severity.Warning ? 0 : 1);

    /// <summary>The decision's headline, fitting the moment it was judged at (asked before the visit: as things stand).</summary>
    internal static string Headline(Output o, SettlementDecision d) => Painted(o, d, d.Headline);

    /// <summary>
    /// What a partial case leaves to check, most consequential first: what, where, and the outcome if the answer is
    /// unfavourable; or that its unknown facts cannot change the outcome.
    /// </summary>
    private static void Checks(Output o, SettlementDecision d)
    {
        if (d.PossibleOutcomes is null)
        {
            return;
        }

        var w = o.Writer;
        if (d.Checks.Count == 0)
        {
            w.WriteLine(o.T("未知的事实不影响这个结果。", "The unknown facts cannot change this outcome."));
            return;
        }

        w.WriteLine();
        w.WriteLine(o.Bold(o.T("还需核实：", "Still to check:")));
        foreach (var check in d.Checks)
        {
            w.WriteLine("  [ ] " + Output.Escape(check.Text) + o.T("。", "."));
            w.WriteLine("      " + o.T("在哪里：", "where: ") + Output.Escape(check.Where) + o.T("；如果不利：", "; if unfavourable: ") + CapName(o, check.WorstIfUnfavourable));
        }

        if (!d.PossibleOutcomes.Exhaustive)
        {
            w.WriteLine("  " + o.T("（未知事实太多，部分只按最好和最坏的情形估计。）", "(Too many unknown facts: some were tried at their best and worst only.)"));
        }
    }

    /// <summary>"未发现问题" — or, for a partial case, that no finding is certain.</summary>
    private static string NoFindings(Output o, SettlementDecision d) => d.PossibleOutcomes is null
        ? o.T("未发现问题。", "No findings.")
        : o.T("没有无论未知事实如何都成立的问题。", "No finding holds whatever the unknown facts are.");

    /// <summary>The findings' heading: for a partial case, the certain ones.</summary>
    private static string FindingsHeading(Output o, SettlementDecision d) => d.PossibleOutcomes is null
        ? o.T("发现", "Findings")
        : o.T("确定的问题（无论未知事实如何）", "Certain findings (whatever the unknown facts are)");

    public static void Decision(Output o, string file, SettlementCase c, SettlementDecision d)
    {
        var w = o.Writer;
        w.WriteLine(Headline(o, d));
        w.WriteLine(o.T("病例文件：", "case: ") + Output.Escape(file));
        w.WriteLine(Regions(o, c));
        Checks(o, d);
        if (d.Findings.Count == 0)
        {
            w.WriteLine(NoFindings(o, d));
        }
        else
        {
            w.WriteLine();
            w.WriteLine(o.Bold(FindingsHeading(o, d)));
            // Codes are for programs (the decision document); a reader gets each finding's title.
            var rows = ByWeight(d).Select(f => new[] { CauseName(o, f.Cause), f.Title, SeverityName(o, f), f.Message }).ToList();
            TextTable.Write(w, new[] { o.T("原因", "cause"), o.T("问题", "finding"), o.T("级别", "severity"), o.T("说明", "message") }, rows);
        }

        var remedies = ByWeight(d).SelectMany(f => f.Remedies).GroupBy(r => r.Code).Select(g => g.First()).ToList();
        var noFix = ByWeight(d).Where(f => f.NoFix is not null).ToList();
        if (remedies.Count > 0 || noFix.Count > 0)
        {
            w.WriteLine();
            w.WriteLine(o.Bold(o.T("怎么办", "What to do")));
            foreach (var group in remedies.GroupBy(r => r.Role).OrderBy(g => g.Key))
            {
                w.WriteLine("  " + RoleHeading(o, group.Key, d.AskedBeforeVisit));
                foreach (var r in group)
                {
                    w.WriteLine($"    [ ] {r.Text}");
                }
            }

            if (noFix.Count > 0)
            {
                w.WriteLine("  " + o.T("本次就医无法补救的：", "What cannot be fixed for this visit:"));
                foreach (var f in noFix.GroupBy(f => f.NoFix).Select(g => g.First()))
                {
                    w.WriteLine("    - " + Output.Escape(f.NoFix!));
                }
            }
        }

        if (d.SelfPayItems.Count > 0)
        {
            w.WriteLine();
            w.WriteLine(o.T("自费项目：", "Self-paid items: ") + Output.Escape(string.Join(", ", d.SelfPayItems)));
        }
    }

    public static void Explain(Output o, string file, SettlementCase c, SettlementDecision d, IReadOnlyList<RuleInfo> rules)
    {
        var w = o.Writer;
        w.WriteLine(Headline(o, d));
        w.WriteLine(o.T("病例文件：", "case: ") + Output.Escape(file));
        w.WriteLine(Regions(o, c));
        Checks(o, d);
        w.WriteLine();
        if (d.Findings.Count == 0)
        {
            w.WriteLine(d.PossibleOutcomes is null
                ? o.T("没有任何规则发现问题：本次就医可以直接结算。", "No rule found a problem: this visit settles directly.")
                : NoFindings(o, d));
        }

        var byId = rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var n = 0;
        foreach (var f in ByWeight(d))
        {
            n++;
            w.WriteLine(o.Bold($"{n}. {Output.Escape(Capitalized(f.Title))}") + o.T("（", " (") + CauseName(o, f.Cause) + o.T("，", ", ") + SeverityName(o, f, explained: true)
                + (f.Caps is { } caps and not Outcome.DirectReducedRate ? o.T("：", ": ") + CapName(o, caps) : string.Empty) + o.T("）", ")"));
            w.WriteLine("   " + Output.Escape(f.Message));
            var rule = byId.TryGetValue(f.Rule, out var info) ? info.Description.In(o.Language) : string.Empty;
            w.WriteLine("   " + o.T("为什么：依据", "Why (") + Output.Escape(string.Join(o.T("、", ", "), f.Facts.Select(r => FactName(o, r))))
                + o.T("：", "): ") + rule);
            w.WriteLine("   " + o.T("依据：", "Basis: ") + Output.Escape(f.Basis));
            if (f.Remedies.Count > 0)
            {
                w.WriteLine("   " + o.T("怎么办：", "What to do:"));
                foreach (var r in f.Remedies)
                {
                    w.WriteLine("     [ ] " + RoleTag(o, r.Role) + r.Text);
                }
            }

            if (f.NoFix is { } why)
            {
                w.WriteLine("   " + o.T("本次就医无法补救：", "Cannot be fixed for this visit: ") + Output.Escape(why));
            }

            w.WriteLine();
        }

        if (d.SelfPayItems.Count > 0)
        {
            w.WriteLine(o.T("自费项目：", "Self-paid items: ") + Output.Escape(string.Join(", ", d.SelfPayItems)));
        }

        var covering = d.Trace.Where(t => t.Rule == "filing.covers").SelectMany(t => t.Facts.Skip(1)).ToArray();
        if (covering.Length > 0)
        {
            w.WriteLine(o.T("覆盖本次就医的备案：", "Filing covering the visit: ") + Output.Escape(string.Join(o.T("、", ", "), covering.Select(r => FactName(o, r)))));
        }

        w.WriteLine(d.PossibleOutcomes is null
            ? o.T("触发的规则（按顺序；这些编号可用于 --why-not）：", "Rules that fired, in order (ids for --why-not): ") + string.Join(", ", d.Trace.Select(t => t.Rule))
            : o.T("病例有未知的事实：结论来自它们的多种可能，没有单一的规则触发顺序（可用 --why-not 查看某条规则）。",
                "The case has unknown facts: the answer comes from their possible values, with no single order of rules fired (ask --why-not about a rule)."));
        var outOfScope = rules.Where(r => !r.AppliesTo(c)).ToList();
        if (outOfScope.Count > 0)
        {
            w.WriteLine(o.T("不适用于本次就医的规则（范围或日期之外）：", "Rules that do not apply to this visit (out of scope or out of date): ")
                + string.Join(", ", outOfScope.Select(r => r.Id + (Scope(o, r) is { } scope ? " (" + scope + ")" : string.Empty))));
        }
    }

    /// <summary>
    /// A plan as a patient follows it: the outcome now, then a numbered checklist — what to do, who, where, by when, and
    /// the outcome once that step and the ones before it are done — then what no step fixes, and the hospitals.
    /// </summary>
    public static void Plan(Output o, string file, SettlementCase c, SettlementPlan plan)
    {
        var w = o.Writer;
        w.WriteLine(Headline(o, plan.Current));
        w.WriteLine(o.T("病例文件：", "case: ") + Output.Escape(file));
        w.WriteLine(Regions(o, c));
        Checks(o, plan.Current);
        w.WriteLine();
        if (plan.Current.Outcome == Outcome.Direct)
        {
            w.WriteLine(o.Bold(o.T("本次就医可以直接结算，不需要再办什么。", "This visit settles directly: nothing to do.")));
        }
        else if (plan.Steps.Count == 0)
        {
            w.WriteLine(o.Bold(o.T("没有哪一步能改善本次就医的结算结果。", "No step can improve how this visit settles.")));
        }
        else
        {
            w.WriteLine(o.Bold(o.T($"按顺序办这 {plan.Steps.Count} 步，之后：", $"Do these {plan.Steps.Count} step(s) in order; then: ") + OutcomeLine(o, plan.Steps[plan.Steps.Count - 1].DecisionAfter)));
            for (var i = 0; i < plan.Steps.Count; i++)
            {
                var step = plan.Steps[i];
                w.WriteLine($"  {i + 1}. [ ] {Output.Escape(step.Text)}");
                w.WriteLine("         " + o.T("谁来办：", "who: ") + ActorName(o, step.Who) + o.T("；在哪里办：", "; where: ") + Output.Escape(step.Where));
                w.WriteLine("         " + o.T("截止：", "by: ") + (step.Before is { } before
                    ? o.T($"{before:yyyy-MM-dd}（含当天）", $"{before:yyyy-MM-dd} (inclusive)")
                    : o.T("出院前", "before discharge")));
                var left = step.DecisionAfter.Findings.Where(f => f.Caps is not null).Select(f => f.Title).Distinct().ToArray();
                w.WriteLine("         " + o.T("办完后：", "then: ") + OutcomeLine(o, step.DecisionAfter)
                    + (left.Length > 0 ? o.T("（仍有：", " (still: ") + string.Join(o.T("、", ", "), left) + o.T("）", ")") : string.Empty));
            }
        }

        if (plan.Unfixable.Count > 0)
        {
            w.WriteLine();
            w.WriteLine(o.Bold(o.T("办不了的：", "What no step fixes:")));
            foreach (var problem in plan.Unfixable)
            {
                w.WriteLine($"  - {Output.Escape(problem.Title)}{o.T("：", ": ")}{Output.Escape(problem.Reason)}");
            }
        }

        if (plan.Truncated)
        {
            w.WriteLine();
            w.WriteLine(o.Bold(o.T("搜索已达到工作量上限，以下情形未尝试：", "The search reached its limit; not tried:")));
            foreach (var line in plan.NotTried)
            {
                w.WriteLine("  - " + Output.Escape(line));
            }
        }

        if (plan.Hospitals.Count > 0)
        {
            w.WriteLine();
            w.WriteLine(o.Bold(o.T("能直接结算本次就医的医院（医院目录）：", "Hospitals where this visit settles directly (hospital directory):")));
            foreach (var h in plan.Hospitals)
            {
                w.WriteLine($"  - {Output.Escape(h.Id)} {Output.Escape(h.Name ?? string.Empty)}{o.T("，", ", ")}{h.Region.Describe(o.Language)}{o.T("：", ": ")}" + (h.Outcome == Outcome.Direct ? o.T("直接结算", "settles directly") : o.T($"直接结算，比例降低不超过 {h.RateReductionPoints} 个百分点", $"settles directly, ratio lowered by up to {h.RateReductionPoints} points")));
            }
        }
    }

    /// <summary>A title as a heading: its first letter in capitals (English titles are lower case, to sit inside sentences).</summary>
    private static string Capitalized(string title) => title.Length == 0 ? title : char.ToUpperInvariant(title[0]) + title.Substring(1);

    private static string ActorName(Output o, PlanActor who) => who switch
    {
        PlanActor.Patient => o.T("本人（网上办理）", "you, online"),
        PlanActor.InsuredRegionOffice => o.T("参保地医保经办机构", "the insured region's office"),
        _ => o.T("医院窗口或社保服务网点", "the hospital desk or a service point"),
    };

    /// <summary>Where the person is insured and where treated, by name: "参保地：长沙市（430100）；就医地：武汉市江汉区（420106）".</summary>
    internal static string Regions(Output o, SettlementCase c) =>
        o.T("参保地：", "insured in: ") + c.Person.InsuredRegion.Describe(o.Language) + o.T("；就医地：", "; treated in: ") + c.Hospital.Region.Describe(o.Language);

    public static void Errors(Output o, string file, IReadOnlyList<InputError> errors)
    {
        var w = o.Writer;
        w.WriteLine(o.Paint(o.T("病例无效，未作判断", "INVALID CASE — no decision"), "31;1"));
        w.WriteLine(o.T("病例文件：", "case: ") + Output.Escape(file));
        w.WriteLine();
        TextTable.Write(w, new[] { o.T("位置", "path"), o.T("代码", "code"), o.T("说明", "message") }, errors.Select(e => new[] { e.Path, e.Code, e.Text.In(o.Language) }).ToList());
    }

    /// <summary>Where and when a rule applies, if it is limited: "适用：参保地 广西壮族自治区（450000）；2025-01-01 至 2025-12-31".</summary>
    internal static string? Scope(Output o, RuleInfo r)
    {
        if (r.AppliesIn.Count == 0 && r.InForceFrom is null && r.InForceUntil is null)
        {
            return null;
        }

        var parts = r.AppliesIn.Select(a => (a.Role == RulesCore.Settlement.Rules.RegionRole.Insured ? o.T("参保地 ", "insured in ") : o.T("就医地 ", "treated in "))
            + (RegionCode.TryParse(a.Region, out var code) ? code.Describe(o.Language) : a.Region)).ToList();
        if (r.InForceFrom is not null || r.InForceUntil is not null)
        {
            parts.Add((r.InForceFrom is { } from ? Day(from) : "…") + o.T(" 至 ", " to ") + (r.InForceUntil is { } until ? Day(until) : "…"));
        }

        return o.T("适用：", "applies: ") + string.Join(o.T("；", "; "), parts);
    }

    private static string Day(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A fact reference in words: 备案 F1, 本次就诊, 项目 A01 (the reference itself is an identifier).</summary>
    internal static string FactName(Output o, string reference)
    {
        var colon = reference.IndexOf(':');
        var kind = colon < 0 ? reference : reference.Substring(0, colon);
        var id = colon < 0 ? string.Empty : reference.Substring(colon + 1);
        return kind switch
        {
            "encounter" => o.T("本次就诊", "the visit"),
            "hospital" => o.T("医院", "the hospital"),
            "person" => o.T("参保人", "the insured person"),
            "filing" => o.T("备案 ", "filing ") + id,
            "qualification" => o.T("门慢特资格 ", "qualification ") + id,
            "item" => o.T("项目 ", "item ") + id,
            "policy" => PolicyParameters.Find(id) is { } parameter ? o.T("政策“" + parameter.Title.Chinese + "”", "the policy \"" + parameter.Title.English + "\"") : o.T("政策参数 ", "policy ") + id,
            "credential" => id == "card" ? o.T("社保卡", "the card") : o.T("医保电子凭证", "the e-voucher"),
            _ => colon < 0 ? o.T("备案 ", "filing ") + reference : reference,
        };
    }

    /// <summary>The cause as a cashier says it: 备案, 医院, 待遇, 账户 (English: the contract's names).</summary>
    internal static string CauseName(Output o, Cause cause) => cause switch
    {
        Cause.Filing => o.T("备案", "filing"),
        Cause.Hospital => o.T("医院", "hospital"),
        Cause.Coverage => o.T("待遇", "coverage"),
        _ => o.T("账户", "account"),
    };

    /// <summary>What a finding means at the desk: a reduced rate still settles, so it is not shown as blocking.</summary>
    private static string SeverityName(Output o, Finding f, bool explained = false) => f.Caps switch
    {
        Outcome.DirectReducedRate => o.T("降低比例", "reduced rate"),
        not null => o.T("不能直接结算", explained ? "blocks direct settlement" : "blocking"),
        _ => f.Severity == Severity.Warning ? o.T("提醒", "warning") : o.T("说明", "info"),
    };

    private static string CapName(Output o, Outcome outcome) => outcome switch
    {
        Outcome.DirectReducedRate => o.T("降低比例直接结算", "settles directly at a reduced ratio"),
        Outcome.PayThenClaim => o.T("全额垫付后报销", "pay, then claim"),
        Outcome.NotReimbursable => o.T("不予报销", "not reimbursable"),
        _ => o.T("直接结算", "settles directly"),
    };
}
