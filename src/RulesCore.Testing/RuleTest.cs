using RulesCore.Settlement;
using RulesCore.Settlement.Rules;
using RulesCore.Settlement.Engine;

namespace RulesCore.Testing;

/// <summary>
/// Rule-level tests for rule authors: an evaluator with only the rules under test and the shipped rules that derive
/// the facts they read (the visit's scope, filing timing, …). Evaluate a case with it, then assert with
/// <see cref="SettlementAssert.RuleFired"/>, <see cref="SettlementAssert.RuleDidNotFire"/> and the finding assertions.
/// </summary>
/// <example>
/// <code>
/// var evaluator = RuleTest.For(typeof(MyRegionalRule));
/// var decision = evaluator.Evaluate(Cases.CrossProvinceOutpatient().InsuredIn("451200"));
/// SettlementAssert.RuleFired(decision, "example.my-rule", "encounter");
/// SettlementAssert.HasFinding(decision, "EXAMPLE_CODE");
/// </code>
/// </example>
public static class RuleTest
{
    /// <summary>An evaluator with the shipped policy packs and only these rules (and the rules deriving what they read).</summary>
    /// <param name="rules">The rule classes under test: integrators' or shipped ones.</param>
    /// <returns>The evaluator; decisions carry the trace.</returns>
    /// <exception cref="RuleSetException">The rules are inconsistent.</exception>
    public static ISettlementEvaluator For(params Type[] rules) => For(new SettlementOptions(), rules);

    /// <summary>An evaluator with the packs of <paramref name="options"/> and only these rules (and the rules deriving what they read).</summary>
    /// <param name="options">Policy packs for the test; its own rules are ignored.</param>
    /// <param name="rules">The rule classes under test.</param>
    /// <returns>The evaluator.</returns>
    /// <exception cref="RuleSetException">The rules are inconsistent.</exception>
    public static ISettlementEvaluator For(SettlementOptions options, params Type[] rules)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (rules is null || rules.Length == 0)
        {
            throw new ArgumentException("Name at least one rule class.", nameof(rules));
        }

        new SettlementOptions().AddRules(rules); // the same checks as for rules added to a real evaluator
        return new SettlementEvaluator(options, SettlementRuleSet.Build(SettlementRuleSet.WithProducers(rules)));
    }
}
