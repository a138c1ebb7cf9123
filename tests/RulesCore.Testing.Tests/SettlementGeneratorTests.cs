using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RulesCore.Settlement;
using RulesCore.Settlement.Decisions;
using RulesCore.Settlement.Errors;

namespace RulesCore.Testing.Tests;

public class SettlementGeneratorTests
{
    private static readonly SettlementEvaluator Evaluator = new();

    public static class Arbitraries
    {
        public static Arbitrary<Cause> Causes() => Gen.Elements(Cause.Filing, Cause.Hospital, Cause.Coverage, Cause.Account).ToArbitrary();
    }

    [Property(MaxTest = 200)]
    public Property ValidCases_PassValidation() =>
        Prop.ForAll(SettlementGenerators.ValidCases().ToArbitrary(), c => Evaluator.Validate(c).Count == 0);

    [Property(MaxTest = 200)]
    public Property SettlingCases_SettleDirectly() =>
        Prop.ForAll(SettlementGenerators.SettlingCases().ToArbitrary(), c =>
        {
            var d = Evaluator.Evaluate(c);
            return d.Outcome == RulesCore.Settlement.Decisions.Outcome.Direct && d.Findings.All(f => f.Severity == Severity.Info);
        });

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 100)]
    public Property CasesWithOneProblem_HaveExactlyOneBlockingFindingOfThatCause(Cause cause) =>
        Prop.ForAll(SettlementGenerators.CasesWithOneProblem(cause).ToArbitrary(), c =>
        {
            var blocking = Evaluator.Evaluate(c).Findings.Where(f => f.Severity == Severity.Blocking).ToList();
            return blocking.Count == 1 && blocking[0].Cause == cause;
        });

    [Property(MaxTest = 200)]
    public Property InvalidCases_AreRejected() =>
        Prop.ForAll(SettlementGenerators.InvalidCases().ToArbitrary(), c =>
            Evaluator.Validate(c).Count > 0 && Assert.Throws<InvalidCaseException>(() => Evaluator.Evaluate(c)).Errors.Count > 0);

    [Fact]
    public void CasesWithOneProblem_CoverEveryCause()
    {
        foreach (var cause in new[] { Cause.Filing, Cause.Hospital, Cause.Coverage, Cause.Account })
        {
            var codes = SettlementGenerators.CasesWithOneProblem(cause).Sample(50)
                .SelectMany(c => Evaluator.Evaluate(c).Findings.Where(f => f.Severity == Severity.Blocking).Select(f => f.Code))
                .Distinct().Count();
            Assert.True(codes >= 3, $"{cause}: only {codes} distinct problems in 50 samples");
        }
    }
}
