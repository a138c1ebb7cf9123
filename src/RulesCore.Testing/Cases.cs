using System.Globalization;
using RulesCore.Settlement;
using RulesCore.Settlement.Model;
using RulesCore.Settlement.Decisions;

namespace RulesCore.Testing;

/// <summary>Starting points for case builders: visits that settle directly, with safe defaults.</summary>
public static class Cases
{
    /// <summary>
    /// A 长沙 (430100) employee in good standing, with a long-term filing (materials) to 武汉 (420100), at a 武汉 hospital
    /// (420106) open for inpatient, outpatient, hypertension and diabetes, on 2025-03-10, one catalogue item. Settles
    /// directly.
    /// </summary>
    /// <returns>A builder.</returns>
    public static CaseBuilder CrossProvinceOutpatient() => new(new SettlementCase
    {
        Person = new InsuranceAccount
        {
            EVoucherActivated = false,
            InsuredRegion = RegionCode.Parse("430100"),
            Scheme = InsuranceScheme.Employee,
            Contribution = new Contribution { Status = ContributionStatus.Active },
            IdentityVerified = true,
            Card = CardStatus.Valid,
            PersonalAccountPaymentEnabled = true,
        },
        Filings = new[]
        {
            new Filing
            {
                Id = "F1", Reason = FilingReason.LongTermResident, DestinationRegion = RegionCode.Parse("420100"),
                ValidFrom = Day("2024-01-01"), Status = FilingStatus.Active, Basis = FilingBasis.Materials,
            },
        },
        Hospital = new Hospital
        {
            Id = "H1",
            Region = RegionCode.Parse("420106"),
            CrossRegionServices = new CrossRegionServices
            {
                Inpatient = true, GeneralOutpatient = true, ChronicConditions = new[] { Conditions.Hypertension, Conditions.Diabetes },
            },
        },
        Encounter = new Encounter
        {
            Setting = CareSetting.GeneralOutpatient,
            Date = Day("2025-03-10"),
            Items = new[] { new EncounterItem { Code = "A01", Amount = 120.50m, InCatalog = true } },
        },
    });

    /// <summary>The same person treated at home in 长沙 (430102), no filing: settles directly.</summary>
    /// <returns>A builder.</returns>
    public static CaseBuilder LocalOutpatient() => CrossProvinceOutpatient().WithoutFiling()
        .With(c => c with { Hospital = c.Hospital with { Region = RegionCode.Parse("430102"), CrossRegionServices = new CrossRegionServices { GeneralOutpatient = false, Inpatient = false } } });

    /// <summary>A 十堰 (420300) employee with a long-term filing to 武汉: an intra-province visit that settles.</summary>
    /// <returns>A builder.</returns>
    public static CaseBuilder IntraProvinceOutpatient() => CrossProvinceOutpatient().InsuredIn("420300");

    /// <summary>Starts a builder from an existing case (one of yours, or a generated one).</summary>
    /// <param name="case">The case.</param>
    /// <returns>A builder.</returns>
    public static CaseBuilder From(SettlementCase @case) => new(@case ?? throw new ArgumentNullException(nameof(@case)));

    /// <summary>
    /// One story per finding code: a builder whose case raises that code (starting from
    /// <see cref="CrossProvinceOutpatient"/>). Every code the library can raise has one.
    /// </summary>
    public static IReadOnlyDictionary<string, CaseBuilder> OnePerFindingCode { get; } = new Dictionary<string, CaseBuilder>(StringComparer.Ordinal)
    {
        [FindingCodes.FilingMissing] = CrossProvinceOutpatient().WithoutFiling(),
        [FindingCodes.FilingExpired] = CrossProvinceOutpatient().WithExpiredFiling(),
        [FindingCodes.FilingNotYetValid] = CrossProvinceOutpatient().WithFilingNotYetValid(),
        [FindingCodes.FilingWrongRegion] = CrossProvinceOutpatient().WithFilingForAnotherRegion(),
        [FindingCodes.FilingCancelled] = CrossProvinceOutpatient().WithCancelledFiling(),
        [FindingCodes.FilingRetroactiveAvailable] = CrossProvinceOutpatient().WithoutFiling().AsInpatient(),
        [FindingCodes.FilingRetroactiveAsk] = CrossProvinceOutpatient().WithoutFiling(),
        [FindingCodes.FilingExemptIntraProvince] = CrossProvinceOutpatient().InsuredIn("451200").TreatedIn("450102"),
        [FindingCodes.EmergencyDeemedFiled] = CrossProvinceOutpatient().WithoutFiling().AsEmergency(),
        [FindingCodes.TemporaryRateReduction] = CrossProvinceOutpatient().WithTemporaryFiling(),
        [FindingCodes.HomeSettlementNeedsMaterials] = CrossProvinceOutpatient().BackHomeWithCommitmentOnlyFiling(),
        [FindingCodes.TwoWaySettlement] = CrossProvinceOutpatient().InsuredIn("140200").BackHomeWithCommitmentOnlyFiling(),
        [FindingCodes.HospitalNotNetworked] = CrossProvinceOutpatient().AtHospitalNotNetworked(),
        [FindingCodes.HospitalServiceNotOpen] = CrossProvinceOutpatient().AtHospitalWithInpatientOnly(),
        [FindingCodes.HospitalConditionNotOpen] = CrossProvinceOutpatient().WithChronicCondition(Conditions.Diabetes).AtHospitalWithoutTheCondition(),
        [FindingCodes.HospitalIntraProvinceOnly] = CrossProvinceOutpatient().AtHospitalForSameProvinceOnly(),
        [FindingCodes.HospitalNotSelected] = CrossProvinceOutpatient().WithChronicCondition(Conditions.Hypertension).AtHospitalNotSelected(),
        [FindingCodes.QualificationMissing] = CrossProvinceOutpatient().WithoutQualification(),
        [FindingCodes.ConditionNotCrossProvince] = CrossProvinceOutpatient().WithConditionOutsideTheList(),
        [FindingCodes.ItemsOutsideCatalog] = CrossProvinceOutpatient().WithItemsOutsideCatalog(),
        [FindingCodes.ContributionLapsed] = CrossProvinceOutpatient().WithLapsedContributions(),
        [FindingCodes.WaitingPeriod] = CrossProvinceOutpatient().InWaitingPeriod(),
        [FindingCodes.IdentityMismatch] = CrossProvinceOutpatient().WithIdentityMismatch(),
        [FindingCodes.CardUnusable] = CrossProvinceOutpatient().WithUnusableCard(),
        [FindingCodes.UseEVoucher] = CrossProvinceOutpatient().WithUnusableCard().WithEVoucher(),
        [FindingCodes.PersonalAccountNotEnabled] = CrossProvinceOutpatient().WithPersonalAccountDisabled(),
    };

    /// <summary>A filing, for <see cref="CaseBuilder.WithFilings"/> or <see cref="CaseBuilder.AddFiling"/>.</summary>
    /// <param name="id">The filing's id, e.g. <c>F1</c>.</param>
    /// <param name="reason">Why it was made.</param>
    /// <param name="destination">The region it names (a pooling region).</param>
    /// <param name="from">The first valid day, yyyy-MM-dd.</param>
    /// <param name="until">The last valid day, yyyy-MM-dd, or <see langword="null"/> (open-ended, or the region's default period).</param>
    /// <param name="status">Active or cancelled.</param>
    /// <param name="basis">Materials or a personal commitment.</param>
    /// <returns>The filing.</returns>
    public static Filing Filing(string id, FilingReason reason, RegionCode destination, string from, string? until = null,
        FilingStatus status = FilingStatus.Active, FilingBasis basis = FilingBasis.Materials) => new()
        {
            Id = id, Reason = reason, DestinationRegion = destination, ValidFrom = Day(from), ValidUntil = until is null ? null : Day(until),
            Status = status, Basis = basis,
        };

    /// <summary>A billed item, for <see cref="CaseBuilder.WithItems"/>.</summary>
    /// <param name="code">The item's code.</param>
    /// <param name="inCatalog">Whether it is in the insurance catalogue.</param>
    /// <param name="amount">The amount, in yuan.</param>
    /// <returns>The item.</returns>
    public static EncounterItem Item(string code, bool inCatalog = true, decimal amount = 10m) => new() { Code = code, InCatalog = inCatalog, Amount = amount };

    internal static DateTime Day(string text) => DateTime.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
