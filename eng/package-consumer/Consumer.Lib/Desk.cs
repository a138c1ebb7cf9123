using RulesCore.Settlement;
using RulesCore.Settlement.Model;

namespace Consumer.Lib;

public static class Desk
{
    private static readonly SettlementEvaluator Evaluator = new();

    public static string Decide(SettlementCase visit)
    {
        var decision = Evaluator.Evaluate(visit, new EvaluationOptions { Language = Languages.English });
        return decision.Outcome + ": " + string.Join(", ", decision.Findings.Select(f => f.Code));
    }

    public static int RulesInForce() => Evaluator.Rules.Count;
}
