using FsCheck;
using FsCheck.Fluent;
using RulesCore.Settlement;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

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

    /// <summary>Pairs of regions in one province, in different pooling regions; the province does not waive filing.</summary>
    private static readonly (string Insured, string Treated)[] IntraProvince =
    {
        ("420300", "420106"), ("430100", "430300"), ("330500", "330106"), ("429004", "420106"), ("140213", "140100"),
    };

    /// <summary>Pairs of regions in a province that waives filing inside it, and the first year it does.</summary>
    private static readonly (string Insured, string Treated, int From)[] ExemptIntraProvince =
    {
        ("451200", "450102", 2025), ("450200", "450102", 2025), ("360702", "360100", 2024),
    };

    /// <summary>
    /// Pairs of regions in one pooling region (visits at home), another pooling region the person may hold a long-term
    /// filing for, and the first year drawn (大同 settles both ways from 2025).
    /// </summary>
    private static readonly (string Insured, string Treated, string Elsewhere, int From)[] Local =
    {
        ("430100", "430102", "420100", 2023), ("420100", "420106", "420300", 2023), ("330100", "330106", "310000", 2023), ("140200", "140213", "110000", 2025),
        ("110105", "110108", "140200", 2023), ("460100", "460200", "450100", 2023), ("429004", "429004", "420100", 2023),
    };

    private static readonly string[] ConditionPool =
        { Conditions.Hypertension, Conditions.Diabetes, Conditions.Copd, Conditions.RheumatoidArthritis, Conditions.UremiaDialysis, "parkinsons" };

    private static readonly string[] FivePlus = { Conditions.Hypertension, Conditions.Diabetes, Conditions.UremiaDialysis };

    /// <summary>
    /// Valid cases of every kind: any regions, filings, qualifications, services, settings, schemes, account states and
    /// as-of days. Seven in ten are stories: a case that settles (cross-province, intra-province, exempt inside its
    /// province, or at home, in any setting) with zero, one or two twists (a filing, hospital, coverage or account
    /// problem, or an information-only variation); the rest are drawn field by field. Evaluated with the shipped policy
    /// packs, a sample of a few thousand (checked on 4,000 with a fixed seed) meets these floors:
    /// <list type="bullet">
    /// <item><description>every finding code in at least 1% of cases — <c>PERSONAL_ACCOUNT_NOT_ENABLED</c> only with a
    /// pack requiring the personal-account permission for 长沙 (430100), as no shipped pack requires it;</description></item>
    /// <item><description>outcome <see cref="RulesCore.Settlement.Decisions.Outcome.Direct"/> in at least 20%;</description></item>
    /// <item><description><see cref="SettlementCase.AsOf"/> before, on and after the encounter date in at least 5% each
    /// (and sometimes unset);</description></item>
    /// <item><description>each <see cref="InsuranceScheme"/> in at least 5%.</description></item>
    /// </list>
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<SettlementCase> ValidCases() =>
        Gen.Frequency((7, Stories()), (3, AnyCases()));

    /// <summary>A case that settles, asked on some day, by either scheme, with zero, one or two twists.</summary>
    private static Gen<SettlementCase> Stories() =>
        from start in Starts()
        from asOf in AsOf(start.Date)
        from scheme in Gen.Frequency((7, Gen.Constant(InsuranceScheme.Employee)), (3, Gen.Constant(InsuranceScheme.Resident)))
        from personal in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from count in Gen.Frequency((8, Gen.Constant(0)), (8, Gen.Constant(1)), (5, Gen.Constant(2)))
        from twists in Gen.ArrayOf(Gen.Frequency(Twists.Select(t => (t.Weight, Gen.Constant(t.Twist))).ToArray()), count)
        let asked = start.With(c => c with { AsOf = asOf, Person = c.Person with { Scheme = scheme, PersonalAccountPaymentEnabled = personal } })
        select twists.Aggregate(asked, (b, twist) => twist(b)).Build();

    /// <summary>Cases that settle (directly, or with information findings only).</summary>
    private static Gen<CaseBuilder> Starts() =>
        from place in Gen.Frequency(
            (5, Gen.Elements(CrossProvince).Select(p => (p.Insured, p.Treated, Elsewhere: (string?)null, From: 2023))),
            (2, Gen.Elements(IntraProvince).Select(p => (p.Insured, p.Treated, Elsewhere: (string?)null, From: 2023))),
            (1, Gen.Elements(ExemptIntraProvince).Select(p => (p.Insured, p.Treated, Elsewhere: (string?)null, p.From))),
            (3, Gen.Elements(Local).Select(p => (p.Insured, p.Treated, Elsewhere: (string?)p.Elsewhere, p.From))))
        from date in Day(place.From, 2026)
        from filed in Gen.Choose(0, 700)
        from reason in Gen.Elements(FilingReason.LongTermResident, FilingReason.RetireeResettlement, FilingReason.ResidentWorker)
        from basis in Gen.Elements(FilingBasis.Materials, FilingBasis.CommitmentSupplemented)
        from setting in Settings()
        from items in Numbered(ItemGen().Select(i => i with { InCatalog = true }), (x, i) => x with { Code = "I" + i }, 3)
        let builder = Cases.CrossProvinceOutpatient().InsuredIn(place.Insured).TreatedIn(place.Treated).On(Iso(date)).WithItems(items)
        let local = place.Elsewhere is not null
        let exempt = !local && place.From > 2023
        let filing = new Filing
        {
            Id = "F1", Reason = reason, Basis = basis, Status = FilingStatus.Active, ValidFrom = date.AddDays(-filed),
            // At home, a long-term filing elsewhere (it settles at home: materials, or a two-way region).
            DestinationRegion = CaseBuilder.Pooling(RegionCode.Parse(place.Elsewhere ?? place.Treated), date),
        }
        from filings in local || exempt ? Gen.Elements(Array.Empty<Filing>(), new[] { filing }) : Gen.Constant(new[] { filing })
        select setting(builder.WithFilings(filings));

    /// <summary>The care setting of a start: general outpatient, inpatient (discharged or still admitted), chronic, emergency.</summary>
    private static Gen<Func<CaseBuilder, CaseBuilder>> Settings() =>
        from stay in Gen.Choose(0, 20)
        from condition in Gen.Elements(FivePlus)
        from setting in Gen.Frequency(
            (4, Gen.Constant<Func<CaseBuilder, CaseBuilder>>(b => b)),
            (2, Gen.Constant<Func<CaseBuilder, CaseBuilder>>(b => b.AsInpatient(Iso(b.Date.AddDays(stay))))),
            (1, Gen.Constant<Func<CaseBuilder, CaseBuilder>>(b => b.AsInpatient())),
            (3, Gen.Constant<Func<CaseBuilder, CaseBuilder>>(b => b.WithChronicCondition(condition))),
            (1, Gen.Constant<Func<CaseBuilder, CaseBuilder>>(b => b.AsEmergency())))
        select setting;

    /// <summary>
    /// What a story may add to a case that settles, with its weight: one problem of each kind the rules know, or a
    /// variation that leaves only information findings. A twist that does not apply (a hospital problem at home) changes
    /// nothing the rules see.
    /// </summary>
    private static readonly (int Weight, Func<CaseBuilder, CaseBuilder> Twist)[] Twists =
    {
        // the filing
        (3, b => b.WithoutFiling()),
        (3, b => b.WithExpiredFiling()),
        (4, b => b.WithFilingNotYetValid()),
        (4, b => b.WithCancelledFiling()),
        (2, b => b.WithFilingForAnotherRegion()),
        (2, b => b.WithTemporaryFiling()),
        (1, b => b.WithTemporaryFiling(FilingReason.Referral)),
        (2, b => b.AsInpatient().WithoutFiling()),
        (2, b => b.AsEmergency().WithoutFiling()),
        (3, b => b.BackHomeWithCommitmentOnlyFiling()),
        // 大同 settles both ways from 2025 (TWO_WAY_SETTLEMENT); before, HOME_SETTLEMENT_NEEDS_MATERIALS
        (2, b => b.InsuredIn("140200").BackHomeWithCommitmentOnlyFiling()),

        // the hospital
        (4, b => b.AtHospitalNotNetworked()),
        (2, b => IsStay(b) ? b.AtHospitalWithOutpatientOnly() : b.AtHospitalWithInpatientOnly()),
        (2, b => (IsChronic(b) ? b : b.WithChronicCondition(Conditions.Diabetes)).AtHospitalWithoutTheCondition()),
        (2, b => b.AtHospitalForSameProvinceOnly()),
        (4, b => (IsChronic(b) ? b : b.WithChronicCondition(Conditions.Hypertension)).AtHospitalNotSelected()),

        // coverage
        (2, b => b.WithoutQualification()),
        (2, b => b.WithConditionOutsideTheList()),
        // the same condition billed as general outpatient care
        (1, b => b.WithConditionOutsideTheList().With(c => c with { Encounter = c.Encounter with { Setting = CareSetting.GeneralOutpatient } })),
        (2, b => b.WithItemsOutsideCatalog()),
        (1, b => b.WithAllItemsOutsideCatalog()),

        // the account
        (2, b => b.WithLapsedContributions()),
        (2, b => b.InWaitingPeriod()),
        (2, b => b.WithIdentityMismatch()),
        (1, b => b.WithUnusableCard()),
        (1, b => b.WithUnusableCard(CardStatus.Lost)),
        (3, b => b.WithUnusableCard(CardStatus.Demagnetized).WithEVoucher()),
        // No shipped pack requires the permission; a pack requiring it for 长沙 makes this PERSONAL_ACCOUNT_NOT_ENABLED.
        (3, b => b.InsuredIn("430100").WithPersonalAccountDisabled().With(c => c with { Person = c.Person with { Scheme = InsuranceScheme.Employee } })),
    };

    private static bool IsStay(CaseBuilder b) => b.Build().Encounter.Setting == CareSetting.Inpatient;

    private static bool IsChronic(CaseBuilder b) => b.Build().Encounter.Setting == CareSetting.ChronicOutpatient;

    /// <summary>The day the question is asked: unset, up to 90 days before the visit, on its day, or up to 400 days after it.</summary>
    private static Gen<DateTime?> AsOf(DateTime date) =>
        Gen.Frequency(
            (2, Gen.Constant<DateTime?>(null)),
            (3, Gen.Choose(1, 90).Select(d => (DateTime?)date.AddDays(-d))),
            (2, Gen.Constant<DateTime?>(date)),
            (3, Gen.Choose(1, 400).Select(d => (DateTime?)date.AddDays(d))));

    /// <summary>Cases drawn field by field: any regions, filings, qualifications, services, settings and account states.</summary>
    private static Gen<SettlementCase> AnyCases() =>
        from insured in Gen.Elements(Regions)
        from hospitalRegion in Gen.Elements(Regions)
        from scheme in Gen.Frequency((3, Gen.Constant(InsuranceScheme.Employee)), (1, Gen.Constant(InsuranceScheme.Resident)))
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
        from asOf in AsOf(date)
        from stay in Gen.Choose(-1, 30)
        from items in Numbered(ItemGen(), (x, i) => x with { Code = "I" + i }, 4)
        select new SettlementCase
        {
            AsOf = asOf,
            Person = new InsuranceAccount
            {
                InsuredRegion = RegionCode.Parse(insured), Scheme = scheme,
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
        c => c with { Encounter = c.Encounter with { Items = new[] { new EncounterItem { InCatalog = false, Code = "X", Amount = -1m } } } },
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

    /// <summary>
    /// A valid complete case and the same case with one to three of its facts unknown (listed in
    /// <see cref="SettlementCase.UnknownFacts"/> and left out): the complete case is one completion of the partial one.
    /// </summary>
    /// <returns>The generator of pairs.</returns>
    public static Gen<(SettlementCase Complete, SettlementCase Partial)> PartialCases() =>
        from complete in ValidCases()
        let facts = UnknownCandidates(complete)
        from count in Gen.Choose(1, Math.Min(3, facts.Length))
        from keys in Gen.Shuffle(facts)
        let chosen = keys.Take(count).ToArray()
        // A qualification's designated hospitals are not unknown on their own when the qualifications are.
        select (complete, CaseBuilder.Unknown(complete, chosen.Where(k => !(k.StartsWith("qualifications[", StringComparison.Ordinal) && chosen.Contains(FactPaths.Qualifications)))));

    /// <summary>The facts of a case that could be unknown.</summary>
    private static string[] UnknownCandidates(SettlementCase c) =>
        new[]
        {
            FactPaths.Filings, FactPaths.Qualifications, FactPaths.Card, FactPaths.EVoucherActivated, FactPaths.IdentityVerified,
            FactPaths.PersonalAccountPaymentEnabled, FactPaths.Contribution, FactPaths.CrossRegionServices,
        }
        .Concat(Enumerable.Range(0, c.Qualifications.Count).Select(FactPaths.DesignatedHospitals))
        .Concat(Enumerable.Range(0, Math.Min(3, c.Encounter.Items.Count)).Select(FactPaths.ItemInCatalog))
        .ToArray();

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
        from designated in Gen.Frequency((4, Gen.Constant<string[]?>(null)), (1, Gen.Constant<string[]?>(new[] { "H1" })), (1, Gen.Constant<string[]?>(new[] { "H2", "H3" })))
        select new Qualification { Condition = condition, ValidFrom = start, ValidUntil = open ? null : start.AddDays(400), DesignatedHospitals = designated };

    private static Gen<EncounterItem> ItemGen() =>
        from inCatalog in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from cents in Gen.Choose(0, 100_000)
        select new EncounterItem { Code = "I", Amount = cents / 100m, InCatalog = inCatalog };
}
