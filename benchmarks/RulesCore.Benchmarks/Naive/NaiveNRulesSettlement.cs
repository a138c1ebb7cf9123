using NRules;
using RulesCore.Settlement;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Engine;

namespace RulesCore.Benchmarks.Naive;

/// <summary>
/// NRules used the way an NRules user writes it first: our shipped rule classes compiled into one rule set whose rules
/// yield their findings as facts (truth-maintained, no priorities), a fresh session per decision, the case's facts
/// inserted as they come (unsorted), a <c>RuleFiredEvent</c> handler always attached, findings read with
/// <c>Query</c>. The same validation before and the same folding after as RulesCore's evaluator, so the benchmark
/// compares the ways of running the rules.
/// </summary>
public sealed class NaiveNRulesSettlement
{
    private readonly SettlementRuleSet _rules = SettlementRuleSet.Build(SettlementRuleSet.ShippedRuleTypes(), FindingDelivery.Yield);
    private readonly SettlementEvaluator _folding = new();
    private readonly PolicyCatalog _policies = PolicyCatalog.Default;

    public SettlementDecision Decide(SettlementCase c, EvaluationOptions options)
    {
        var errors = CaseValidator.Validate(c);
        if (errors.Count > 0)
        {
            throw new InvalidCaseException(errors);
        }

        var visit = new Visit(c, options.AsOf ?? c.AsOf ?? c.Encounter.Date.Date, _policies);
        var session = _rules.Factory.CreateSession();
        var trace = new TraceRecorder(session);
        session.Insert(visit);
        session.Insert(c.Person);
        session.Insert(c.Hospital);
        foreach (var filing in c.Filings)
        {
            session.Insert(filing);
        }

        foreach (var qualification in c.Qualifications)
        {
            session.Insert(qualification);
        }

        foreach (var item in c.Encounter.Items)
        {
            session.Insert(item);
        }

        session.Fire();
        return _folding.Assessor.Folding.Fold(visit, session.Query<Raised>().ToList(), options.IncludeTrace ? trace : null, options.Language ?? "zh-CN");
    }
}
