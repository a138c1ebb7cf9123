using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Rules;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// The decision on a partial case, from the completions its search ran: the range of their outcomes, the findings
/// every completion raised word for word, and a check for each unknown fact that changes the outcome.
/// </summary>
internal static class PartialDecisions
{
    public static SettlementDecision Decide(DecisionFolding folding, PartialSearch search, SettlementCase partial, string language)
    {
        // Certain: raised by every completion word for word. Codes first; only the codes every completion raises are worded.
        var codes = new HashSet<string>(search.Tried[0].Findings.Select(r => r.Finding.Code), StringComparer.Ordinal);
        foreach (var t in search.Tried)
        {
            codes.IntersectWith(t.Findings.Select(r => r.Finding.Code));
        }

        HashSet<string>? everywhere = null;
        foreach (var t in search.Tried)
        {
            if (codes.Count == 0)
            {
                break;
            }

            var keys = new HashSet<string>(t.Findings.Where(r => codes.Contains(r.Finding.Code)).Select(PartialSearch.Completed.KeyOf), StringComparer.Ordinal);
            if (everywhere is null)
            {
                everywhere = keys;
            }
            else
            {
                everywhere.IntersectWith(keys);
            }
        }

        var worst = search.Worst;
        var best = search.Best;
        var certain = everywhere is null ? new List<Raised>() : worst.Findings.Where(r => codes.Contains(r.Finding.Code) && everywhere.Contains(PartialSearch.Completed.KeyOf(r))).ToList();
        var visit = search.VisitOf(worst);
        var decision = folding.Fold(visit, certain, null, language);
        var range = new OutcomeRange(best.Outcome, worst.Outcome) { Exhaustive = search.Exhaustive };
        var worstPoints = search.Tried.Where(t => t.Outcome == worst.Outcome).Max(t => t.Points);
        var bestPoints = search.Tried.Where(t => t.Outcome == best.Outcome).Min(t => t.Points);
        string verdict, headline;
        if (range.IsDetermined)
        {
            verdict = Verdicts.Verdict(worst.Outcome, worstPoints, language);
            headline = Verdicts.Headline(verdict, decision.AskedBeforeVisit, language);
        }
        else
        {
            verdict = Verdicts.Verdict(best.Outcome, bestPoints, worst.Outcome, worstPoints, language);
            headline = Verdicts.RangeHeadline(verdict, language);
        }

        return decision with
        {
            Outcome = worst.Outcome,
            RateReductionPoints = worstPoints,
            PossibleOutcomes = range,
            Checks = range.IsDetermined ? Array.Empty<FactCheck>() : ChecksOf(search, partial, visit, language),
            Verdict = verdict,
            Headline = headline,
        };
    }

    private static FactCheck[] ChecksOf(PartialSearch search, SettlementCase partial, Visit visit, string language)
    {
        var facts = search.Unknown.Facts;
        var checks = new List<(FactCheck Check, int Order)>();
        for (var j = 0; j < facts.Count; j++)
        {
            var (matters, outcome, could) = search.Effect(j);
            if (!matters)
            {
                continue;
            }

            var (text, where) = FactChecks.Of(facts[j], partial, visit, language);
            checks.Add((new FactCheck { Fact = facts[j].Path, Text = text, Where = where, WorstIfUnfavourable = outcome, CouldRaise = could.ToArray() }, j));
        }

        return checks.OrderByDescending(c => c.Check.WorstIfUnfavourable).ThenBy(c => c.Order).Select(c => c.Check).ToArray();
    }
}
