using RulesCore.Testing;
using RulesCore.Settlement.Decisions;
namespace RulesCore.Settlement.Tests;

public class SmokeTests
{
    [Fact]
    public void DefaultCase_SettlesDirectly()
    {
        var d = Cases.CrossProvinceOutpatient().Evaluate();
        Assert.True(d.Outcome == Outcome.Direct, string.Join("\n", d.Findings.Select(f => f.Code + " " + f.Message)));
        Assert.Empty(d.Findings);
        Assert.NotEmpty(d.Trace);
    }
}
