using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RulesCore.Testing;
using static RulesCore.Testing.Cases;
using static RulesCore.Settlement.Tests.Fixtures;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;
using Outcome = RulesCore.Settlement.Decisions.Outcome;

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
        CancelTreatmentRegionFilings,
        UnqualifiedChronic,
    }

    public static class Arbitraries
    {
        public static Arbitrary<SettlementCase> Cases() => SettlementGenerators.ValidCases().ToArbitrary();

        public static Arbitrary<Problem> Problems() => Gen.Elements(Enum.GetValues(typeof(Problem)).Cast<Problem>().ToArray()).ToArbitrary();
    }

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private static string Serialize(SettlementDecision d) => JsonSerializer.Serialize(d, Json);

    private static SettlementCase Add(SettlementCase c, Problem problem)
    {
        var b = RulesCore.Testing.Cases.From(c);
        return (problem switch
        {
            Problem.Lapse => b.WithLapsedContributions(),
            Problem.Waiting => b.InWaitingPeriod(),
            Problem.Identity => b.WithIdentityMismatch(),
            Problem.NoCard => b.WithUnusableCard(CardStatus.None).With(x => x with { Person = x.Person with { EVoucherActivated = false } }),
            Problem.HospitalOffline => b.AtHospitalNotNetworked(),
            Problem.AllItemsOutside => b.WithAllItemsOutsideCatalog(),
            // Only the filings for the treatment region: cancelling a long-term filing elsewhere before a visit at home
            // lifts HOME_SETTLEMENT_NEEDS_MATERIALS, which is right, so it is no problem to add.
            Problem.CancelTreatmentRegionFilings => b.With(x => x with
            {
                Filings = x.Filings
                    .Select(f => f.DestinationRegion.Pooling() == x.Hospital.Region.Pooling() ? f with { Status = FilingStatus.Cancelled } : f)
                    .ToArray(),
            }),
            _ => b.WithoutQualification("parkinsons"),
        }).Build();
    }

    /// <summary>Everything that could go wrong, put right: the person is in good standing, filed long-term with materials for the treatment city, at a hospital open for everything.</summary>
    private static SettlementCase Fix(SettlementCase c)
    {
        return Cases.From(c)
            .WithPerson(p => p with
            {
                Contribution = new Contribution { Status = ContributionStatus.Active }, IdentityVerified = true, Card = CardStatus.Valid,
                PersonalAccountPaymentEnabled = true,
            })
            .WithFilings(Filing("FX", FilingReason.LongTermResident, c.Hospital.Region.Pooling(), "2000-01-01"))
            .WithServices(_ => new CrossRegionServices { Inpatient = true, GeneralOutpatient = true, ChronicConditions = new[] { Conditions.Hypertension } })
            .WithEncounter(e => e with { Condition = e.Setting == CareSetting.ChronicOutpatient ? Conditions.Hypertension : null, Items = e.Items.Select(i => i with { InCatalog = true }).ToArray() })
            .Build() with { Qualifications = new[] { new Qualification { Condition = Conditions.Hypertension, ValidFrom = D("2000-01-01") } } };
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
    public bool AddingAValidFiling_NeverWorsensTheOutcome_NorRaisesTheReduction(SettlementCase c, bool longTerm, bool referral)
    {
        if (c.Hospital.Region.Pooling() == c.Person.InsuredRegion.Pooling())
        {
            return true;
        }

        var reason = longTerm ? FilingReason.LongTermResident : referral ? FilingReason.Referral : FilingReason.OtherTemporary;
        var filing = new Filing
        {
            Id = "ZZ", Reason = reason, DestinationRegion = c.Hospital.Region, ValidFrom = c.Encounter.Date.AddDays(-10),
            ValidUntil = c.Encounter.Date.AddDays(10), Status = FilingStatus.Active, Basis = FilingBasis.Materials,
        };
        var before = c.Evaluate();
        var after = (c with { Filings = c.Filings.Append(filing).ToArray() }).Evaluate();
        // A visit that did not settle may now settle at a reduced ratio; one that settled keeps at most its reduction.
        return after.Outcome <= before.Outcome && (before.Outcome >= Outcome.PayThenClaim || after.RateReductionPoints <= before.RateReductionPoints);
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
        var insuredProvincePolicy = Fixtures.Policies.Resolve(insured, c.Encounter.Date).Get(RulesCore.Settlement.Policies.PolicyParameters.IntraProvinceFilingExempt);
        return insured.IsSameProvince(treatment) && insured.Pooling() != treatment.Pooling() && insuredProvincePolicy;
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool LocalVisits_NeverProduceHospitalFindingsOrFilingFindingsOtherThanHomeSettlement(SettlementCase c)
    {
        var local = Cases.From(c).AtHospital(h => h with { Region = c.Person.InsuredRegion });
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
        var batch = Fixtures.Evaluator.EvaluateMany(cases, new EvaluationOptions { Language = Languages.English, MaxDegreeOfParallelism = 4 });
        return batch.Count == cases.Length && batch.Select(r => Serialize(r.Decision!)).SequenceEqual(cases.Select(c => Serialize(c.Evaluate())));
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public bool EveryFilingProblem_IsAboutAnOutOfRegionVisitWithoutFiledBasis(SettlementCase c)
    {
        var d = c.Evaluate();
        var problems = new[] { FindingCodes.FilingMissing, FindingCodes.FilingExpired, FindingCodes.FilingNotYetValid, FindingCodes.FilingWrongRegion, FindingCodes.FilingCancelled };
        var count = d.Findings.Count(f => problems.Contains(f.Code));
        var covered = d.Has(FindingCodes.FilingExemptIntraProvince) || d.Has(FindingCodes.EmergencyDeemedFiled) || d.Trace.Any(t => t.Rule == "filing.covers");
        var local = c.Person.InsuredRegion.Pooling() == c.Hospital.Region.Pooling();
        return local || covered ? count == 0 : count >= 1;
    }
}
