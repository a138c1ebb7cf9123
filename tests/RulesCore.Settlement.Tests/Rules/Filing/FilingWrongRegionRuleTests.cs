using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Settlement.Tests.Rules;

public class FilingWrongRegionRuleTests
{
    [Fact]
    public void ActiveFilingForAnotherPoolingRegion_Fires()
    {
        var d = CrossProvinceOutpatient().WithFiling(f => f with { DestinationRegion = Hangzhou }).Evaluate();

        var f = d.Single(FindingCodes.FilingWrongRegion);
        Assert.Contains("330100", f.Message);
        Assert.Contains("420100", f.Message);
        Assert.Contains(f.Remedies, r => r.Code == RemedyCodes.RefileCorrectRegion);
    }

    [Fact]
    public void CancelledFilingForAnotherRegion_IsMissingNotWrongRegion()
    {
        var d = CrossProvinceOutpatient().WithFiling(f => f with { DestinationRegion = Hangzhou, Status = FilingStatus.Cancelled }).Evaluate();

        Assert.Equal(new[] { FindingCodes.FilingMissing, FindingCodes.FilingRetroactiveAsk }, d.Codes());
    }

    [Fact]
    public void FilingForTheInsuredRegionItself_IsNotAWrongRegion()
    {
        var d = CrossProvinceOutpatient().WithFiling(f => f with { DestinationRegion = Changsha }).Evaluate();

        Assert.Equal(new[] { FindingCodes.FilingMissing, FindingCodes.FilingRetroactiveAsk }, d.Codes());
    }

    [Fact]
    public void WrongRegionPlusAFilingForTheRightRegion_DoesNotFire()
    {
        var d = CrossProvinceOutpatient().AddFiling(Filing("F2", FilingReason.LongTermResident, Hangzhou, "2024-01-01")).Evaluate();

        Assert.Equal(Outcome.Direct, d.Outcome);
    }

    [Fact]
    public void ProvinceLevelFiling_NotAccepted_IsTheWrongRegion_SaidPrecisely()
    {
        var c = CrossProvinceOutpatient().WithFiling(f => f with { DestinationRegion = RegionCode.Parse("420000") });

        var f = c.Evaluate().Single(FindingCodes.FilingWrongRegion);

        Assert.Equal("Filing F1 names only the province Hubei (420000); the insured region does not match it to the pooling region Wuhan (420100) of this visit: file for the treatment city.", f.Message);
    }

    [Fact]
    public void ProvinceLevelFiling_WhereTheInsuredRegionAcceptsIt_CoversACrossProvinceVisit_NotAnIntraProvinceOne()
    {
        var accepting = WithPack(Pack("430100", "provinceLevelFilingAccepted", "true"));
        var cross = CrossProvinceOutpatient().WithFiling(f => f with { DestinationRegion = RegionCode.Parse("420000") });
        var intra = WithPack(Pack("420300", "provinceLevelFilingAccepted", "true"))
            .Evaluate(cross.InsuredIn(RegionCode.Parse("420300")), new EvaluationOptions { Language = Languages.English });

        Assert.Equal(Outcome.Direct, accepting.Evaluate(cross).Outcome);
        Assert.Contains(FindingCodes.FilingWrongRegion, intra.Codes());
    }

    /// <summary>A 广西-insured (河池) long-term resident whose filing names 杭州 while treated in 武汉.</summary>
    private static CaseBuilder GuangxiLongTermWrongRegion(string filedOn) =>
        CrossProvinceOutpatient().InsuredIn(RegionCode.Parse("451200"))
            .WithFilings(Filing("F1", FilingReason.LongTermResident, Hangzhou, filedOn));

    [Fact]
    public void LongTermFilingInsideTheChangeLock_RemedySaysWhenItCanBeChanged()
    {
        var f = GuangxiLongTermWrongRegion("2025-01-01").Evaluate(Languages.Chinese).Single(FindingCodes.FilingWrongRegion);

        var refile = Assert.Single(f.Remedies, r => r.Code == RemedyCodes.RefileCorrectRegion);
        Assert.Equal("该长期备案自 2025-01-01 起办理，未满 6 个月，2025-07-01 起才能申请变更或取消；届时在APP上取消原备案，按就医地（精确到市）重新备案。", refile.Text);
        Assert.DoesNotContain("当天", refile.Text, StringComparison.Ordinal);
        Assert.Contains("长期备案办理后不能变更的时限：6 个月", f.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void LongTermFilingPastTheChangeLock_CanBeChangedNow()
    {
        var f = GuangxiLongTermWrongRegion("2024-06-01").Evaluate(Languages.Chinese).Single(FindingCodes.FilingWrongRegion);

        Assert.Equal("在APP上取消原备案，按就医地（精确到市）重新备案，多数地区当天审核通过。", f.Remedies.Single(r => r.Code == RemedyCodes.RefileCorrectRegion).Text);
    }

    [Fact]
    public void LongTermFilingWhereTheLockIsUnknown_DoesNotPromiseASameDayChange()
    {
        var f = CrossProvinceOutpatient().WithFiling(x => x with { DestinationRegion = Hangzhou }).Evaluate(Languages.Chinese).Single(FindingCodes.FilingWrongRegion);

        var text = f.Remedies.Single(r => r.Code == RemedyCodes.RefileCorrectRegion).Text;
        Assert.DoesNotContain("当天", text, StringComparison.Ordinal);
        Assert.Contains("请先在APP或向参保地确认", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TemporaryFilingForAnotherRegion_CanBeRefiledAtOnce()
    {
        var f = CrossProvinceOutpatient().WithFilings(Filing("F1", FilingReason.OtherTemporary, Hangzhou, "2025-03-01")).Evaluate().Single(FindingCodes.FilingWrongRegion);

        Assert.Equal("Cancel the filing in the app and file again for the treatment city; most regions approve the same day.", f.Remedies.Single(r => r.Code == RemedyCodes.RefileCorrectRegion).Text);
    }

    // The change lock's last day, a province filing elsewhere, a temporary filing without a lock.

    [Fact]
    public void LongTermFiling_OnTheDayTheChangeLockEnds_CanBeChangedNow()
    {
        var c = CrossProvinceOutpatient().InsuredIn(RegionCode.Parse("451200")).WithFilings(Filing("F1", FilingReason.LongTermResident, Hangzhou, "2024-09-10"));

        var onTheDay = c.Evaluate().Single(FindingCodes.FilingWrongRegion);
        var dayBefore = CrossProvinceOutpatient().InsuredIn(RegionCode.Parse("451200")).WithFilings(Filing("F1", FilingReason.LongTermResident, Hangzhou, "2024-09-11"))
            .Evaluate().Single(FindingCodes.FilingWrongRegion);

        Assert.Equal("Cancel the filing in the app and file again for the treatment city; most regions approve the same day.",
            onTheDay.Remedies.Single(r => r.Code == RemedyCodes.RefileCorrectRegion).Text);
        Assert.DoesNotContain("longTermFilingChangeLockMonths", onTheDay.Basis, StringComparison.Ordinal);
        Assert.StartsWith("This long-term filing started on 2024-09-11 and can be changed or cancelled only after 6 months, from 2025-03-11",
            dayBefore.Remedies.Single(r => r.Code == RemedyCodes.RefileCorrectRegion).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AProvinceFilingForAnotherProvince_IsAPlainWrongRegion()
    {
        var f = CrossProvinceOutpatient().WithFiling(x => x with { DestinationRegion = RegionCode.Parse("330000") }).Evaluate().Single(FindingCodes.FilingWrongRegion);

        Assert.StartsWith("Filing F1 names the pooling region ", f.Message, StringComparison.Ordinal);
        Assert.EndsWith("but the hospital is in Wuhan (420100).", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATemporaryFilingElsewhere_CarriesNoChangeLock()
    {
        var f = CrossProvinceOutpatient().InsuredIn(RegionCode.Parse("451200"))
            .WithFilings(Filing("F1", FilingReason.OtherTemporary, Hangzhou, "2025-03-01", "2025-08-31")).Evaluate().Single(FindingCodes.FilingWrongRegion);

        Assert.DoesNotContain("longTermFilingChangeLockMonths", f.Basis, StringComparison.Ordinal);
        Assert.Equal("Cancel the filing in the app and file again for the treatment city; most regions approve the same day.",
            f.Remedies.Single(r => r.Code == RemedyCodes.RefileCorrectRegion).Text);
    }
}
