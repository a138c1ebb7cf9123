using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Model;
using RulesCore.Testing;
using static RulesCore.Settlement.Tests.Fixtures;

namespace RulesCore.Settlement.Tests.Partial;

/// <summary>
/// The range of a partial case is sound (the complete case it was made from lies inside it and raises every finding
/// it calls certain), tight (each bound is the outcome of a completion the evaluator ran) and useful (unknown facts
/// that cannot change the outcome are not checked) — over generated cases with one to three facts dropped.
/// </summary>
public class PartialCasePropertyTests
{
    public static class Arbitraries
    {
        public static Arbitrary<(SettlementCase Complete, SettlementCase Partial)> Pairs() => SettlementGenerators.PartialCases().ToArbitrary();
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public Property Sound_TheCompleteCaseLiesInTheRange_AndRaisesEveryCertainFinding((SettlementCase Complete, SettlementCase Partial) pair)
    {
        var full = Evaluator.Evaluate(pair.Complete);
        var partial = Evaluator.Evaluate(pair.Partial);
        var range = partial.PossibleOutcomes!;
        var codes = full.Findings.Select(f => f.Code).ToHashSet();
        var missing = partial.Findings.Where(f => !codes.Contains(f.Code)).Select(f => f.Code).ToArray();
        return (range.Best <= full.Outcome && full.Outcome <= range.Worst && missing.Length == 0)
            .Label($"full {full.Outcome}, range {range.Best}..{range.Worst}, certain but absent: {string.Join(",", missing)}; unknown: {string.Join(",", pair.Partial.UnknownFacts)}");
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 150)]
    public Property Tight_EachBoundIsTheOutcomeOfACompletionRun((SettlementCase Complete, SettlementCase Partial) pair)
    {
        var assessor = Evaluator.Assessor;
        var search = assessor.Search(pair.Partial, assessor.UnknownOf(pair.Partial)!, null, traced: false, CancellationToken.None);
        var range = Evaluator.Evaluate(pair.Partial).PossibleOutcomes!;
        var best = Evaluator.Evaluate(search.CaseOf(search.Best)).Outcome;
        var worst = Evaluator.Evaluate(search.CaseOf(search.Worst)).Outcome;
        return (best == range.Best && worst == range.Worst).Label($"range {range.Best}..{range.Worst}, completions {best}..{worst}");
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public Property Useful_ACheckIsAskedOnlyWhenTheRangeIsOpen_AndOnlyForAnUnknownFact((SettlementCase Complete, SettlementCase Partial) pair)
    {
        var d = Evaluator.Evaluate(pair.Partial);
        var open = !d.PossibleOutcomes!.IsDetermined;
        var checkedFacts = d.Checks.Select(c => c.Fact).ToArray();
        return ((open == checkedFacts.Length > 0) && checkedFacts.All(pair.Partial.UnknownFacts.Contains) && checkedFacts.Distinct().Count() == checkedFacts.Length
                && d.Checks.All(c => c.WorstIfUnfavourable > d.PossibleOutcomes.Best && c.WorstIfUnfavourable <= d.PossibleOutcomes.Worst))
            .Label($"range {d.PossibleOutcomes.Best}..{d.PossibleOutcomes.Worst}, checks {string.Join(",", checkedFacts)}");
    }
}
