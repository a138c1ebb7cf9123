using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Rules;

public class TemporaryRateReductionRuleTests
{
    /// <summary>Insured in 十堰 (420300), treated in 武汉: a visit elsewhere in the province, with reductions of its own.</summary>
    private static readonly SettlementEvaluator IntraReductions = WithParameters("420300",
        ("intraProvinceRateReductionReferralEmergencyPoints", "3"),
        ("intraProvinceRateReductionOtherTemporaryPoints", "7"),
        ("rateReductionReferralEmergencyPoints", "11"),
        ("rateReductionOtherTemporaryPoints", "13"));

    [Theory]
    [InlineData(FilingReason.OtherTemporary, 20)]
    [InlineData(FilingReason.Referral, 10)]
    [InlineData(FilingReason.Emergency, 10)]
    public void TemporaryFiling_ReducesTheRatio(FilingReason reason, int points)
    {
        var d = CrossProvinceOutpatient().WithFiling(f => f with { Reason = reason, ValidUntil = D("2025-06-30") }).Evaluate();

        var f = d.Single(FindingCodes.TemporaryRateReduction);
        Assert.Equal(Outcome.DirectReducedRate, d.Outcome);
        Assert.Equal(points, d.RateReductionPoints);
        Assert.Equal(Outcome.DirectReducedRate, f.Caps);
        Assert.Contains(points.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Message);
    }

    [Theory]
    [InlineData(FilingReason.LongTermResident)]
    [InlineData(FilingReason.RetireeResettlement)]
    [InlineData(FilingReason.ResidentWorker)]
    public void LongTermFiling_HasNoReduction(FilingReason reason)
    {
        var d = CrossProvinceOutpatient().WithFiling(f => f with { Reason = reason }).Evaluate();

        Assert.Equal(Outcome.Direct, d.Outcome);
        Assert.Equal(0, d.RateReductionPoints);
    }

    [Fact]
    public void SeveralCoveringFilings_TheSmallestReductionCounts()
    {
        var d = CrossProvinceOutpatient()
            .WithFilings(
                Filing("F1", FilingReason.OtherTemporary, Wuhan, "2025-01-01", "2025-06-30"),
                Filing("F2", FilingReason.Referral, Wuhan, "2025-01-01", "2025-06-30"))
            .Evaluate();

        var f = d.Single(FindingCodes.TemporaryRateReduction);
        Assert.Equal(10, d.RateReductionPoints);
        Assert.Equal(new[] { "filing:F2", "encounter" }, f.Facts);
    }

    [Fact]
    public void TemporaryAndLongTermFilings_NoReduction()
    {
        var d = CrossProvinceOutpatient().AddFiling(Filing("F2", FilingReason.OtherTemporary, Wuhan, "2025-01-01", "2025-06-30")).Evaluate();

        Assert.Equal(Outcome.Direct, d.Outcome);
    }

    [Fact]
    public void RegionalPolicy_CanSetTheReduction()
    {
        var evaluator = WithPack(Pack("430100", "rateReductionOtherTemporaryPoints", "5"));

        var d = evaluator.Evaluate(CrossProvinceOutpatient().WithFiling(f => f with { Reason = FilingReason.OtherTemporary, ValidUntil = D("2025-06-30") }));

        Assert.Equal(5, d.RateReductionPoints);
    }

    [Fact]
    public void ZeroPointPolicy_NoFinding()
    {
        var evaluator = WithPack(Pack("430100", "rateReductionOtherTemporaryPoints", "0"));

        var d = evaluator.Evaluate(CrossProvinceOutpatient().WithFiling(f => f with { Reason = FilingReason.OtherTemporary, ValidUntil = D("2025-06-30") }));

        Assert.Equal(Outcome.Direct, d.Outcome);
    }

    [Fact]
    public void NationalMaximum_IsWordedAsAMaximum_TheInsuredRegionDecides()
    {
        var c = CrossProvinceOutpatient().WithFiling(f => f with { Reason = FilingReason.OtherTemporary, ValidUntil = D("2025-06-30") });

        Assert.Equal("As another temporary visitor, the reimbursement ratio is up to 20 percentage points lower, as the insured region decides.",
            c.Evaluate().Single(FindingCodes.TemporaryRateReduction).Message);
        Assert.Equal("作为其他临时外出就医人员，报销比例最多降低 20 个百分点，以参保地规定为准。",
            c.Evaluate(Languages.Chinese).Single(FindingCodes.TemporaryRateReduction).Message);
    }

    [Fact]
    public void StatedRegionalValue_IsWordedExactly()
    {
        var evaluator = WithPack(Pack("430100", "rateReductionOtherTemporaryPoints", "5"));

        var d = evaluator.Evaluate(CrossProvinceOutpatient().WithFiling(f => f with { Reason = FilingReason.OtherTemporary, ValidUntil = D("2025-06-30") }), new EvaluationOptions { Language = Languages.English });

        Assert.Equal("As another temporary visitor, the insured region lowers the reimbursement ratio by 5 percentage points.",
            d.Single(FindingCodes.TemporaryRateReduction).Message);
    }

    [Theory]
    [InlineData(FilingReason.OtherTemporary)]
    [InlineData(FilingReason.Referral)]
    public void IntraProvinceVisit_UsesTheProvincesOwnReduction_NotTheCrossProvinceCap(FilingReason reason)
    {
        // 十堰 (420300) insured, treated in 武汉 (420100): inside 湖北, where no reduction is known.
        var c = CrossProvinceOutpatient().InsuredIn(RegionCode.Parse("420300")).WithFiling(f => f with { Reason = reason, ValidUntil = D("2025-06-30") });

        Assert.Equal(Outcome.Direct, c.Evaluate().Outcome);
        Assert.Equal(0, c.Evaluate().RateReductionPoints);

        var province = WithPack(Pack("420000", reason == FilingReason.Referral ? "intraProvinceRateReductionReferralEmergencyPoints" : "intraProvinceRateReductionOtherTemporaryPoints", "5"));
        Assert.Equal(5, province.Evaluate(c).RateReductionPoints);
    }

    // Inside the province a temporary filing carries the province's own reduction for its kind; a long-term one none.

    [Theory]
    [InlineData(FilingReason.Referral, 3)]
    [InlineData(FilingReason.Emergency, 3)]
    [InlineData(FilingReason.OtherTemporary, 7)]
    public void IntraProvinceTemporaryFiling_CarriesTheProvincesOwnReduction(FilingReason reason, int points)
    {
        var d = Decide(IntraReductions, IntraProvinceOutpatient().WithFiling(f => f with { Reason = reason, ValidUntil = D("2025-06-30") }));

        var f = d.Single(FindingCodes.TemporaryRateReduction);
        Assert.Equal(points, d.RateReductionPoints);
        Assert.Equal(Outcome.DirectReducedRate, d.Outcome);
        Assert.Equal(new[] { "filing:F1", "encounter" }, f.Facts);
        Assert.Equal($"As {(reason == FilingReason.OtherTemporary ? "another temporary visitor" : reason == FilingReason.Referral ? "a referral" : "an emergency patient")}, the insured region lowers the reimbursement ratio by {points} percentage points.", f.Message);
    }

    [Fact]
    public void IntraProvinceLongTermFiling_CarriesNoReduction()
    {
        var d = Decide(IntraReductions, IntraProvinceOutpatient());

        Assert.Equal(Outcome.Direct, d.Outcome);
        Assert.Equal(0, d.RateReductionPoints);
        Assert.False(d.Has(FindingCodes.TemporaryRateReduction));
    }

    // An emergency without a filing carries the emergency reduction: the province's inside it, the national one across.

    [Fact]
    public void IntraProvinceEmergency_WithoutFiling_CarriesTheProvincesEmergencyReduction()
    {
        var d = Decide(IntraReductions, IntraProvinceOutpatient().WithoutFiling().AsEmergency());

        Assert.Equal(3, d.RateReductionPoints);
        Assert.True(d.Has(FindingCodes.EmergencyDeemedFiled));
        Assert.Equal(new[] { "policy:emergencyDeemedFiled", "encounter" }, d.Single(FindingCodes.TemporaryRateReduction).Facts);
    }

    [Fact]
    public void CrossProvinceEmergency_WithoutFiling_CarriesTheNationalEmergencyReduction()
    {
        var d = CrossProvinceOutpatient().WithoutFiling().AsEmergency().Evaluate();

        Assert.Equal(10, d.RateReductionPoints);
        Assert.Equal(Outcome.DirectReducedRate, d.Outcome);
    }

    // Of several bases the smallest reduction decides; between equal ones the first reference, whatever the input order.

    [Fact]
    public void EqualReductions_TheFirstReferenceDecides_WhicheverComesFirst()
    {
        var f1 = Filing("F1", FilingReason.OtherTemporary, Wuhan, "2025-01-01", "2025-06-30");
        var f2 = Filing("F2", FilingReason.OtherTemporary, Wuhan, "2025-01-01", "2025-06-30");

        var forward = CrossProvinceOutpatient().WithFilings(f1, f2).Evaluate();
        var backward = CrossProvinceOutpatient().WithFilings(f2, f1).Evaluate();

        Assert.Equal(new[] { "filing:F1", "encounter" }, forward.Single(FindingCodes.TemporaryRateReduction).Facts);
        Assert.Equal(new[] { "filing:F1", "encounter" }, backward.Single(FindingCodes.TemporaryRateReduction).Facts);
        Assert.Equal(20, backward.RateReductionPoints);
    }

    [Fact]
    public void ASmallerReductionWithALaterReference_Decides_WhicheverComesFirst()
    {
        // F1 (20 points) sorts before F2 (10 points): the reference breaks ties only.
        var f1 = Filing("F1", FilingReason.OtherTemporary, Wuhan, "2025-01-01", "2025-06-30");
        var f2 = Filing("F2", FilingReason.Referral, Wuhan, "2025-01-01", "2025-06-30");

        foreach (var d in new[] { CrossProvinceOutpatient().WithFilings(f1, f2).Evaluate(), CrossProvinceOutpatient().WithFilings(f2, f1).Evaluate() })
        {
            Assert.Equal(10, d.RateReductionPoints);
            Assert.Equal(new[] { "filing:F2", "encounter" }, d.Single(FindingCodes.TemporaryRateReduction).Facts);
        }
    }

    [Fact]
    public void EmergencyWithAReferralFiling_EqualReductions_TheFilingDecides()
    {
        // "filing:F1" sorts before "policy:emergencyDeemedFiled"; both carry 10 points.
        var d = CrossProvinceOutpatient().WithFiling(f => f with { Reason = FilingReason.Referral, ValidUntil = D("2025-06-30") }).AsEmergency().Evaluate();

        Assert.Equal(10, d.RateReductionPoints);
        Assert.Equal(new[] { "filing:F1", "encounter" }, d.Single(FindingCodes.TemporaryRateReduction).Facts);
    }

    [Fact]
    public void EmergencyWithAnOtherTemporaryFiling_TheEmergencyBasisIsSmaller()
    {
        var d = CrossProvinceOutpatient().WithFiling(f => f with { Reason = FilingReason.OtherTemporary, ValidUntil = D("2025-06-30") }).AsEmergency().Evaluate();

        Assert.Equal(10, d.RateReductionPoints);
        Assert.Equal(new[] { "policy:emergencyDeemedFiled", "encounter" }, d.Single(FindingCodes.TemporaryRateReduction).Facts);
        Assert.False(d.Has(FindingCodes.EmergencyDeemedFiled));
    }
}
