using FsCheck;
using FsCheck.Fluent;
using RulesCore.Settlement;

namespace RulesCore.Testing;

/// <summary>
/// FsCheck generators of whole cases, for property tests of your own flows: valid cases of every kind, cases that
/// settle, cases with exactly one problem of a chosen cause, and invalid cases. Deterministic for a given seed.
/// </summary>
public static class SettlementGenerators
{
    private static readonly string[] Regions =
    {
        "430100", "420100", "420106", "420300", "330100", "330106", "330500", "451200", "450102", "450200",
        "140200", "140213", "110105", "371326", "310104", "360100", "360702", "429004", "429006", "460100",
    };

    private static readonly (string Insured, string Treated)[] CrossProvince =
    {
        ("430100", "420106"), ("371326", "310104"), ("140200", "110105"), ("451200", "420106"), ("330100", "430102"), ("420300", "330106"),
    };

    private static readonly string[] ConditionPool =
        { Conditions.Hypertension, Conditions.Diabetes, Conditions.Copd, Conditions.RheumatoidArthritis, Conditions.UremiaDialysis, "parkinsons" };

    private static readonly string[] FivePlus = { Conditions.Hypertension, Conditions.Diabetes, Conditions.UremiaDialysis };

    /// <summary>Valid cases of every kind: any regions, filings, qualifications, services, settings and account states. Most have findings.</summary>
    /// <returns>The generator.</returns>
    public static Gen<SettlementCase> ValidCases() =>
        from insured in Gen.Elements(Regions)
        from hospitalRegion in Gen.Elements(Regions)
        from contribution in Gen.Frequency((6, Gen.Constant(ContributionStatus.Active)), (1, Gen.Constant(ContributionStatus.Lapsed)), (1, Gen.Constant(ContributionStatus.WaitingPeriod)))
        from identity in Gen.Frequency((6, Gen.Constant(true)), (1, Gen.Constant(false)))
        from card in Gen.Frequency((5, Gen.Constant(CardStatus.Valid)), (1, Gen.Elements(CardStatus.ChipDamaged, CardStatus.Demagnetized, CardStatus.Lost, CardStatus.None)))
        from voucher in Gen.Elements(true, false)
        from personal in Gen.Elements(true, false)
        from filings in Numbered(FilingGen(), (f, i) => f with { Id = "F" + i }, 3)
        from qualifications in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(QualificationGen(), n))
        from inpatient in Gen.Elements(true, false)
        from outpatient in Gen.Elements(true, false)
        from opened in Gen.SubListOf(ConditionPool)
        from intraOnly in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from setting in Gen.Elements(CareSetting.Inpatient, CareSetting.GeneralOutpatient, CareSetting.ChronicOutpatient, CareSetting.Emergency)
        from condition in Gen.Elements(ConditionPool)
        from date in Day(2023, 2026)
        from stay in Gen.Choose(-1, 30)
        from items in Numbered(ItemGen(), (x, i) => x with { Code = "I" + i }, 4)
        select new SettlementCase
        {
            Person = new InsuranceAccount
            {
                InsuredRegion = RegionCode.Parse(insured), Scheme = InsuranceScheme.Employee,
                Contribution = new Contribution { Status = contribution, BenefitsResumeOn = contribution == ContributionStatus.WaitingPeriod ? date.AddDays(stay) : null },
                IdentityVerified = identity, Card = card, EVoucherActivated = voucher, PersonalAccountPaymentEnabled = personal,
            },
            Filings = filings,
            Qualifications = qualifications,
            Hospital = new Hospital
            {
                Id = "H1", Region = RegionCode.Parse(hospitalRegion),
                CrossRegionServices = new CrossRegionServices { Inpatient = inpatient, GeneralOutpatient = outpatient, ChronicConditions = opened.ToArray(), IntraProvinceOnly = intraOnly },
            },
            Encounter = new Encounter
            {
                Setting = setting, Date = date, Condition = setting == CareSetting.ChronicOutpatient ? condition : null,
                DischargeDate = setting == CareSetting.Inpatient && stay >= 0 ? date.AddDays(stay) : null, Items = items,
            },
        };

    /// <summary>
    /// Cross-province cases with nothing wrong: a long-term filing with materials, a hospital open for everything,
    /// a clean account, catalogue items; general outpatient, inpatient or a listed chronic condition. They settle directly.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<SettlementCase> SettlingCases() =>
        from pair in Gen.Elements(CrossProvince)
        from date in Day(2024, 2026)
        from setting in Gen.Elements(CareSetting.GeneralOutpatient, CareSetting.Inpatient, CareSetting.ChronicOutpatient)
        from condition in Gen.Elements(FivePlus)
        from items in Numbered(ItemGen().Select(i => i with { InCatalog = true }), (x, i) => x with { Code = "I" + i }, 4)
        let builder = Cases.CrossProvinceOutpatient().InsuredIn(pair.Insured).TreatedIn(pair.Treated).On(Iso(date)).WithItems(items)
        select setting switch
        {
            CareSetting.Inpatient => builder.AsInpatient(Iso(date.AddDays(5))).Build(),
            CareSetting.ChronicOutpatient => builder.WithChronicCondition(condition).Build(),
            _ => builder.Build(),
        };

    /// <summary>Cases with exactly one blocking problem, of the given cause (and possibly information findings).</summary>
    /// <param name="cause">The cause of the problem.</param>
    /// <returns>The generator.</returns>
    public static Gen<SettlementCase> CasesWithOneProblem(Cause cause) =>
        from settling in SettlingCases()
        from problem in Gen.Elements(Problems(cause))
        select problem(new CaseBuilder(settling)).Build();

    /// <summary>Invalid cases: a settling case with one thing the validator rejects (bad region, inverted range, chronic visit without a condition, unknown value, missing part, duplicate id, negative amount).</summary>
    /// <returns>The generator.</returns>
    public static Gen<SettlementCase> InvalidCases() =>
        from settling in SettlingCases()
        from breakIt in Gen.Elements(Breakages)
        select breakIt(settling);

    private static readonly Func<SettlementCase, SettlementCase>[] Breakages =
    {
        c => c with { Person = c.Person with { InsuredRegion = default } },
        c => c with { Filings = c.Filings.Select(f => f with { ValidUntil = f.ValidFrom.AddDays(-1) }).ToArray() },
        c => c with { Encounter = c.Encounter with { Setting = CareSetting.ChronicOutpatient, Condition = null } },
        c => c with { Encounter = c.Encounter with { Setting = 0 } },
        c => c with { Person = c.Person with { Card = (CardStatus)99 } },
        c => c with { Hospital = null! },
        c => c with { Filings = c.Filings.Concat(c.Filings).ToArray() },
        c => c with { Encounter = c.Encounter with { Items = new[] { new EncounterItem { Code = "X", Amount = -1m } } } },
        c => c with { Qualifications = new Qualification[] { null! } },
    };

    private static Func<CaseBuilder, CaseBuilder>[] Problems(Cause cause) => cause switch
    {
        Cause.Filing => new Func<CaseBuilder, CaseBuilder>[]
        {
            b => b.WithoutFiling(), b => b.WithExpiredFiling(), b => b.WithFilingNotYetValid(), b => b.WithCancelledFiling(), b => b.WithFilingForAnotherRegion(),
        },
        Cause.Hospital => new Func<CaseBuilder, CaseBuilder>[]
        {
            b => b.AtHospitalNotNetworked(),
            b => b.AtHospitalForSameProvinceOnly(),
            b => b.Build().Encounter.Setting == CareSetting.Inpatient ? b.AtHospitalWithOutpatientOnly()
                : b.Build().Encounter.Setting == CareSetting.ChronicOutpatient ? b.AtHospitalWithoutTheCondition()
                : b.AtHospitalWithInpatientOnly(),
        },
        Cause.Coverage => new Func<CaseBuilder, CaseBuilder>[]
        {
            b => b.WithoutQualification(), b => b.WithConditionOutsideTheList(), b => b.WithAllItemsOutsideCatalog(),
        },
        _ => new Func<CaseBuilder, CaseBuilder>[]
        {
            b => b.WithLapsedContributions(), b => b.InWaitingPeriod(), b => b.WithIdentityMismatch(), b => b.WithUnusableCard(),
        },
    };

    private static string Iso(DateTime date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Gen<DateTime> Day(int fromYear, int toYear) =>
        Gen.Choose(0, ((toYear - fromYear + 1) * 365) - 1).Select(n => new DateTime(fromYear, 1, 1).AddDays(n));

    private static Gen<T[]> Numbered<T>(Gen<T> gen, Func<T, int, T> number, int max) =>
        Gen.Choose(0, max).SelectMany(n => Gen.ArrayOf(gen, n)).Select(xs => xs.Select((x, i) => number(x, i + 1)).ToArray());

    private static Gen<Filing> FilingGen() =>
        from reason in Gen.Elements((FilingReason[])Enum.GetValues(typeof(FilingReason)))
        from region in Gen.Elements(Regions)
        from start in Day(2023, 2025)
        from length in Gen.Choose(-1, 500)
        from status in Gen.Frequency((4, Gen.Constant(FilingStatus.Active)), (1, Gen.Constant(FilingStatus.Cancelled)))
        from basis in Gen.Elements(FilingBasis.Materials, FilingBasis.Commitment, FilingBasis.CommitmentSupplemented)
        select new Filing
        {
            Id = "F", Reason = reason, DestinationRegion = RegionCode.Parse(region), ValidFrom = start,
            ValidUntil = length < 0 ? null : start.AddDays(length), Status = status, Basis = basis,
        };

    private static Gen<Qualification> QualificationGen() =>
        from condition in Gen.Elements(ConditionPool)
        from start in Day(2022, 2025)
        from open in Gen.Elements(true, false)
        select new Qualification { Condition = condition, ValidFrom = start, ValidUntil = open ? null : start.AddDays(400) };

    private static Gen<EncounterItem> ItemGen() =>
        from inCatalog in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from cents in Gen.Choose(0, 100_000)
        select new EncounterItem { Code = "I", Amount = cents / 100m, InCatalog = inCatalog };
}
