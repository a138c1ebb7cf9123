using RulesCore.Engine;
using RulesCore.Settlement;

namespace Consumer.Lib;

public static class Desk
{
    public static string Decide(SettlementCase visit)
    {
        var decision = new SettlementEvaluator().Evaluate(visit, new EvaluationOptions { Language = Languages.English });
        return decision.Outcome + ": " + string.Join(", ", decision.Findings.Select(f => f.Code));
    }

    public static int EngineFirings()
    {
        var rule = Rule.Create("consumer.rule").Match<string>(s => s.Length > 0).Then<Marker>((ctx, s) => ctx.Insert(new Marker()));
        var session = RuleSet.Compile(rule).CreateSession();
        session.Insert("hello");
        return session.Fire();
    }

    public sealed class Marker
    {
    }
}
