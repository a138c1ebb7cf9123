using RulesCore.Settlement.Model;

namespace RulesCore.Settlement.Engine;

/// <summary>
/// A made-up visit in each of the nine situations (local, intra-province, cross-province; another setting, emergency,
/// chronic), decided once when an evaluator warms up so that the code that decides — not only the rules — is compiled
/// before the first patient. Synthetic: no person's data.
/// </summary>
internal static class RehearsalVisits
{
    private static readonly RegionCode Hospital = RegionCode.Parse("420106");

    /// <summary>Gets the nine visits: insured at the hospital's pooling region, elsewhere in its province, in another province; each in three settings.</summary>
    public static IReadOnlyList<SettlementCase> All { get; } =
        new[] { "420100", "420300", "430100" }
            .SelectMany(insured => new[] { CareSetting.GeneralOutpatient, CareSetting.Emergency, CareSetting.ChronicOutpatient }.Select(setting => Visit(insured, setting)))
            .ToArray();

    private static SettlementCase Visit(string insured, CareSetting setting) => new()
    {
        Person = new InsuranceAccount
        {
            InsuredRegion = RegionCode.Parse(insured),
            Scheme = InsuranceScheme.Employee,
            Contribution = new Contribution { Status = ContributionStatus.Active },
            IdentityVerified = true,
            Card = CardStatus.Valid,
            EVoucherActivated = true,
            PersonalAccountPaymentEnabled = true,
        },
        Filings = new[]
        {
            new Filing
            {
                Id = "F1", Reason = FilingReason.LongTermResident, DestinationRegion = RegionCode.Parse("420100"),
                ValidFrom = new DateTime(2024, 1, 1), Status = FilingStatus.Active, Basis = FilingBasis.Materials,
            },
        },
        Qualifications = setting == CareSetting.ChronicOutpatient
            ? new[] { new Qualification { Condition = Conditions.Hypertension, ValidFrom = new DateTime(2024, 1, 1) } }
            : Array.Empty<Qualification>(),
        Hospital = new Model.Hospital
        {
            Id = "H1",
            Region = Hospital,
            CrossRegionServices = new CrossRegionServices { Inpatient = true, GeneralOutpatient = true, ChronicConditions = new[] { Conditions.Hypertension } },
        },
        Encounter = new Encounter
        {
            Setting = setting,
            Condition = setting == CareSetting.ChronicOutpatient ? Conditions.Hypertension : null,
            Date = new DateTime(2025, 3, 10),
            Items = new[] { new EncounterItem { Code = "A01", Amount = 100m, InCatalog = true } },
        },
    };
}
