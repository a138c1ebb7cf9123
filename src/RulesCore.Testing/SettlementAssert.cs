using System.Text;
using RulesCore.Settlement;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Testing;

/// <summary>
/// Assertions in the domain's terms. On failure they throw <see cref="SettlementAssertionException"/> with the
/// decision's outcome, findings and trace, so a failing test explains itself.
/// </summary>
public static class SettlementAssert
{
    /// <summary>Asserts the decision settles directly (<see cref="Outcome.Direct"/>).</summary>
    /// <param name="decision">The decision.</param>
    /// <exception cref="SettlementAssertionException">It does not.</exception>
    public static void SettlesDirectly(SettlementDecision decision) => CapsAt(decision, Outcome.Direct);

    /// <summary>Asserts the decision's outcome.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="outcome">The expected outcome.</param>
    /// <exception cref="SettlementAssertionException">The outcome differs.</exception>
    public static void CapsAt(SettlementDecision decision, Outcome outcome)
    {
        if (Check(decision).Outcome != outcome)
        {
            Fail($"Expected the outcome {outcome}, but it is {decision.Outcome}.", decision);
        }
    }

    /// <summary>Asserts the decision has a finding with the code, and returns it.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="code">The finding code, e.g. <see cref="FindingCodes.FilingExpired"/>.</param>
    /// <returns>The finding (the first, if several).</returns>
    /// <exception cref="SettlementAssertionException">There is none.</exception>
    public static Finding HasFinding(SettlementDecision decision, string code)
    {
        var finding = Check(decision).Findings.FirstOrDefault(f => f.Code == code);
        return finding ?? throw Failure($"Expected a finding {code}, but there is none.", decision);
    }

    /// <summary>Asserts the decision has a finding with the code that offers the remedy.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="code">The finding code.</param>
    /// <param name="remedy">The remedy code, e.g. <see cref="RemedyCodes.RenewFiling"/>.</param>
    /// <returns>The finding.</returns>
    /// <exception cref="SettlementAssertionException">There is no such finding, or it does not offer the remedy.</exception>
    public static Finding HasFindingWithRemedy(SettlementDecision decision, string code, string remedy)
    {
        var finding = HasFinding(decision, code);
        if (!finding.Remedies.Any(r => r.Code == remedy))
        {
            Fail($"Expected the finding {code} to offer the remedy {remedy}, but it offers: {string.Join(", ", finding.Remedies.Select(r => r.Code))}.", decision);
        }

        return finding;
    }

    /// <summary>Asserts the decision has no finding with the code.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="code">The finding code.</param>
    /// <exception cref="SettlementAssertionException">There is one.</exception>
    public static void HasNoFinding(SettlementDecision decision, string code)
    {
        if (Check(decision).Findings.Any(f => f.Code == code))
        {
            Fail($"Expected no finding {code}, but there is one.", decision);
        }
    }

    /// <summary>Asserts the decision's findings are exactly these codes, in the decision's order.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="codes">The codes.</param>
    /// <exception cref="SettlementAssertionException">They differ.</exception>
    public static void HasExactlyFindings(SettlementDecision decision, params string[] codes)
    {
        if (!Check(decision).Findings.Select(f => f.Code).SequenceEqual(codes ?? Array.Empty<string>()))
        {
            Fail($"Expected exactly the findings [{string.Join(", ", codes ?? Array.Empty<string>())}].", decision);
        }
    }

    /// <summary>Asserts a rule fired, optionally on exactly these facts (references such as <c>filing:F1</c>, <c>encounter</c>).</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="ruleId">The rule id, e.g. <c>filing.expired</c>.</param>
    /// <param name="facts">The fact references it matched, in pattern order; none to accept any.</param>
    /// <exception cref="SettlementAssertionException">It did not fire (on those facts).</exception>
    public static void RuleFired(SettlementDecision decision, string ruleId, params string[] facts)
    {
        var firings = Check(decision).Trace.Where(t => t.Rule == ruleId).ToList();
        if (firings.Count == 0)
        {
            Fail($"Expected the rule {ruleId} to fire, but it did not.", decision);
        }

        if (facts is { Length: > 0 } && !firings.Any(t => t.Facts.SequenceEqual(facts)))
        {
            Fail($"Expected the rule {ruleId} to fire on [{string.Join(", ", facts)}], but it fired on {string.Join(" and ", firings.Select(t => "[" + string.Join(", ", t.Facts) + "]"))}.", decision);
        }
    }

    /// <summary>Asserts a rule did not fire.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="ruleId">The rule id.</param>
    /// <exception cref="SettlementAssertionException">It fired.</exception>
    public static void RuleDidNotFire(SettlementDecision decision, string ruleId)
    {
        if (Check(decision).Trace.Any(t => t.Rule == ruleId))
        {
            Fail($"Expected the rule {ruleId} not to fire, but it did.", decision);
        }
    }

    /// <summary>
    /// Asserts a decision on a partial case brackets its outcomes between <paramref name="best"/> and
    /// <paramref name="worst"/> (equal: the outcome is certain) and asks exactly the checks of <paramref name="checks"/>, in
    /// that order (fact paths, <see cref="RulesCore.Settlement.Model.FactPaths"/>).
    /// </summary>
    /// <param name="decision">The decision.</param>
    /// <param name="best">The best possible outcome.</param>
    /// <param name="worst">The worst possible outcome.</param>
    /// <param name="checks">The facts to check, most consequential first.</param>
    /// <exception cref="SettlementAssertionException">The decision is not for a partial case, or its range or checks differ.</exception>
    public static void Brackets(SettlementDecision decision, Outcome best, Outcome worst, params string[] checks)
    {
        if (Check(decision).PossibleOutcomes is not { } range)
        {
            Fail("Expected a decision on a case with unknown facts, but the case lists none.", decision);
            return;
        }

        if (range.Best != best || range.Worst != worst)
        {
            Fail($"Expected the outcomes to range from {best} to {worst}, but they range from {range.Best} to {range.Worst}.", decision);
        }

        var asked = decision.Checks.Select(c => c.Fact).ToArray();
        if (!asked.SequenceEqual(checks ?? Array.Empty<string>()))
        {
            Fail($"Expected the checks [{string.Join(", ", checks ?? Array.Empty<string>())}], but got [{string.Join(", ", asked)}].", decision);
        }
    }

    /// <summary>Describes a decision: outcome, findings with their remedies, self-paid items and the trace.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>A multi-line description.</returns>
    public static string Describe(SettlementDecision decision)
    {
        var text = new StringBuilder();
        text.Append("Outcome: ").Append(Check(decision).Outcome);
        if (decision.PossibleOutcomes is { IsDetermined: false } range)
        {
            text.Append(" (undetermined: ").Append(range.Best).Append(" to ").Append(range.Worst).Append("; checks: ")
                .Append(string.Join(", ", decision.Checks.Select(c => c.Fact))).Append(')');
        }

        if (decision.RateReductionPoints > 0)
        {
            text.Append(" (ratio reduced by ").Append(decision.RateReductionPoints).Append(" points)");
        }

        text.AppendLine().AppendLine("Findings:");
        if (decision.Findings.Count == 0)
        {
            text.AppendLine("  (none)");
        }

        foreach (var f in decision.Findings)
        {
            text.Append("  ").Append(f.Code).Append(" [").Append(f.Cause).Append(", ").Append(f.Severity)
                .Append(f.Caps is { } caps ? ", caps " + caps : string.Empty).Append("] by ").Append(f.Rule)
                .Append(" on ").Append(string.Join(", ", f.Facts)).AppendLine();
            text.Append("    ").AppendLine(f.Message);
            foreach (var r in f.Remedies)
            {
                text.Append("    remedy ").Append(r.Code).AppendLine();
            }
        }

        if (decision.SelfPayItems.Count > 0)
        {
            text.Append("Self-paid items: ").AppendLine(string.Join(", ", decision.SelfPayItems));
        }

        text.AppendLine("Trace:");
        foreach (var t in decision.Trace)
        {
            text.Append("  ").Append(t.Rule).Append(" on ").AppendLine(string.Join(", ", t.Facts));
        }

        return text.ToString();
    }

    private static SettlementDecision Check(SettlementDecision decision) => decision ?? throw new ArgumentNullException(nameof(decision));

    private static SettlementAssertionException Failure(string expectation, SettlementDecision decision) =>
        new(expectation + Environment.NewLine + Describe(decision));

    private static void Fail(string expectation, SettlementDecision decision) => throw Failure(expectation, decision);
}
