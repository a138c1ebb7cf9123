using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Rules;

public class ContributionLapsedRuleTests
{
    [Fact]
    public void Lapsed_Fires_NotReimbursable()
    {
        var d = CrossProvinceOutpatient().WithPerson(p => p with { Contribution = new Contribution { Status = ContributionStatus.Lapsed } }).Evaluate();

        var f = d.Single(FindingCodes.ContributionLapsed);
        Assert.Equal(Outcome.NotReimbursable, d.Outcome);
        var remedy = Assert.Single(f.Remedies);
        Assert.Equal(RemedyCodes.PayArrears, remedy.Code);
        Assert.Contains("waiting period", remedy.Text, StringComparison.Ordinal);
        Assert.Contains("stay self-paid", remedy.Text, StringComparison.Ordinal);
        Assert.Equal(new[] { "person", "encounter" }, f.Facts);
    }

    [Fact]
    public void Active_DoesNotFire()
    {
        Assert.DoesNotContain(FindingCodes.ContributionLapsed, CrossProvinceOutpatient().Evaluate().Codes());
    }
}

public class WaitingPeriodRuleTests
{
    private static CaseBuilder ResumesOn(string? date) => CrossProvinceOutpatient()
        .WithPerson(p => p with { Contribution = new Contribution { Status = ContributionStatus.WaitingPeriod, BenefitsResumeOn = date is null ? null : D(date) } });

    [Fact]
    public void BeforeBenefitsResume_Fires()
    {
        var d = ResumesOn("2025-03-11").Evaluate();

        Assert.Equal(Outcome.NotReimbursable, d.Outcome);
        Assert.Contains("2025-03-11", d.Single(FindingCodes.WaitingPeriod).Message);
    }

    [Fact]
    public void OnTheDayBenefitsResume_DoesNotFire()
    {
        Assert.Equal(Outcome.Direct, ResumesOn("2025-03-10").Evaluate().Outcome);
    }

    [Theory]
    [InlineData(Languages.Chinese, "重新参保后处于待遇等待期，就诊日尚未恢复待遇（恢复日：未知）。")]
    [InlineData(Languages.English, "After re-joining, benefits have not resumed on the visit date (they resume on unknown).")]
    public void ResumeDateUnknown_Fires_BlocksTheVisit_AndCallsTheDateUnknown(string language, string message)
    {
        var d = ResumesOn(null).Evaluate(language);

        var waiting = d.Single(FindingCodes.WaitingPeriod);
        Assert.Equal(message, waiting.Message);
        Assert.Equal(Outcome.NotReimbursable, d.Outcome);
        Assert.Equal(new[] { "person", "encounter" }, waiting.Facts);
    }
}

public class IdentityMismatchRuleTests
{
    [Fact]
    public void Unverified_Fires()
    {
        var d = CrossProvinceOutpatient().WithPerson(p => p with { IdentityVerified = false }).Evaluate();

        Assert.Equal(Outcome.PayThenClaim, d.Outcome);
        Assert.Contains(d.Single(FindingCodes.IdentityMismatch).Remedies, r => r.Code == RemedyCodes.CorrectIdentityVia12393);
    }

    [Fact]
    public void Verified_DoesNotFire()
    {
        Assert.DoesNotContain(FindingCodes.IdentityMismatch, CrossProvinceOutpatient().Evaluate().Codes());
    }
}

public class CardUnusableRuleTests
{
    [Theory]
    [InlineData(CardStatus.ChipDamaged)]
    [InlineData(CardStatus.Demagnetized)]
    [InlineData(CardStatus.Lost)]
    [InlineData(CardStatus.None)]
    public void UnusableCardWithoutEVoucher_Fires(CardStatus card)
    {
        var d = CrossProvinceOutpatient().WithPerson(p => p with { Card = card }).Evaluate();

        var f = d.Single(FindingCodes.CardUnusable);
        Assert.Equal(Outcome.PayThenClaim, d.Outcome);
        Assert.Equal(new[] { RemedyCodes.UseEVoucher, RemedyCodes.ReplaceCard, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion }, f.Remedies.Select(r => r.Code));
    }

    [Fact]
    public void LostCard_IsCalledLost_遗失()
    {
        var d = CrossProvinceOutpatient().WithPerson(p => p with { Card = CardStatus.Lost }).Evaluate(Languages.Chinese);

        Assert.Contains("（遗失）", d.Single(FindingCodes.CardUnusable).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnusableCardWithEVoucher_DoesNotFire()
    {
        var d = CrossProvinceOutpatient().WithPerson(p => p with { Card = CardStatus.Lost, EVoucherActivated = true }).Evaluate();

        Assert.DoesNotContain(FindingCodes.CardUnusable, d.Codes());
    }
}

public class EVoucherRuleTests
{
    [Fact]
    public void UnusableCardWithEVoucher_SettlesWithTheEVoucher()
    {
        var d = CrossProvinceOutpatient().WithPerson(p => p with { Card = CardStatus.ChipDamaged, EVoucherActivated = true }).Evaluate();

        Assert.Equal(Outcome.Direct, d.Outcome);
        Assert.Equal(new[] { FindingCodes.UseEVoucher }, d.Codes());
        Assert.Contains("chip damaged", d.Findings[0].Message);
        Assert.Equal(Severity.Info, d.Findings[0].Severity);
    }

    [Fact]
    public void ValidCardWithEVoucher_DoesNotFire()
    {
        Assert.Empty(CrossProvinceOutpatient().WithPerson(p => p with { EVoucherActivated = true }).Evaluate().Findings);
    }

    [Fact]
    public void TheEVoucher_IsTheCredentialThatKeepsAnUnusableCardFromMattering_InWhyNot()
    {
        var stop = CredentialBlocking(CrossProvinceOutpatient().WithPerson(p => p with { Card = CardStatus.ChipDamaged, EVoucherActivated = true }));

        Assert.Equal(new[] { "credential:eVoucher" }, stop.Facts);
        Assert.Equal("the person can settle with the e-voucher", stop.Text);
    }

    /// <summary>What blocks <c>account.card-unusable</c>'s <c>Not</c>: the usable credential, named in why-not.</summary>
    internal static ConditionStop CredentialBlocking(CaseBuilder c)
    {
        var rule = Assert.Single(Evaluator.Explain(c.Build(), "account.card-unusable", new EvaluationOptions { Language = Languages.English }).Rules);
        var stop = Assert.Single(Assert.Single(rule.Candidates).Stops);
        Assert.Equal(StopKind.BlockedBy, stop.Kind);
        return stop;
    }
}

public class CardUsableRuleTests
{
    [Fact]
    public void ValidCard_IsAUsableCredential()
    {
        var d = CrossProvinceOutpatient().Evaluate();

        Assert.Contains(d.Trace, t => t.Rule == "account.card-usable" && t.Facts.SequenceEqual(new[] { "person" }));
    }

    [Fact]
    public void UnusableCard_IsNot()
    {
        var d = CrossProvinceOutpatient().WithPerson(p => p with { Card = CardStatus.Demagnetized }).Evaluate();

        Assert.DoesNotContain(d.Trace, t => t.Rule == "account.card-usable");
    }

    [Fact]
    public void AUsableCard_IsWhatKeepsTheCardUnusableRuleFromFiring_InWhyNot()
    {
        var rule = Assert.Single(Evaluator.Explain(CrossProvinceOutpatient().Build(), "account.card-unusable", new EvaluationOptions { Language = Languages.English }).Rules);
        var stop = Assert.Single(Assert.Single(rule.Candidates).Stops);

        Assert.Equal(StopKind.ConditionFalse, stop.Kind);
        Assert.Equal(new[] { "person" }, stop.Facts);
        Assert.Equal("the card can be used", stop.Text);
    }
}

public class PersonalAccountNotEnabledRuleTests
{
    private static readonly SettlementEvaluator Requires = WithPack(Pack("430100", "personalAccountPermissionRequired", "true"));

    [Fact]
    public void RequiredAndOff_Fires()
    {
        var d = Requires.Evaluate(CrossProvinceOutpatient().WithPerson(p => p with { PersonalAccountPaymentEnabled = false }));

        Assert.Equal(Outcome.PayThenClaim, d.Outcome);
        Assert.Equal(new[] { FindingCodes.PersonalAccountNotEnabled }, d.Codes());
        Assert.Equal(
            new[] { RemedyCodes.EnablePersonalAccountPayment, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion },
            d.Single(FindingCodes.PersonalAccountNotEnabled).Remedies.Select(r => r.Code));
    }

    [Fact]
    public void ResidentScheme_HasNoPersonalAccount_NeverFires()
    {
        var d = Requires.Evaluate(CrossProvinceOutpatient().WithPerson(p => p with { Scheme = InsuranceScheme.Resident, PersonalAccountPaymentEnabled = false }));

        Assert.Equal(Outcome.Direct, d.Outcome);
        Assert.DoesNotContain(FindingCodes.PersonalAccountNotEnabled, d.Codes());
    }

    [Fact]
    public void RequiredAndOn_DoesNotFire()
    {
        Assert.Equal(Outcome.Direct, Requires.Evaluate(CrossProvinceOutpatient()).Outcome);
    }

    [Fact]
    public void NotRequired_Off_DoesNotFire()
    {
        Assert.Equal(Outcome.Direct, CrossProvinceOutpatient().WithPerson(p => p with { PersonalAccountPaymentEnabled = false }).Evaluate().Outcome);
    }

    [Fact]
    public void LocalVisit_DoesNotFire()
    {
        Assert.Equal(Outcome.Direct, Requires.Evaluate(LocalOutpatient().WithPerson(p => p with { PersonalAccountPaymentEnabled = false })).Outcome);
    }
}
