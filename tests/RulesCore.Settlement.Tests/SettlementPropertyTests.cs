using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static RulesCore.Settlement.Tests.Cases;

namespace RulesCore.Settlement.Tests;

/// <summary>Invariants of the rule interactions, over generated whole cases.</summary>
public class SettlementPropertyTests
{
    /// <summary>Things that, added to any case, are a blocking problem.</summary>
    public enum Problem
    {
        Lapse,
        Waiting,
        Identity,
        NoCard,
        HospitalOffline,
        AllItemsOutside,
        CancelAllFilings,
        UnqualifiedChronic,
    }

    public static class Arbitraries
    {
        private static readonly RegionCode[] Regions =
            new[] { "430100", "420100", "420106", "420300", "330100", "330106", "330500", "451200", "450102", "450200", "140200", "140213", "110105", "371326", "310104", "360100", "360702" }
                .Select(RegionCode.Parse).ToArray();

        private static readonly string[] ConditionPool =
            { Conditions.Hypertension, Conditions.Diabetes, Conditions.Copd, Conditions.RheumatoidArthritis, Conditions.UremiaDialysis, "parkinsons" };

        private static Gen<DateTime> Day(int fromYear, int toYear) =>
            Gen.Choose(0, (toYear - fromYear + 1) * 365 - 1).Select(n => new DateTime(fromYear, 1, 1).AddDays(n));

        private static Gen<Filing> FilingGen(int index) =>
            from reason in Gen.Elements(Enum.GetValues(typeof(FilingReason)).Cast<FilingReason>().ToArray())
            from region in Gen.Elements(Regions)
            from start in Day(2023, 2025)
            from length in Gen.Choose(-1, 500)
            from status in Gen.Frequency((4, Gen.Constant(FilingStatus.Active)), (1, Gen.Constant(FilingStatus.Cancelled)))
            from basis in Gen.Elements(FilingBasis.Materials, FilingBasis.Commitment, FilingBasis.CommitmentSupplemented)
            select new Filing
            {
                Id = "F" + index, Reason = reason, DestinationRegion = region, ValidFrom = start,
                ValidUntil = length < 0 ? null : start.AddDays(length), Status = status, Basis = basis,
            };

        private static Gen<Qualification> QualificationGen() =>
            from condition in Gen.Elements(ConditionPool)
            from start in Day(2022, 2025)
            from open in Gen.Elements(true, false)
            select new Qualification { Condition = condition, ValidFrom = start, ValidUntil = open ? null : start.AddDays(400) };

        private static Gen<EncounterItem> ItemGen(int index) =>
            from inCatalog in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
            from cents in Gen.Choose(0, 100_000)
            select new EncounterItem { Code = "I" + index, Amount = cents / 100m, InCatalog = inCatalog };

        private static Gen<T[]> Indexed<T>(Func<int, Gen<T>> make, Func<T, int, T> number, int max) =>
            Gen.Choose(0, max).SelectMany(n => Gen.ArrayOf(make(0), n)).Select(xs => xs.Select((x, i) => number(x, i + 1)).ToArray());

        public static Gen<SettlementCase> CaseGen() =>
            from insured in Gen.Elements(Regions)
            from hospitalRegion in Gen.Elements(Regions)
            from contribution in Gen.Frequency((6, Gen.Constant(ContributionStatus.Active)), (1, Gen.Constant(ContributionStatus.Lapsed)), (1, Gen.Constant(ContributionStatus.WaitingPeriod)))
            from identity in Gen.Frequency((6, Gen.Constant(true)), (1, Gen.Constant(false)))
            from card in Gen.Frequency((5, Gen.Constant(CardStatus.Valid)), (1, Gen.Elements(CardStatus.ChipDamaged, CardStatus.Demagnetized, CardStatus.Lost, CardStatus.None)))
            from voucher in Gen.Elements(true, false)
            from personal in Gen.Elements(true, false)
            from filings in Indexed(FilingGen, (f, i) => f with { Id = "F" + i }, 3)
            from qualifications in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(QualificationGen(), n))
            from inpatient in Gen.Elements(true, false)
            from outpatient in Gen.Elements(true, false)
            from opened in Gen.SubListOf(ConditionPool)
            from intraOnly in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
            from setting in Gen.Elements(CareSetting.Inpatient, CareSetting.GeneralOutpatient, CareSetting.ChronicOutpatient, CareSetting.Emergency)
            from condition in Gen.Elements(ConditionPool)
            from date in Day(2023, 2026)
            from stay in Gen.Choose(-1, 30)
            from items in Indexed(ItemGen, (x, i) => x with { Code = "I" + i }, 4)
            select new SettlementCase
            {
                Person = new InsuranceAccount
                {
                    InsuredRegion = insured, Scheme = InsuranceScheme.Employee,
                    Contribution = new Contribution { Status = contribution, BenefitsResumeOn = contribution == ContributionStatus.WaitingPeriod ? date.AddDays(stay) : null },
                    IdentityVerified = identity, Card = card, EVoucherActivated = voucher, PersonalAccountPaymentEnabled = personal,
                },
                Filings = filings,
                Qualifications = qualifications,
                Hospital = new Hospital
                {
                    Id = "H1", Region = hospitalRegion,
                    CrossRegionServices = new CrossRegionServices { Inpatient = inpatient, GeneralOutpatient = outpatient, ChronicConditions = opened.ToArray(), IntraProvinceOnly = intraOnly },
                },
                Encounter = new Encounter
                {
                    Setting = setting, Date = date, Condition = setting == CareSetting.ChronicOutpatient ? condition : null,
                    DischargeDate = setting == CareSetting.Inpatient && stay >= 0 ? date.AddDays(stay) : null, Items = items,
                },
            };

        public static Arbitrary<SettlementCase> Cases() => CaseGen().ToArbitrary();

        public static Arbitrary<Problem> Problems() => Gen.Elements(Enum.GetValues(typeof(Problem)).Cast<Problem>().ToArray()).ToArbitrary();
    }

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private static string Serialize(SettlementDecision d) => JsonSerializer.Serialize(d, Json);

    private static SettlementCase Add(SettlementCase c, Problem problem) => problem switch
    {
        Problem.Lapse => c.WithPerson(p => p with { Contribution = new Contribution { Status = ContributionStatus.Lapsed } }),
        Problem.Waiting => c.WithPerson(p => p with { Contribution = new Contribution { Status = ContributionStatus.WaitingPeriod, BenefitsResumeOn = c.Encounter.Date.AddDays(1) } }),
        Problem.Identity => c.WithPerson(p => p with { IdentityVerified = false }),
        Problem.NoCard => c.WithPerson(p => p with { Card = CardStatus.None, EVoucherActivated = false }),
        Problem.HospitalOffline => c.WithServices(_ => new CrossRegionServices()),
        Problem.AllItemsOutside => c.WithItems(Item("Z1", inCatalog: false)),
        Problem.CancelAllFilings => c with { Filings = c.Filings.Select(f => f with { Status = FilingStatus.Cancelled }).ToArray() },
        _ => c.WithEncounter(e => e with { Setting = CareSetting.ChronicOutpatient, Condition = "parkinsons" }) with { Qualifications = Array.Empty<Qualification>() },
    };

    /// <summary>Everything that could go wrong, put right: the person is in good standing, filed long-term with materials for the treatment city, at a hospital open for everything.</summary>
    private static SettlementCase Fix(SettlementCase c)
    {
        return c
            .WithPerson(p => p with
            {
                Contribution = new Contribution { Status = ContributionStatus.Active }, IdentityVerified = true, Card = CardStatus.Valid,
                PersonalAccountPaymentEnabled = true,
            })
            .WithFilings(Filing("FX", FilingReason.LongTermResident, c.Hospital.Region.PoolingRegion, "2000-01-01"))
            .WithServices(_ => new CrossRegionServices { Inpatient = true, GeneralOutpatient = true, ChronicConditions = new[] { Conditions.Hypertension } })
            .WithEncounter(e => e with { Condition = e.Setting == CareSetting.ChronicOutpatient ? Conditions.Hypertension : null, Items = e.Items.Select(i => i with { InCatalog = true }).ToArray() })
            with { Qualifications = new[] { new Qualification { Condition = Conditions.Hypertension, ValidFrom = D("2000-01-01") } } };
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool Outcome_IsTheWorstCapAmongTheFindings(SettlementCase c)
    {
        var d = c.Evaluate();
        var worst = d.Findings.Where(f => f.Caps is not null).Select(f => f.Caps!.Value).DefaultIfEmpty(Outcome.Direct).Max();
        return d.Outcome == worst && d.Findings.All(f => (f.Caps is null) == (f.Severity != Severity.Blocking));
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool AddingABlockingProblem_NeverImprovesTheOutcome(SettlementCase c, Problem problem)
    {
        var before = c.Evaluate();
        var after = Add(c, problem).Evaluate();
        return after.Outcome >= before.Outcome;
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool AddingAnAccountProblem_AlwaysBlocks(SettlementCase c, Problem problem)
    {
        if (problem is not (Problem.Lapse or Problem.Waiting or Problem.Identity or Problem.NoCard or Problem.AllItemsOutside))
        {
            return true;
        }

        return Add(c, problem).Evaluate().Outcome >= Outcome.PayThenClaim;
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool RemovingEveryProblem_YieldsDirect(SettlementCase c)
    {
        var d = Fix(c).Evaluate();
        return d.Outcome == Outcome.Direct && d.Findings.All(f => f.Severity == Severity.Info) && d.RateReductionPoints == 0;
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 200)]
    public bool Decision_DoesNotDependOnTheOrderOfFilingsQualificationsOrItems(SettlementCase c)
    {
        var reversed = c with
        {
            Filings = c.Filings.Reverse().ToArray(),
            Qualifications = c.Qualifications.Reverse().ToArray(),
            Encounter = c.Encounter with { Items = c.Encounter.Items.Reverse().ToArray() },
        };
        return Serialize(c.Evaluate()) == Serialize(reversed.Evaluate());
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool IntraProvinceExemption_NeverAcrossProvincesNorForPersonsInsuredElsewhere(SettlementCase c)
    {
        var d = c.Evaluate();
        if (!d.Has(FindingCodes.FilingExemptIntraProvince))
        {
            return true;
        }

        var insured = c.Person.InsuredRegion;
        var treatment = c.Hospital.Region;
        var insuredProvincePolicy = Cases.Policies.Resolve(insured, c.Encounter.Date).Get(RulesCore.Settlement.Policies.PolicyParameters.IntraProvinceFilingExempt);
        return insured.IsSameProvince(treatment) && insured.PoolingRegion != treatment.PoolingRegion && insuredProvincePolicy;
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool LocalVisits_NeverProduceHospitalFindingsOrFilingFindingsOtherThanHomeSettlement(SettlementCase c)
    {
        var local = c.AtHospital(h => h with { Region = c.Person.InsuredRegion });
        var homeSettlement = new[] { FindingCodes.HomeSettlementNeedsMaterials, FindingCodes.TwoWaySettlement };
        return local.Evaluate().Findings.All(f => f.Cause != Cause.Hospital && (f.Cause != Cause.Filing || homeSettlement.Contains(f.Code)));
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 200)]
    public bool EveryBlockingFinding_HasARemedyAndMessagesInBothLanguages(SettlementCase c)
    {
        var zh = c.Evaluate(Languages.Chinese);
        var en = c.Evaluate(Languages.English);
        return zh.Findings.Count == en.Findings.Count
            && zh.Findings.Zip(en.Findings, (z, e) => (z, e)).All(p =>
                p.z.Code == p.e.Code
                && (p.z.Severity != Severity.Blocking || (p.z.Remedies.Count > 0 && p.e.Remedies.Count > 0))
                && p.z.Message.Any(ch => ch >= '\u4e00' && ch <= '\u9fff')
                && p.e.Message.Length > 0 && !p.e.Message.Any(ch => ch >= '\u4e00' && ch <= '\u9fff')
                && !p.e.Message.Contains('{')
                && p.z.Remedies.All(r => r.Text.Length > 0) && p.e.Remedies.All(r => r.Text.Length > 0));
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 200)]
    public bool EvaluatingTwice_GivesIdenticalDecisions(SettlementCase c) =>
        Serialize(c.Evaluate()) == Serialize(c.Evaluate());

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool RateReduction_IsReportedExactlyWithItsFinding(SettlementCase c)
    {
        var d = c.Evaluate();
        return (d.RateReductionPoints > 0) == d.Has(FindingCodes.TemporaryRateReduction);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 30)]
    public bool EvaluateMany_AgreesWithEvaluate(SettlementCase[] cases)
    {
        var batch = Cases.Evaluator.EvaluateMany(cases, new EvaluationOptions { Language = Languages.English, MaxDegreeOfParallelism = 4 });
        return batch.Count == cases.Length && batch.Select(r => Serialize(r.Decision!)).SequenceEqual(cases.Select(c => Serialize(c.Evaluate())));
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool EveryFilingProblem_IsAboutAnOutOfRegionVisitWithoutFiledBasis(SettlementCase c)
    {
        var d = c.Evaluate();
        var problems = new[] { FindingCodes.FilingMissing, FindingCodes.FilingExpired, FindingCodes.FilingNotYetValid, FindingCodes.FilingWrongRegion, FindingCodes.FilingCancelled };
        var count = d.Findings.Count(f => problems.Contains(f.Code));
        var covered = d.Has(FindingCodes.FilingExemptIntraProvince) || d.Has(FindingCodes.EmergencyDeemedFiled) || d.Trace.Any(t => t.Rule == "filing.covers");
        var local = c.Person.InsuredRegion.PoolingRegion == c.Hospital.Region.PoolingRegion;
        return local || covered ? count == 0 : count >= 1;
    }
}
