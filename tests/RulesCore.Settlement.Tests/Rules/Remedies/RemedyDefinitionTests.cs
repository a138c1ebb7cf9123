using System.Reflection;
using RulesCore.Settlement.Rules;
using RulesCore.Testing;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Rules;

/// <summary>Each remedy has one home: its code, its words per moment, its step on the facts and where it is done.</summary>
public class RemedyDefinitionTests
{
    private static readonly string[] Codes = typeof(RemedyCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).OrderBy(c => c, StringComparer.Ordinal).ToArray();

    [Fact]
    public void EveryRemedyCode_HasExactlyOneDefinition()
    {
        Assert.Equal(Codes, RemedyDefinitions.All.Select(r => r.Code).ToArray());
    }

    [Fact]
    public void EveryPlanStep_SaysWhereItIsDone_InBothLanguages()
    {
        foreach (var (code, story) in Cases.OnePerFindingCode)
        {
            var plan = Fixtures.Evaluator.Plan(story.AsOf("2025-01-02").Build());
            foreach (var step in plan.Steps)
            {
                var remedy = RemedyDefinitions.Of(step.Remedy);
                Assert.False(string.IsNullOrEmpty(remedy.Where.Chinese), $"{code}: {step.Remedy} has no place");
                Assert.False(string.IsNullOrEmpty(remedy.Where.English), $"{code}: {step.Remedy} has no place");
                Assert.Equal(remedy.Where.Chinese, step.Where);
            }
        }
    }

    [Fact]
    public void ARemedy_SaysWhatToDoBeforeGoing_OnlyWhenAskedBefore()
    {
        var renew = RemedyDefinitions.Of(RemedyCodes.RenewFiling);

        Assert.StartsWith("就医前", renew.Text(beforeVisit: true).Chinese, StringComparison.Ordinal);
        Assert.Equal(renew.After, renew.Text(beforeVisit: false));
        Assert.Equal(RemedyDefinitions.Of(RemedyCodes.FileRetroactively).After, RemedyDefinitions.Of(RemedyCodes.FileRetroactively).Text(beforeVisit: true));
    }
}
