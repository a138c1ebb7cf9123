using RulesCore.Settlement.Engine;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Rules;
using RulesCore.Testing;

namespace RulesCore.Settlement.Tests.Engine;

/// <summary>
/// The rules whose match a decision raises only to withdraw it a moment later: each such match costs the network an
/// activation and its retraction. The rules are written so that the usual visits raise none but the filing gap's,
/// whose absence of a covering filing is known only once the covering filing has been derived after the visit's place.
/// </summary>
public class WithdrawnMatchTests
{
    private static readonly SettlementEvaluator Evaluator = new();

    private static string[] Withdrawn(CaseBuilder builder)
    {
        var c = builder.Build();
        var visit = Evaluator.Assessor.VisitOf(c, null);
        var session = Evaluator.Assessor.Rules.FactoryFor(VisitScopeRule.ScopeOf(visit.InsuredPooling, visit.TreatmentPooling), visit.Encounter.Setting).CreateSession();
        session.DependencyResolver = new FindingSink();
        var withdrawn = new List<string>();
        session.Events.ActivationDeletedEvent += (_, e) => withdrawn.Add(e.Rule.Name);
        session.InsertAll(CanonicalFacts.Of(visit, c));
        session.Fire();
        return withdrawn.Distinct().OrderBy(r => r, StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public void ACoveredCrossProvinceVisit_WithdrawsOnlyTheFilingGap()
    {
        Assert.Equal(new[] { "filing.gap" }, Withdrawn(Cases.CrossProvinceOutpatient()));
    }

    [Fact]
    public void AQualifiedChronicVisit_WithdrawsOnlyTheFilingGap()
    {
        Assert.Equal(new[] { "filing.gap" }, Withdrawn(Cases.CrossProvinceOutpatient().WithChronicCondition(Conditions.Diabetes)));
    }

    [Fact]
    public void ALocalVisitWithAUsableCard_WithdrawsNothing()
    {
        Assert.Empty(Withdrawn(Cases.LocalOutpatient()));
    }

    [Fact]
    public void AnUnusableCardWithAnEVoucher_StillWithdrawsTheUnusableCard()
    {
        // The e-voucher is a credential derived after the card: the one case where the card rule's match is withdrawn.
        Assert.Equal(new[] { "account.card-unusable" }, Withdrawn(Cases.LocalOutpatient().WithPerson(p => p with { Card = CardStatus.ChipDamaged, EVoucherActivated = true })));
    }
}
