using System.Globalization;
using RulesCore.Settlement;
using RulesCore.Settlement.Policies;
using RulesCore.Settlement.Model;

namespace RulesCore.Testing;

/// <summary>
/// Builds a <see cref="SettlementCase"/> that reads as the story it tells: start from a visit that settles (see
/// <see cref="Cases"/>), then add one problem per call. Immutable: every call returns a new builder, so a builder can
/// be shared as a starting point.
/// </summary>
/// <example>
/// <code>
/// SettlementCase c = Cases.CrossProvinceOutpatient().WithExpiredFiling().WithLapsedContributions().Build();
/// </code>
/// </example>
public sealed class CaseBuilder
{
    private readonly SettlementCase _case;

    internal CaseBuilder(SettlementCase @case) => _case = @case;

    /// <summary>Gets the encounter date of the case being built.</summary>
    public DateTime Date => _case.Encounter.Date;

    /// <summary>The visit's last day: the visit day, or for an inpatient stay the discharge (else the as-of day while still admitted).</summary>
    private DateTime LastDay =>
        _case.Encounter.Setting != CareSetting.Inpatient ? Date
        : _case.Encounter.DischargeDate ?? (_case.AsOf is { } asOf && asOf > Date ? asOf : Date);

    /// <summary>Builds the case.</summary>
    /// <returns>The case.</returns>
    public SettlementCase Build() => _case;

    /// <summary>Builds the case.</summary>
    /// <param name="builder">The builder.</param>
    public static implicit operator SettlementCase(CaseBuilder builder) => builder?.Build()!;

    // ----- the story's setting -----

    /// <summary>Sets the encounter date (and keeps the filing valid for it when it was).</summary>
    /// <param name="date">yyyy-MM-dd.</param>
    /// <returns>A new builder.</returns>
    public CaseBuilder On(string date) => With(c => c with { Encounter = c.Encounter with { Date = Cases.Day(date) } });

    /// <summary>Sets the day the question is asked (decides retroactive-filing windows).</summary>
    /// <param name="date">yyyy-MM-dd.</param>
    /// <returns>A new builder.</returns>
    public CaseBuilder AsOf(string date) => With(c => c with { AsOf = Cases.Day(date) });

    /// <summary>Sets the insured region (参保地).</summary>
    /// <param name="region">A six-digit code.</param>
    /// <returns>A new builder.</returns>
    public CaseBuilder InsuredIn(string region) => InsuredIn(RegionCode.Parse(region));

    /// <summary>Sets the insured region (参保地).</summary>
    /// <param name="region">The region.</param>
    /// <returns>A new builder.</returns>
    public CaseBuilder InsuredIn(RegionCode region) => WithPerson(p => p with { InsuredRegion = region });

    /// <summary>Moves the hospital, and every filing for the old treatment region, to another region (就医地).</summary>
    /// <param name="region">A six-digit code.</param>
    /// <returns>A new builder.</returns>
    public CaseBuilder TreatedIn(string region)
    {
        var to = RegionCode.Parse(region);
        return With(c => c with
        {
            Hospital = c.Hospital with { Region = to },
            Filings = c.Filings.Select(f => Pooling(f.DestinationRegion, c.Encounter.Date) == Pooling(c.Hospital.Region, c.Encounter.Date) ? f with { DestinationRegion = Pooling(to, c.Encounter.Date) } : f).ToArray(),
        });
    }

    /// <summary>Makes it an inpatient stay, still admitted or discharged on a day.</summary>
    /// <param name="discharged">yyyy-MM-dd, or <see langword="null"/> while still admitted.</param>
    /// <returns>A new builder.</returns>
    public CaseBuilder AsInpatient(string? discharged = null) =>
        With(c => c with { Encounter = c.Encounter with { Setting = CareSetting.Inpatient, DischargeDate = discharged is null ? null : Cases.Day(discharged) } });

    /// <summary>Makes it emergency care (急诊).</summary>
    /// <returns>A new builder.</returns>
    public CaseBuilder AsEmergency() => With(c => c with { Encounter = c.Encounter with { Setting = CareSetting.Emergency } });

    /// <summary>Makes it a chronic-condition visit (门慢特) for a condition the person is qualified for and the hospital has opened.</summary>
    /// <param name="condition">The condition, e.g. <see cref="Conditions.Diabetes"/>.</param>
    /// <returns>A new builder.</returns>
    public CaseBuilder WithChronicCondition(string condition) => With(c => c with
    {
        Encounter = c.Encounter with { Setting = CareSetting.ChronicOutpatient, Condition = condition },
        Qualifications = c.Qualifications.Where(q => q.Condition != condition).Append(new Qualification { Condition = condition, ValidFrom = Cases.Day("2020-01-01") }).ToArray(),
        Hospital = c.Hospital with { CrossRegionServices = c.Hospital.CrossRegionServices with { ChronicConditions = c.Hospital.CrossRegionServices.ChronicConditions.Append(condition).Distinct().ToArray() } },
    });

    /// <summary>Replaces the filings.</summary>
    /// <param name="filings">The filings.</param>
    /// <returns>A new builder.</returns>
    public CaseBuilder WithFilings(params Filing[] filings) => With(c => c with { Filings = filings });

    /// <summary>Changes each filing (the starting points have one, <c>F1</c>).</summary>
    /// <param name="change">A function from a filing to the changed filing.</param>
    /// <returns>A new builder.</returns>
    public CaseBuilder WithFiling(Func<Filing, Filing> change) =>
        With(c => c with { Filings = c.Filings.Select(change ?? throw new ArgumentNullException(nameof(change))).ToArray() });

    /// <summary>Adds a filing to those the case has.</summary>
    /// <param name="filing">The filing, e.g. from <see cref="Cases.Filing"/>.</param>
    /// <returns>A new builder.</returns>
    public CaseBuilder AddFiling(Filing filing) => With(c => c with { Filings = c.Filings.Append(filing).ToArray() });

    /// <summary>Changes the insured person's account.</summary>
    /// <param name="change">A function from the account to the changed account.</param>
    /// <returns>A new builder.</returns>
    public CaseBuilder WithPerson(Func<InsuranceAccount, InsuranceAccount> change) =>
        With(c => c with { Person = (change ?? throw new ArgumentNullException(nameof(change)))(c.Person) });

    /// <summary>Changes the hospital (its region, id, services…).</summary>
    /// <param name="change">A function from the hospital to the changed hospital.</param>
    /// <returns>A new builder.</returns>
    public CaseBuilder AtHospital(Func<Hospital, Hospital> change) =>
        With(c => c with { Hospital = (change ?? throw new ArgumentNullException(nameof(change)))(c.Hospital) });

    /// <summary>Changes the cross-region services the hospital has opened.</summary>
    /// <param name="change">A function from the services to the changed services.</param>
    /// <returns>A new builder.</returns>
    public CaseBuilder WithServices(Func<CrossRegionServices, CrossRegionServices> change) =>
        AtHospital(h => h with { CrossRegionServices = (change ?? throw new ArgumentNullException(nameof(change)))(h.CrossRegionServices) });

    /// <summary>Changes the encounter (setting, dates, condition, items).</summary>
    /// <param name="change">A function from the encounter to the changed encounter.</param>
    /// <returns>A new builder.</returns>
    public CaseBuilder WithEncounter(Func<Encounter, Encounter> change) =>
        With(c => c with { Encounter = (change ?? throw new ArgumentNullException(nameof(change)))(c.Encounter) });

    /// <summary>Replaces the billed items.</summary>
    /// <param name="items">The items.</param>
    /// <returns>A new builder.</returns>
    public CaseBuilder WithItems(params EncounterItem[] items) => With(c => c with { Encounter = c.Encounter with { Items = items } });

    /// <summary>Changes anything else.</summary>
    /// <param name="change">A function from the case to the changed case.</param>
    /// <returns>A new builder.</returns>
    public CaseBuilder With(Func<SettlementCase, SettlementCase> change) =>
        new((change ?? throw new ArgumentNullException(nameof(change)))(_case));

    // ----- cause 1: the filing -----

    /// <summary>No filing at all (<c>FILING_MISSING</c> out of region).</summary>
    /// <returns>A new builder.</returns>
    public CaseBuilder WithoutFiling() => WithFilings();

    /// <summary>A temporary filing for the treatment region that ended the day before the visit (<c>FILING_EXPIRED</c>).</summary>
    /// <returns>A new builder.</returns>
    public CaseBuilder WithExpiredFiling() => WithFilings(Filing(FilingReason.OtherTemporary, Date.AddMonths(-7), Date.AddDays(-1)));

    /// <summary>
    /// A filing for the treatment region that starts the day after the visit — for an inpatient stay, after discharge
    /// (or after the as-of day while still admitted) — (<c>FILING_NOT_YET_VALID</c>).
    /// </summary>
    /// <returns>A new builder.</returns>
    public CaseBuilder WithFilingNotYetValid() => WithFilings(Filing(FilingReason.LongTermResident, LastDay.AddDays(1), null));

    /// <summary>The only filing for the treatment region is cancelled (<c>FILING_CANCELLED</c>).</summary>
    /// <returns>A new builder.</returns>
    public CaseBuilder WithCancelledFiling() => WithFilings(Filing(FilingReason.LongTermResident, Date.AddYears(-1), null) with { Status = FilingStatus.Cancelled });

    /// <summary>
    /// Every qualification designates another hospital than the one visited (<c>HOSPITAL_NOT_SELECTED</c> for an
    /// out-of-region chronic visit).
    /// </summary>
    /// <returns>A new builder.</returns>
    public CaseBuilder AtHospitalNotSelected() => With(c => c with
    {
        Qualifications = c.Qualifications.Select(q => q with { DesignatedHospitals = new[] { c.Hospital.Id + "-other" } }).ToArray(),
    });

    /// <summary>The filing names a neighbouring pooling region instead of the treatment one (<c>FILING_WRONG_REGION</c>).</summary>
    /// <param name="region">The wrong region; default: a city next to the treatment city.</param>
    /// <returns>A new builder.</returns>
    public CaseBuilder WithFilingForAnotherRegion(string? region = null) =>
        WithFilings(Filing(FilingReason.LongTermResident, Date.AddYears(-1), null) with { DestinationRegion = region is null ? Neighbour(_case.Hospital.Region, Date) : RegionCode.Parse(region) });

    /// <summary>A valid temporary filing (<c>TEMPORARY_RATE_REDUCTION</c> with the national defaults).</summary>
    /// <param name="reason">A temporary reason (default: other temporary, 20 points).</param>
    /// <returns>A new builder.</returns>
    public CaseBuilder WithTemporaryFiling(FilingReason reason = FilingReason.OtherTemporary) =>
        WithFilings(Filing(reason, Date.AddMonths(-1), Date.AddMonths(3)));

    /// <summary>Back home, holding a long-term filing elsewhere made by commitment only (<c>HOME_SETTLEMENT_NEEDS_MATERIALS</c>).</summary>
    /// <returns>A new builder.</returns>
    public CaseBuilder BackHomeWithCommitmentOnlyFiling()
    {
        var elsewhere = _case.Filings.FirstOrDefault()?.DestinationRegion ?? Neighbour(_case.Person.InsuredRegion, Date);
        return TreatedIn(_case.Person.InsuredRegion.ToString())
            .WithFilings(Filing(FilingReason.LongTermResident, Date.AddYears(-1), null) with { DestinationRegion = Pooling(elsewhere, Date), Basis = FilingBasis.Commitment });
    }

    // ----- cause 2: the hospital -----

    /// <summary>The hospital has opened no cross-region settlement (<c>HOSPITAL_NOT_NETWORKED</c>).</summary>
    /// <returns>A new builder.</returns>
    public CaseBuilder AtHospitalNotNetworked() => WithServices(s => new CrossRegionServices { GeneralOutpatient = false, Inpatient = false });

    /// <summary>The hospital opened inpatient settlement only (<c>HOSPITAL_SERVICE_NOT_OPEN</c> for outpatients; the 平邑 story).</summary>
    /// <returns>A new builder.</returns>
    public CaseBuilder AtHospitalWithInpatientOnly() => WithServices(s => new CrossRegionServices { GeneralOutpatient = false, Inpatient = true });

    /// <summary>The hospital opened general outpatient settlement only (<c>HOSPITAL_SERVICE_NOT_OPEN</c> for inpatients).</summary>
    /// <returns>A new builder.</returns>
    public CaseBuilder AtHospitalWithOutpatientOnly() => WithServices(s => new CrossRegionServices { Inpatient = false, GeneralOutpatient = true });

    /// <summary>The hospital has not opened the visit's chronic condition (<c>HOSPITAL_CONDITION_NOT_OPEN</c>).</summary>
    /// <returns>A new builder.</returns>
    public CaseBuilder AtHospitalWithoutTheCondition() =>
        WithServices(s => s with { ChronicConditions = s.ChronicConditions.Where(x => x != _case.Encounter.Condition).ToArray() });

    /// <summary>The hospital settles only for patients insured in its own province (<c>HOSPITAL_INTRA_PROVINCE_ONLY</c> across provinces).</summary>
    /// <returns>A new builder.</returns>
    public CaseBuilder AtHospitalForSameProvinceOnly() => WithServices(s => s with { IntraProvinceOnly = true });

    // ----- cause 3: coverage -----

    /// <summary>A chronic visit for a condition the person has no qualification for (<c>QUALIFICATION_MISSING</c>).</summary>
    /// <param name="condition">The condition (default: the current one, or hypertension).</param>
    /// <returns>A new builder.</returns>
    public CaseBuilder WithoutQualification(string? condition = null)
    {
        var withCondition = WithChronicCondition(condition ?? _case.Encounter.Condition ?? Conditions.Hypertension);
        var treated = withCondition._case.Encounter.Condition;
        return withCondition.With(c => c with { Qualifications = c.Qualifications.Where(q => q.Condition != treated).ToArray() });
    }

    /// <summary>A qualified chronic visit for a condition outside the cross-province list (<c>CONDITION_NOT_CROSS_PROVINCE</c> across provinces).</summary>
    /// <param name="condition">A condition outside the list (default: a local one, <c>parkinsons</c>).</param>
    /// <returns>A new builder.</returns>
    public CaseBuilder WithConditionOutsideTheList(string condition = "parkinsons") => WithChronicCondition(condition);

    /// <summary>Adds items outside the catalogue (<c>ITEMS_OUTSIDE_CATALOG</c>, a warning; self-paid).</summary>
    /// <param name="codes">Item codes (default: <c>SELF1</c>).</param>
    /// <returns>A new builder.</returns>
    public CaseBuilder WithItemsOutsideCatalog(params string[] codes) =>
        With(c => c with { Encounter = c.Encounter with { Items = c.Encounter.Items.Concat((codes.Length == 0 ? new[] { "SELF1" } : codes).Select(code => new EncounterItem { Code = code, Amount = 100m, InCatalog = false })).ToArray() } });

    /// <summary>Every item outside the catalogue (<c>ITEMS_OUTSIDE_CATALOG</c> capping not reimbursable).</summary>
    /// <returns>A new builder.</returns>
    public CaseBuilder WithAllItemsOutsideCatalog() =>
        With(c => c with { Encounter = c.Encounter with { Items = (c.Encounter.Items.Count == 0 ? new[] { new EncounterItem { InCatalog = false, Code = "SELF1", Amount = 100m } } : c.Encounter.Items).Select(i => i with { InCatalog = false }).ToArray() } });

    // ----- cause 4: the account -----

    /// <summary>Contributions lapsed (<c>CONTRIBUTION_LAPSED</c>; the three-month lapse).</summary>
    /// <returns>A new builder.</returns>
    public CaseBuilder WithLapsedContributions() => WithPerson(p => p with { Contribution = new Contribution { Status = ContributionStatus.Lapsed } });

    /// <summary>Re-joined, benefits resuming after the visit (<c>WAITING_PERIOD</c>).</summary>
    /// <returns>A new builder.</returns>
    public CaseBuilder InWaitingPeriod() => WithPerson(p => p with { Contribution = new Contribution { Status = ContributionStatus.WaitingPeriod, BenefitsResumeOn = Date.AddMonths(1) } });

    /// <summary>Name or ID not matching the registry (<c>IDENTITY_MISMATCH</c>).</summary>
    /// <returns>A new builder.</returns>
    public CaseBuilder WithIdentityMismatch() => WithPerson(p => p with { IdentityVerified = false });

    /// <summary>An unusable card and no e-voucher (<c>CARD_UNUSABLE</c>; add <see cref="WithEVoucher"/> for <c>USE_E_VOUCHER</c>).</summary>
    /// <param name="card">How the card is unusable (default: damaged chip).</param>
    /// <returns>A new builder.</returns>
    public CaseBuilder WithUnusableCard(CardStatus card = CardStatus.ChipDamaged) => WithPerson(p => p with { Card = card });

    /// <summary>An activated e-voucher (医保电子凭证).</summary>
    /// <returns>A new builder.</returns>
    public CaseBuilder WithEVoucher() => WithPerson(p => p with { EVoucherActivated = true });

    /// <summary>Personal-account payment switched off (<c>PERSONAL_ACCOUNT_NOT_ENABLED</c> where the insured region requires it).</summary>
    /// <returns>A new builder.</returns>
    public CaseBuilder WithPersonalAccountDisabled() => WithPerson(p => p with { PersonalAccountPaymentEnabled = false });

    /// <summary>
    /// The facts named are not known to the caller: listed in <see cref="SettlementCase.UnknownFacts"/> and left out
    /// of the case (a reference member <see langword="null"/>, a value member its default, a list empty).
    /// </summary>
    /// <param name="paths">The facts' paths (<see cref="FactPaths"/>).</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentException">A path names no fact that can be unknown.</exception>
    public CaseBuilder WithUnknown(params string[] paths) => With(c => Unknown(c, paths));

    /// <summary>A case with the facts at <paramref name="paths"/> listed as unknown and left out.</summary>
    internal static SettlementCase Unknown(SettlementCase c, IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            c = path switch
            {
                FactPaths.Filings => c with { Filings = Array.Empty<Filing>() },
                FactPaths.Qualifications => c with { Qualifications = Array.Empty<Qualification>() },
                FactPaths.Card => c with { Person = c.Person with { Card = default } },
                FactPaths.EVoucherActivated => c with { Person = c.Person with { EVoucherActivated = false } },
                FactPaths.IdentityVerified => c with { Person = c.Person with { IdentityVerified = false } },
                FactPaths.PersonalAccountPaymentEnabled => c with { Person = c.Person with { PersonalAccountPaymentEnabled = false } },
                FactPaths.Contribution => c with { Person = c.Person with { Contribution = null! } },
                FactPaths.CrossRegionServices => c with { Hospital = c.Hospital with { CrossRegionServices = null! } },
                _ when Indexed(path, "qualifications[", "].designatedHospitals") is { } q && q < c.Qualifications.Count =>
                    c with { Qualifications = c.Qualifications.Select((x, i) => i == q ? x with { DesignatedHospitals = null } : x).ToArray() },
                _ when Indexed(path, "encounter.items[", "].inCatalog") is { } k && k < c.Encounter.Items.Count =>
                    c with { Encounter = c.Encounter with { Items = c.Encounter.Items.Select((x, i) => i == k ? x with { InCatalog = false } : x).ToArray() } },
                _ => throw new ArgumentException($"'{path}' names no fact of this case that can be unknown.", nameof(paths)),
            };
            c = c with { UnknownFacts = c.UnknownFacts.Contains(path) ? c.UnknownFacts : c.UnknownFacts.Append(path).ToArray() };
        }

        return c;
    }

    private static int? Indexed(string path, string prefix, string suffix) =>
        path.StartsWith(prefix, StringComparison.Ordinal) && path.EndsWith(suffix, StringComparison.Ordinal)
        && int.TryParse(path.Substring(prefix.Length, path.Length - prefix.Length - suffix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i)
            ? i : null;

    /// <inheritdoc />
    public override string ToString() => _case.ToString();

    /// <summary>The pooling region of a region by the shipped pooling-region table.</summary>
    internal static RegionCode Pooling(RegionCode region, DateTime date) => PolicyCatalog.Default.Resolve(region, date).PoolingRegion;

    internal static RegionCode Neighbour(RegionCode region, DateTime date)
    {
        // The next city code in the same province that parses; a pooling region the filing does not cover.
        var pooling = Pooling(region, date);
        var city = pooling.IsProvince ? region.Province.Value + 100 : pooling.City.Value;
        for (var candidate = city + 100; candidate < region.Province.Value + 10000; candidate += 100)
        {
            if (RegionCode.TryParse(candidate.ToString("D6", CultureInfo.InvariantCulture), out var code) && Pooling(code, date) != pooling)
            {
                return code;
            }
        }

        return RegionCode.Parse("110000") == region.Province ? RegionCode.Parse("120000") : RegionCode.Parse("110000");
    }

    private Filing Filing(FilingReason reason, DateTime from, DateTime? until) => new()
    {
        Id = "F1",
        Reason = reason,
        DestinationRegion = Pooling(_case.Hospital.Region, Date),
        ValidFrom = from,
        ValidUntil = until,
        Status = FilingStatus.Active,
        Basis = FilingBasis.Materials,
    };
}
