// readme:testing-example:begin
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RulesCore.Settlement;
using RulesCore.Settlement.Decisions;
using RulesCore.Testing;
using Outcome = RulesCore.Settlement.Decisions.Outcome;   // FsCheck has an Outcome too

namespace MyHospital.Tests;

public class DeskTests
{
    private static readonly SettlementEvaluator Evaluator = new();

    [Fact]
    public void ExpiredFiling_PaysThenClaims_AndSaysRenew()
    {
        var visit = Cases.CrossProvinceOutpatient().WithExpiredFiling();   // 长沙 → 武汉, the filing ran out
        var decision = Evaluator.Evaluate(visit);

        SettlementAssert.CapsAt(decision, Outcome.PayThenClaim);
        SettlementAssert.HasFindingWithRemedy(decision, FindingCodes.FilingExpired, RemedyCodes.RenewFiling);
    }

    [Property(MaxTest = 100)]
    public Property AnyAccountProblem_NeverSettlesDirectly() =>
        Prop.ForAll(SettlementGenerators.CasesWithOneProblem(Cause.Account).ToArbitrary(),
            visit => Evaluator.Evaluate(visit).Outcome >= Outcome.PayThenClaim);
}
// readme:testing-example:end

/// <summary>README's testing example is this file: it compiles and its tests run.</summary>
public class ReadmeTestingExampleTests
{
    [Fact]
    public void Readme_ShowsThisFile()
    {
        Assert.True(RulesCore.Tests.Shared.RepositoryFiles.ReadmeShows("readme:testing-example", "tests/RulesCore.Testing.Tests/ReadmeExampleTests.cs"));
    }
}
