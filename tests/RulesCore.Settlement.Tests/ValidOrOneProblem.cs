using FsCheck;
using FsCheck.Fluent;
using RulesCore.Testing;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests;

/// <summary>
/// Arbitrary cases for properties over every kind of visit: valid cases and cases with exactly one problem of each
/// cause, in equal shares.
/// </summary>
public static class ValidOrOneProblem
{
    public static Arbitrary<SettlementCase> Cases() => Gen.OneOf(
            SettlementGenerators.ValidCases(),
            SettlementGenerators.CasesWithOneProblem(Cause.Filing),
            SettlementGenerators.CasesWithOneProblem(Cause.Hospital),
            SettlementGenerators.CasesWithOneProblem(Cause.Coverage),
            SettlementGenerators.CasesWithOneProblem(Cause.Account))
        .ToArbitrary();
}
