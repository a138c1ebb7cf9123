using RulesCore.NationalPlatform;
using RulesCore.Settlement;

namespace Consumer.Lib;

/// <summary>A HIS's desk that asks from the national platform's messages it already holds, as a .NET Framework HIS would.</summary>
public static class PlatformDesk
{
    private static readonly PlatformCaseBuilder Builder = new PlatformCaseBuilder();

    private static readonly SettlementEvaluator Evaluator = new SettlementEvaluator();

    public static string Decide(byte[] person, byte[] encounter, byte[] hospital)
    {
        var platform = Builder.Build(new PlatformJsonMessages { Person = person, Encounter = encounter, Hospital = hospital });
        var decision = Evaluator.Evaluate(platform.Case);
        var range = decision.PossibleOutcomes!;
        return "platform: " + range.Best + " to " + range.Worst + ", check " + decision.Checks[0].Fact + "; " + platform.Assumptions.Count + " assumptions";
    }
}
