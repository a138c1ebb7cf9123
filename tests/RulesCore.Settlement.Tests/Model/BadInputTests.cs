using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RulesCore.Testing;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using Outcome = RulesCore.Settlement.Decisions.Outcome;
using RulesCore.Settlement.Errors;

namespace RulesCore.Settlement.Tests.Model;

/// <summary>
/// Whatever a registration clerk typed or another vendor exported: every case through the C# API gets a decision or a
/// typed list of problems — never another exception, never a hang.
/// </summary>
public class BadInputTests
{
    private static readonly SettlementEvaluator Evaluator = new();

    public static class Arbitraries
    {
        private static readonly DateTime[] ExtremeDays =
        {
            DateTime.MinValue, DateTime.MaxValue, default, new(1899, 12, 31), new(3000, 1, 1), new(2025, 3, 10, 23, 59, 59), new(1900, 1, 1), new(2999, 12, 31),
        };

        private static Gen<DateTime> AnyDay() => Gen.OneOf(Gen.Elements(ExtremeDays), Gen.Choose(-40000, 40000).Select(n => new DateTime(2025, 1, 1).AddDays(n)));

        private static Gen<T> AnyEnum<T>() where T : struct, Enum => Gen.Choose(-2, 9).Select(n => (T)(object)n);

        private static Gen<string?> AnyText() => Gen.OneOf(
            Gen.Constant<string?>(null), Gen.Constant<string?>(string.Empty), Gen.Constant<string?>(" "), Gen.Constant<string?>("F1"),
            Gen.Constant<string?>("hypertension"), Gen.Constant<string?>("Not An Id"), Gen.Constant<string?>(new string('x', 5000)), Gen.Constant<string?>("\u0000\ud800"));

        private static readonly Func<SettlementCase, Gen<SettlementCase>>[] Corruptions =
        {
            c => Gen.Constant(c with { Person = null! }),
            c => Gen.Constant(c with { Hospital = null! }),
            c => Gen.Constant(c with { Encounter = null! }),
            c => Gen.Constant(c with { Filings = null! }),
            c => Gen.Constant(c with { Qualifications = null! }),
            c => Gen.Constant(c with { Filings = c.Filings.Append(null!).ToArray() }),
            c => Gen.Constant(c with { Person = c.Person with { Contribution = null! } }),
            c => Gen.Constant(c with { Hospital = c.Hospital with { CrossRegionServices = null! } }),
            c => Gen.Constant(c with { Hospital = c.Hospital with { CrossRegionServices = c.Hospital.CrossRegionServices with { ChronicConditions = new string[] { null! } } } }),
            c => Gen.Constant(c with { Encounter = c.Encounter with { Items = null! } }),
            c => Gen.Constant(c with { Person = c.Person with { InsuredRegion = default } }),
            c => AnyDay().Select(d => c with { Encounter = c.Encounter with { Date = d } }),
            c => AnyDay().Select(d => c with { Encounter = c.Encounter with { DischargeDate = d } }),
            c => AnyDay().Select(d => c with { AsOf = d }),
            c => AnyDay().Select(d => c with { Person = c.Person with { Contribution = new Contribution { Status = ContributionStatus.WaitingPeriod, BenefitsResumeOn = d } } }),
            c => AnyDay().SelectMany(a => AnyDay().Select(b => c with { Filings = c.Filings.Select(f => f is null ? f! : f with { ValidFrom = a, ValidUntil = b }).ToArray() })),
            c => AnyDay().SelectMany(a => AnyDay().Select(b => c with { Qualifications = new[] { new Qualification { Condition = Conditions.Diabetes, ValidFrom = a, ValidUntil = b } } })),
            c => AnyEnum<CareSetting>().Select(s => c with { Encounter = c.Encounter with { Setting = s } }),
            c => AnyEnum<CardStatus>().Select(x => c with { Person = c.Person with { Card = x } }),
            c => AnyEnum<InsuranceScheme>().Select(x => c with { Person = c.Person with { Scheme = x } }),
            c => AnyEnum<FilingReason>().Select(x => c with { Filings = c.Filings.Select(f => f is null ? f! : f with { Reason = x }).ToArray() }),
            c => AnyEnum<FilingStatus>().Select(x => c with { Filings = c.Filings.Select(f => f is null ? f! : f with { Status = x }).ToArray() }),
            c => AnyText().Select(t => c with { Encounter = c.Encounter with { Setting = CareSetting.ChronicOutpatient, Condition = t } }),
            c => AnyText().Select(t => c with { Filings = c.Filings.Select(f => f is null ? f! : f with { Id = t! }).ToArray() }),
            c => AnyText().Select(t => c with { Hospital = c.Hospital with { Id = t! } }),
            c => AnyText().Select(t => c with { Encounter = c.Encounter with { Items = new[] { new EncounterItem { InCatalog = false, Code = t!, Amount = 1m } } } }),
            c => Gen.Elements(-1m, decimal.MaxValue, decimal.MinValue, 0m).Select(a => c with { Encounter = c.Encounter with { Items = new[] { new EncounterItem { InCatalog = false, Code = "A", Amount = a } } } }),
            c => Gen.Constant(c with { Filings = c.Filings.Concat(c.Filings).ToArray() }),
            c => Gen.Constant(c with { Filings = Array.Empty<Filing>(), Qualifications = Array.Empty<Qualification>(), Encounter = c.Encounter with { Items = Array.Empty<EncounterItem>() } }),
            c => Gen.Elements(1_000, 1_001, 10_000).Select(n => c with
            {
                Filings = Enumerable.Range(0, n).Select(i => c.Filings.FirstOrDefault(x => x is not null) is { } f ? f with { Id = "F" + i } : new Filing { Id = "F" + i, Reason = FilingReason.Referral, DestinationRegion = c.Hospital.Region, ValidFrom = c.Encounter.Date, Status = FilingStatus.Active, Basis = FilingBasis.Materials }).ToArray(),
            }),
            c => Gen.Elements(10_000, 10_001).Select(n => c with { Encounter = c.Encounter with { Items = Enumerable.Range(0, n).Select(i => new EncounterItem { Code = "I" + i, Amount = 1m, InCatalog = i % 2 == 0 }).ToArray() } }),
        };

        /// <summary>Whether every part a corruption may reach into is still there (corruptions stack).</summary>
        private static bool Intact(SettlementCase x) =>
            x is { Person.Contribution: not null, Hospital.CrossRegionServices.ChronicConditions: not null, Encounter.Items: not null, Filings: not null, Qualifications: not null };

        public static Arbitrary<SettlementCase> BadCases() =>
            SettlementGenerators.ValidCases()
                .SelectMany(c => Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements(Corruptions), n))
                    .SelectMany(corruptions => corruptions.Aggregate(Gen.Constant(c), (g, corrupt) => g.SelectMany(x => Intact(x) ? corrupt(x) : Gen.Constant(x)))))
                .ToArbitrary();
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 400)]
    public bool AnyCase_GetsADecisionOrTypedErrors_InBoundedTime(SettlementCase c)
    {
        var work = Task.Run(() =>
        {
            var errors = Evaluator.Validate(c);
            try
            {
                var decision = Evaluator.Evaluate(c);
                return errors.Count == 0 && decision is not null;
            }
            catch (InvalidCaseException e)
            {
                return errors.Count > 0 && e.Errors.Count > 0 && e.Errors.All(x => x.Path.Length > 0 && x.Code.Length > 0 && x.Message.Length > 0);
            }
        });

        return work.Wait(TimeSpan.FromSeconds(30)) && work.Result;
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 100)]
    public bool AnyBatch_AnswersEveryCase(SettlementCase[] cases)
    {
        var results = Evaluator.EvaluateMany(cases);
        return results.Count == cases.Length && results.All(r => r.IsValid ? r.Errors.Count == 0 : r.Errors.Count > 0);
    }

    [Fact]
    public void ThousandCoveringFilings_DecidedQuickly()
    {
        var c = Cases.CrossProvinceOutpatient().WithFilings(Enumerable.Range(0, 1_000).Select(i => Cases.Filing("F" + i, i % 2 == 0 ? FilingReason.Referral : FilingReason.OtherTemporary, Fixtures.Wuhan, "2025-01-01", "2025-12-31")).ToArray());

        var d = c.Evaluate();

        Assert.Equal(Outcome.DirectReducedRate, d.Outcome);
        Assert.Equal(10, d.RateReductionPoints);
        Assert.Single(d.Findings);
    }

    [Fact]
    public void TenThousandFilings_AreRejectedAsTooLarge()
    {
        var c = Cases.CrossProvinceOutpatient().WithFilings(Enumerable.Range(0, 10_000).Select(i => Cases.Filing("F" + i, FilingReason.Referral, Fixtures.Wuhan, "2025-01-01")).ToArray());

        var e = Assert.Throws<InvalidCaseException>(() => c.Evaluate());

        Assert.Equal(("filings", InputErrorCodes.TooLarge), (e.Errors.Single().Path, e.Errors.Single().Code));
    }

    [Fact]
    public void ThousandCancelledFilings_ExplainedInLinearTime()
    {
        var c = Cases.CrossProvinceOutpatient().WithFilings(Enumerable.Range(0, 1_000).Select(i => Cases.Filing("F" + i, FilingReason.Referral, Fixtures.Wuhan, "2025-01-01", status: FilingStatus.Cancelled)).ToArray());

        Assert.Equal(1_000, c.Evaluate().Findings.Count(f => f.Code == FindingCodes.FilingCancelled));
    }

    [Fact]
    public void ExtremeDates_AreOutOfRangeNotCrashes()
    {
        var c = Cases.CrossProvinceOutpatient().WithEncounter(e => e with { Date = DateTime.MaxValue })
            .WithFiling(f => f with { ValidFrom = DateTime.MaxValue.AddDays(-1), ValidUntil = null });

        var e = Assert.Throws<InvalidCaseException>(() => c.Evaluate());

        Assert.Contains(e.Errors, x => x.Path == "encounter.date" && x.Code == InputErrorCodes.OutOfRange);
        Assert.Contains(e.Errors, x => x.Path == "filings[0].validFrom" && x.Code == InputErrorCodes.OutOfRange);
    }

    [Fact]
    public void ManyProblems_ListedUpToALimit()
    {
        var c = Cases.CrossProvinceOutpatient().WithFilings(Enumerable.Range(0, 500).Select(i => new Filing { Id = "F" + i, Reason = default, DestinationRegion = default, ValidFrom = default, Status = default, Basis = default }).ToArray());

        var e = Assert.Throws<InvalidCaseException>(() => c.Evaluate());

        Assert.Equal(101, e.Errors.Count);
        Assert.Equal(InputErrorCodes.TooLarge, e.Errors[^1].Code);
    }
}
