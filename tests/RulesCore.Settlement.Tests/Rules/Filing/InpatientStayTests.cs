using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using Outcome = RulesCore.Settlement.Decisions.Outcome;

namespace RulesCore.Settlement.Tests.Rules;

/// <summary>
/// An inpatient stay is judged on its span, admission to discharge (出院前补办: a filing made before discharge covers
/// it); outpatient, chronic and emergency visits stay single days. Admitted 2025-03-10, discharged 2025-03-20.
/// </summary>
public class InpatientStayTests
{
    private const string Admitted = "2025-03-10";
    private const string Discharged = "2025-03-20";

    private static SettlementCase Stay(Filing filing, string? discharged = Discharged) =>
        RulesCore.Testing.Cases.CrossProvinceOutpatient().AsInpatient(discharged).WithFilings(filing).Build();

    private static Filing Temporary(string from, string? until = null) => Filing("F1", FilingReason.OtherTemporary, Wuhan, from, until);

    private static Filing LongTerm(string from, string? until = null) => Filing("F1", FilingReason.LongTermResident, Wuhan, from, until);

    [Theory]
    [InlineData("2025-03-10", null)] // starts on the admission day
    [InlineData("2025-03-15", null)] // starts mid-stay
    [InlineData("2025-03-20", null)] // starts on the discharge day
    [InlineData("2024-09-16", "2025-03-15")] // ends mid-stay
    [InlineData("2024-09-10", "2025-03-10")] // ends on the admission day
    public void FilingOverlappingTheStay_CoversIt(string from, string? until)
    {
        var temporary = Stay(Temporary(from, until)).Evaluate(asOf: "2025-03-25");
        var longTerm = Stay(LongTerm(from, until)).Evaluate(asOf: "2025-03-25");

        Assert.Equal(Outcome.DirectReducedRate, temporary.Outcome);
        Assert.Equal(new[] { FindingCodes.TemporaryRateReduction }, temporary.Codes());
        Assert.Equal(20, temporary.RateReductionPoints);
        Assert.Equal(Outcome.Direct, longTerm.Outcome);
        Assert.Empty(longTerm.Codes());
        Assert.Contains(longTerm.Trace, t => t.Rule == "filing.covers" && t.Facts.Contains("filing:F1"));
    }

    [Fact]
    public void FilingStartingTheDayAfterDischarge_IsNotYetValid_NamingTheDischarge()
    {
        foreach (var filing in new[] { Temporary("2025-03-21"), LongTerm("2025-03-21") })
        {
            var d = Stay(filing).Evaluate(asOf: "2025-03-25");

            Assert.Equal(Outcome.PayThenClaim, d.Outcome);
            Assert.Equal(new[] { FindingCodes.FilingNotYetValid, FindingCodes.FilingRetroactiveAsk }, d.Codes());
            Assert.Equal("Filing F1 starts on 2025-03-21, after discharge on 2025-03-20.", d.Single(FindingCodes.FilingNotYetValid).Message);
            Assert.Equal("备案 F1 自 2025-03-21 起才生效，晚于出院日 2025-03-20。", Stay(filing).Evaluate(Languages.Chinese, "2025-03-25").Single(FindingCodes.FilingNotYetValid).Message);
        }
    }

    [Fact]
    public void FilingEndingTheDayBeforeAdmission_HasExpired_NamingTheAdmission()
    {
        foreach (var filing in new[] { Temporary("2024-09-10", "2025-03-09"), LongTerm("2024-01-01", "2025-03-09") })
        {
            var d = Stay(filing).Evaluate(asOf: "2025-03-25");

            Assert.Equal(Outcome.PayThenClaim, d.Outcome);
            Assert.Equal(new[] { FindingCodes.FilingExpired, FindingCodes.FilingRetroactiveAsk }, d.Codes());
            Assert.Equal("Filing F1 ended on 2025-03-09, before admission on 2025-03-10.", d.Single(FindingCodes.FilingExpired).Message);
        }
    }

    [Theory]
    [InlineData("2025-03-12", true)] // made while admitted, valid by the as-of day
    [InlineData("2025-03-10", true)]
    [InlineData("2025-03-16", false)] // starts after the as-of day: not yet
    public void StillAdmitted_TheStaySoFarIsTheSpan(string from, bool covered)
    {
        foreach (var filing in new[] { Temporary(from), LongTerm(from) })
        {
            var d = Stay(filing, discharged: null).Evaluate(asOf: "2025-03-14");

            Assert.Equal(covered, d.Trace.Any(t => t.Rule == "filing.covers"));
            if (!covered)
            {
                var finding = d.Single(FindingCodes.FilingNotYetValid);
                Assert.DoesNotContain(FindingCodes.FilingRetroactiveAvailable, d.Codes());
                Assert.Equal(RemedyCodes.AdjustFilingStart, finding.Remedies[0].Code);
                Assert.Equal("Filing F1 starts on 2025-03-16; it has not covered any day of the stay so far (2025-03-14).", finding.Message);
            }
        }
    }

    [Fact]
    public void NotYetValid_OffersToAdjustTheStart_OnlyWhileItCanHelp()
    {
        var before = Stay(LongTerm("2025-03-21")).Evaluate(asOf: "2025-03-01");
        var admitted = Stay(LongTerm("2025-03-21")).Evaluate(asOf: "2025-03-15");
        var after = Stay(LongTerm("2025-03-21")).Evaluate(asOf: "2025-03-25");
        var window = WithPack(Pack("430100", "retroactiveFilingWindowMonths", "6")).Evaluate(Stay(LongTerm("2025-03-21")), new EvaluationOptions { Language = Languages.English, AsOf = D("2025-04-01") });

        Assert.Equal(RemedyCodes.AdjustFilingStart, before.Single(FindingCodes.FilingNotYetValid).Remedies[0].Code);
        Assert.Equal(RemedyCodes.AdjustFilingStart, admitted.Single(FindingCodes.FilingNotYetValid).Remedies[0].Code);
        Assert.Equal(RemedyCodes.AdjustFilingStart, window.Single(FindingCodes.FilingNotYetValid).Remedies[0].Code);
        Assert.Equal(new[] { RemedyCodes.AskAboutRetroactiveFiling, RemedyCodes.KeepDocumentsForClaim, RemedyCodes.ClaimAtInsuredRegion }, after.Single(FindingCodes.FilingNotYetValid).Remedies.Select(r => r.Code));
        Assert.All(new[] { before, admitted, after, window }, d => Assert.DoesNotContain(FindingCodes.FilingRetroactiveAvailable, d.Codes()));
    }

    [Fact]
    public void OutpatientVisits_StaySingleDays()
    {
        var d = Cases.CrossProvinceOutpatient().WithFilings(LongTerm("2025-03-11"));

        Assert.Equal(new[] { FindingCodes.FilingNotYetValid, FindingCodes.FilingRetroactiveAsk }, d.Evaluate().Codes());
        Assert.Equal("Filing F1 takes effect only on 2025-03-11, after the visit.", d.Evaluate().Single(FindingCodes.FilingNotYetValid).Message);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool MovingDischargeLater_NeverUncoversACoveredStay(SettlementCase stay, PositiveInt days)
    {
        var later = Cases.From(stay).WithEncounter(e => e with { DischargeDate = e.DischargeDate!.Value.AddDays(days.Get % 60) }).Build();
        return !Covered(stay) || Covered(later);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool AFilingValidOnAdmission_CoversTheStay(SettlementCase stay, bool longTerm)
    {
        var admission = stay.Encounter.Date;
        var filing = new Filing
        {
            Id = "Z1", Reason = longTerm ? FilingReason.LongTermResident : FilingReason.Referral, DestinationRegion = stay.Hospital.Region,
            ValidFrom = admission.AddDays(-30), ValidUntil = admission, Status = FilingStatus.Active, Basis = FilingBasis.Materials,
        };
        var d = (stay with { Filings = stay.Filings.Append(filing).ToArray() }).Evaluate();
        return d.Trace.Any(t => t.Rule == "filing.covers" && t.Facts.Contains("filing:Z1"))
            || stay.Hospital.Region.Pooling() == stay.Person.InsuredRegion.Pooling();
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 200)]
    public bool Coverage_DoesNotDependOnTheOrderOfFilings(SettlementCase stay) =>
        CoveringFilings(stay).SequenceEqual(CoveringFilings(stay with { Filings = stay.Filings.Reverse().ToArray() }));

    /// <summary>The pairs of filing findings that can stand together; any other pair would tell a person two contradictory things.</summary>
    private static readonly HashSet<(string, string)> CoherentPairs = new()
    {
        (FindingCodes.EmergencyDeemedFiled, FindingCodes.TemporaryRateReduction),
        (FindingCodes.FilingCancelled, FindingCodes.FilingRetroactiveAvailable),
        (FindingCodes.FilingExpired, FindingCodes.FilingRetroactiveAvailable),
        (FindingCodes.FilingMissing, FindingCodes.FilingRetroactiveAvailable),
        (FindingCodes.FilingRetroactiveAvailable, FindingCodes.FilingWrongRegion),
        (FindingCodes.FilingExpired, FindingCodes.FilingNotYetValid), // two filings: one ended, one starts too late
        (FindingCodes.FilingCancelled, FindingCodes.FilingRetroactiveAsk), // after the visit, where the window is unknown
        (FindingCodes.FilingExpired, FindingCodes.FilingRetroactiveAsk),
        (FindingCodes.FilingMissing, FindingCodes.FilingRetroactiveAsk),
        (FindingCodes.FilingRetroactiveAsk, FindingCodes.FilingWrongRegion),
        (FindingCodes.FilingNotYetValid, FindingCodes.FilingRetroactiveAsk), // moving the start back is the insured region's to allow too
    };

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 500)]
    public bool EveryPairOfFilingFindings_IsCoherent(SettlementCase stay, bool asInpatient)
    {
        var c = asInpatient ? stay : Cases.From(stay).WithEncounter(e => e with { Setting = CareSetting.GeneralOutpatient, DischargeDate = null }).Build();
        var codes = c.Evaluate().Findings.Where(f => f.Cause == Cause.Filing).Select(f => f.Code).Distinct().OrderBy(x => x, StringComparer.Ordinal).ToArray();
        for (var i = 0; i < codes.Length; i++)
        {
            for (var j = i + 1; j < codes.Length; j++)
            {
                if (!CoherentPairs.Contains((codes[i], codes[j])))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool Covered(SettlementCase c) => c.Evaluate().Trace.Any(t => t.Rule == "filing.covers");

    private static string[] CoveringFilings(SettlementCase c) =>
        c.Evaluate().Trace.Where(t => t.Rule == "filing.covers").SelectMany(t => t.Facts).OrderBy(f => f, StringComparer.Ordinal).ToArray();

    public static class Arbitraries
    {
        /// <summary>Valid generated cases turned into stays of 0–30 days, asked at any point around them.</summary>
        public static Arbitrary<SettlementCase> Stays() =>
            SettlementGenerators.ValidCases()
                .SelectMany(c => Gen.Choose(0, 30).SelectMany(length => Gen.Choose(-10, 50).Select(asked => c with
                {
                    AsOf = c.Encounter.Date.AddDays(asked),
                    Encounter = c.Encounter with { Setting = CareSetting.Inpatient, Condition = null, DischargeDate = c.Encounter.Date.AddDays(length) },
                })))
                .ToArbitrary();
    }
}
